package org.daftar.web.samiksha;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.mis.pack.ReviewPacks;
import org.daftar.samiksha.MeetingService;
import org.daftar.samiksha.MeetingView;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * A meeting's page ({@code samiksha/meeting.xhtml?id=}): particulars, agenda and bilingual minutes
 * (editable by the chair or whoever recorded it), the instructions given in it with every
 * assignee's state, the form to give another, and what earlier meetings of the type left open.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    @Inject
    private MeetingService meetings;

    @Inject
    private InstructionComposer composer;

    @Inject
    private ReviewPacks packs;

    private Long id;
    private MeetingView meeting;
    private String agenda;
    private String minutes;
    private String minutesHi;
    private List<ReviewPacks.Archived> reviewPacks;

    /** f:viewAction: reads the meeting; a refusal is shown as a message on an empty page. */
    public void load() {
        meeting = meetings.view(id);
        agenda = meeting.agenda();
        minutes = meeting.minutes();
        minutesHi = meeting.minutesHi();
        reviewPacks = packs.ofMeeting(id);
    }

    public void saveMinutes() {
        meetings.recordMinutes(id, agenda, minutes, minutesHi);
        Messages.info(null, "meeting.minutesSaved");
        load();
    }

    public void issue() {
        composer.give(id);
        meeting = meetings.view(id);
    }

    public InstructionComposer getComposer() { return composer; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingView getMeeting() { return meeting; }
    /** The review packs of a time-limit meeting's week, for those who may download them. */
    public List<ReviewPacks.Archived> getReviewPacks() { return reviewPacks; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getMinutesHi() { return minutesHi; }
    public void setMinutesHi(String minutesHi) { this.minutesHi = minutesHi; }
}
