package org.daftar.user;

import jakarta.persistence.*;
import org.daftar.org.Post;

import java.time.LocalDate;

/** One period during which a person held a post. Never deleted: it is the history of who sat at a desk. */
@Entity
@Table(name = "post_assignment")
public class PostAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AssignmentKind kind;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    /** Last day held; null while the charge continues. */
    @Column(name = "to_date")
    private LocalDate toDate;

    protected PostAssignment() {
    }

    PostAssignment(User user, Post post, AssignmentKind kind, LocalDate from) {
        this.user = user;
        this.post = post;
        this.kind = kind;
        this.fromDate = from;
    }

    void end(LocalDate lastDay) {
        this.toDate = lastDay.isBefore(fromDate) ? fromDate : lastDay;
    }

    public boolean isHeldOn(LocalDate day) {
        return !day.isBefore(fromDate) && (toDate == null || !day.isAfter(toDate));
    }

    public boolean isCurrent() { return toDate == null; }

    public Long getId() { return id; }
    public User getUser() { return user; }
    public Post getPost() { return post; }
    public AssignmentKind getKind() { return kind; }
    public LocalDate getFrom() { return fromDate; }
    public LocalDate getTo() { return toDate; }
}
