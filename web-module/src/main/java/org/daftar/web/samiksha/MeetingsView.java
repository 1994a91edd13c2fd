package org.daftar.web.samiksha;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.efile.Details.PostName;
import org.daftar.samiksha.Meeting;
import org.daftar.samiksha.MeetingForm;
import org.daftar.samiksha.MeetingRow;
import org.daftar.samiksha.MeetingService;
import org.daftar.samiksha.MeetingType;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The register of review meetings, newest first and filtered by type, and the form to hold one. */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private transient Clock clock;

    private MeetingType type;
    private final PagedRows<MeetingRow> rows = new PagedRows<>(
            () -> meetings.count(type), (first, max) -> meetings.page(type, first, max), MeetingRow::id);
    private final MeetingForm form = new MeetingForm();
    private List<PostName> heads;

    @PostConstruct
    void init() {
        form.setDate(LocalDate.now(clock));
        heads = meetings.heads();
    }

    public String hold() {
        Meeting m = meetings.hold(form, currentUser.getCurrentPostId());
        Messages.keep();
        Messages.info(null, "meeting.held", m.getTitle());
        return "/samiksha/meeting?faces-redirect=true&id=" + m.getId();
    }

    public MeetingType[] getTypes() { return MeetingType.values(); }
    public PagedRows<MeetingRow> getRows() { return rows; }
    public MeetingType getType() { return type; }
    public void setType(MeetingType type) { this.type = type; }
    public MeetingForm getForm() { return form; }
    public List<PostName> getHeads() { return heads; }
}
