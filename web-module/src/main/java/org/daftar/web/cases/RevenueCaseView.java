package org.daftar.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.cases.CaseRows.RevenueCaseRow;
import org.daftar.cases.RevenueCaseStatus;
import org.daftar.cases.RevenueCases;
import org.daftar.platform.BusinessException;
import org.daftar.web.faces.Refusals;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One revenue case: its parties, dates and hearings; the court records a hearing (date and note)
 * and disposes of the case with its order. Only the holder of the court's post is offered the
 * forms, and the service refuses anybody else who tries.
 */
@Named
@ViewScoped
public class RevenueCaseView implements Serializable {

    @Inject
    private RevenueCases revenue;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private RevenueCaseRow revenueCase;
    private LocalDate hearingDate;
    private String hearingNote;
    private LocalDate disposedOn;
    private String order;

    static String outcome(Long id) {
        return "/cases/revenue-case?faces-redirect=true&id=" + id;
    }

    /** Reads the case in the URL; refused (another department's court) or unknown, the page is the error page. */
    public void load() throws IOException {
        try {
            revenueCase = revenue.get(id);
        } catch (BusinessException e) {
            Refusals.sendError(e);
        }
    }

    public void addHearing() {
        revenueCase = revenue.addHearing(id, hearingDate, hearingNote);
        Messages.info(null, "revenueCase.hearing.added", revenueCase.number());
        hearingDate = null;
        hearingNote = null;
    }

    public void dispose() {
        revenueCase = revenue.dispose(id, disposedOn, order);
        Messages.info(null, "revenueCase.disposed", revenueCase.number());
    }

    /** Whether the viewer holds the court's post and the case is pending: then the forms are offered. */
    public boolean isMyPendingCase() {
        return revenueCase != null && revenueCase.status() == RevenueCaseStatus.PENDING
                && currentUser.getPosts().stream().anyMatch(p -> p.code().equals(revenueCase.courtPost().code()));
    }

    public String getLimitInWords() {
        return revenueCase == null ? "" : Messages.text("revenueCase.limit", revenueCase.limitWorkingDays());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RevenueCaseRow getRevenueCase() { return revenueCase; }
    public LocalDate getHearingDate() { return hearingDate; }
    public void setHearingDate(LocalDate hearingDate) { this.hearingDate = hearingDate; }
    public String getHearingNote() { return hearingNote; }
    public void setHearingNote(String hearingNote) { this.hearingNote = hearingNote; }
    public LocalDate getDisposedOn() { return disposedOn; }
    public void setDisposedOn(LocalDate disposedOn) { this.disposedOn = disposedOn; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
}
