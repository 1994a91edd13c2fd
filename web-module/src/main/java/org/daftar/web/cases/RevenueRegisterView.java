package org.daftar.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.cases.CaseRows.RevenueCaseRow;
import org.daftar.cases.RevenueCaseForm;
import org.daftar.cases.RevenueCaseStatus;
import org.daftar.cases.RevenueCaseType;
import org.daftar.cases.RevenueCases;
import org.daftar.cases.RevenueCourt;
import org.daftar.user.Me;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.faces.RegisterFilter;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A revenue court's register (tehsildar, SDM, collector): the cases pending, overdue (older than
 * their type's limit), disposed or all, the earliest due first, paged in the database; and, for the
 * holder of the court's post, the form to file a new case.
 */
@Named
@ViewScoped
public class RevenueRegisterView implements Serializable {

    @Inject
    private RevenueCases revenue;

    @Inject
    private CurrentUser currentUser;

    private String court;
    private RegisterFilter show = RegisterFilter.PENDING;
    private RevenueCourt courtKind = RevenueCourt.TEHSILDAR;
    private RevenueCaseType type = RevenueCaseType.MUTATION;
    private String subject;
    private String applicant;
    private String respondent;
    private LocalDate filedOn;

    private final PagedRows<RevenueCaseRow> rows = new PagedRows<>(
            () -> revenue.list(court, status(), overdue(), 0, 1).total(),
            (first, max) -> revenue.list(court, status(), overdue(), first, max).items(),
            RevenueCaseRow::id);

    @PostConstruct
    void init() {
        court = currentUser.getPosts().stream().map(Me.PostRef::code).findFirst().orElse(null);
    }

    private RevenueCaseStatus status() {
        return show == RegisterFilter.DISPOSED ? RevenueCaseStatus.DISPOSED : show == RegisterFilter.ALL ? null : RevenueCaseStatus.PENDING;
    }

    private Boolean overdue() {
        return show == RegisterFilter.OVERDUE ? Boolean.TRUE : null;
    }

    /** Files the case in the register of the chosen court and opens its page. */
    public String file() {
        RevenueCaseRow c = revenue.file(new RevenueCaseForm(courtKind, court, type, subject, applicant, respondent, filedOn));
        Messages.keep();
        Messages.info(null, "revenueCase.filed", c.number());
        return RevenueCaseView.outcome(c.id());
    }

    /** Whether the viewer holds the chosen court's post, and so may file in its register. */
    public boolean isMyCourt() {
        return court != null && currentUser.getPosts().stream().anyMatch(p -> p.code().equals(court));
    }

    public List<Me.PostRef> getCourts() { return currentUser.getPosts(); }
    public RegisterFilter[] getShows() { return RegisterFilter.values(); }
    public RevenueCourt[] getCourtKinds() { return RevenueCourt.values(); }
    public RevenueCaseType[] getTypes() { return RevenueCaseType.values(); }
    public PagedRows<RevenueCaseRow> getRows() { return rows; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public RegisterFilter getShow() { return show; }
    public void setShow(RegisterFilter show) { this.show = show; }
    public RevenueCourt getCourtKind() { return courtKind; }
    public void setCourtKind(RevenueCourt courtKind) { this.courtKind = courtKind; }
    public RevenueCaseType getType() { return type; }
    public void setType(RevenueCaseType type) { this.type = type; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public String getRespondent() { return respondent; }
    public void setRespondent(String respondent) { this.respondent = respondent; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate filedOn) { this.filedOn = filedOn; }
}
