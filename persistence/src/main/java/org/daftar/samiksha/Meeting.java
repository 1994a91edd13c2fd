package org.daftar.samiksha;

import jakarta.persistence.*;
import org.daftar.efile.Inputs;
import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A review meeting chaired by the collector or an ADM — typically the weekly time-limit (समय-सीमा)
 * meeting — with its attendees (department heads' posts), agenda and minutes. Instructions given
 * in it carry their own deadlines and assignees.
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
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.type = type == null ? MeetingType.TIME_LIMIT : type;
        this.title = Inputs.requiredText(title, 300, "meeting.title");
        this.chair = chair;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void record(String agenda, String minutes) {
        this.agenda = Inputs.optionalText(agenda, TEXT_MAX, "meeting.agenda");
        this.minutes = Inputs.optionalText(minutes, TEXT_MAX, "meeting.minutes");
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
    public User getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
