package org.daftar.samiksha;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;

/** One step in the history of an assignee's part of an instruction; never changed afterwards. */
@Entity
@Table(name = "assignment_event")
public class AssignmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id", nullable = false)
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EventKind kind;

    /** The person acting; null for what the system does by itself (reminders, escalations). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_user_id")
    private User actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_post_id")
    private Post actorPost;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "body", length = Assignment.TEXT_MAX)
    private String text;

    /** For extensions: the deadline asked for or granted. */
    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    protected AssignmentEvent() {
    }

    AssignmentEvent(Assignment assignment, EventKind kind, User actor, Post actorPost, Instant at, String text,
                    LocalDate newDeadline) {
        this.assignment = assignment;
        this.kind = kind;
        this.actor = actor;
        this.actorPost = actorPost;
        this.at = at;
        this.text = text;
        this.newDeadline = newDeadline;
    }

    public Long getId() { return id; }
    public Assignment getAssignment() { return assignment; }
    public EventKind getKind() { return kind; }
    public User getActor() { return actor; }
    public Post getActorPost() { return actorPost; }
    public Instant getAt() { return at; }
    public String getText() { return text; }
    public LocalDate getNewDeadline() { return newDeadline; }
}
