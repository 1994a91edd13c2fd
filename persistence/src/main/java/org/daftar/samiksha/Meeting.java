package org.daftar.samiksha;

import jakarta.persistence.*;
import org.daftar.efile.Inputs;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A review meeting chaired by the collector or an ADM — typically the weekly time-limit (समय-सीमा)
 * meeting — with its attendees (department heads' posts), agenda and minutes. Instructions given
 * in it carry their own deadlines and assignees. The minutes are kept in English and in Hindi, as
 * the chair dictates them; either may be left empty.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 12)
    private MeetingType type;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "chair_post_id", nullable = false)
    private Post chair;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "post_id"))
    private Set<Post> attendees = new LinkedHashSet<>();

    @Column(length = TEXT_MAX)
    private String agenda;

    @Column(length = TEXT_MAX)
    private String minutes;

    @Column(name = "minutes_hi", length = TEXT_MAX)
    private String minutesHi;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_user_id", nullable = false)
    private User createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Meeting() {
    }

    public Meeting(LocalDate date, MeetingType type, String title, Post chair, User createdBy, Instant now) {
        if (date == null) {
            throw new BusinessException("meeting.date.required");
        }
        this.date = date;
        this.type = type == null ? MeetingType.TIME_LIMIT : type;
        this.title = Inputs.requiredText(title, 300, "meeting.title");
        this.chair = chair;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The agenda and the minutes in English and Hindi, as the chair or whoever held the meeting records them. */
    public void record(User by, String agenda, String minutes, String minutesHi) {
        if (!isKeptBy(by)) {
            throw BusinessException.forbidden("meeting.minutes.notAllowed");
        }
        this.agenda = Inputs.optionalText(agenda, TEXT_MAX, "meeting.agenda");
        this.minutes = Inputs.optionalText(minutes, TEXT_MAX, "meeting.minutes");
        this.minutesHi = Inputs.optionalText(minutesHi, TEXT_MAX, "meeting.minutes");
    }

    /** Whoever holds the chair's post now, or whoever recorded the meeting, keeps its minutes. */
    public boolean isKeptBy(User user) {
        return user.holds(chair) || createdBy.getId().equals(user.getId());
    }

    public void attend(Post post) { attendees.add(post); }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public MeetingType getType() { return type; }
    public String getTitle() { return title; }
    public Post getChair() { return chair; }
    public Set<Post> getAttendees() { return attendees; }
    public String getAgenda() { return agenda; }
    public String getMinutes() { return minutes; }
    public String getMinutesHi() { return minutesHi; }
    public User getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
