package org.daftar.mis.discipline;

import jakarta.persistence.*;
import org.daftar.org.Text;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of the leave register: a person away from {@link #getFrom()} to {@link #getTo()} (both
 * included), on leave, tour or training. Those days carry no obligation under the daily discipline
 * rule. Who marked it, and when, is kept with it.
 */
@Entity
@Table(name = "leave_entry")
public class Leave {

    public static final int REMARK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User person;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LeaveKind kind;

    @Column(length = REMARK_MAX)
    private String remark;

    @Column(name = "marked_by", nullable = false, length = 40)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected Leave() {
    }

    /** Refuses a range missing a date, ending before it starts, or a remark too long to keep. */
    public Leave(User person, LocalDate from, LocalDate to, LeaveKind kind, String remark, String markedBy, Instant now) {
        if (from == null || to == null) {
            throw new BusinessException("leave.dates.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("leave.range.inverted");
        }
        String text = Text.clean(remark);
        if (text != null && text.length() > REMARK_MAX) {
            throw new BusinessException("leave.remark.tooLong", REMARK_MAX);
        }
        this.person = Objects.requireNonNull(person);
        this.fromDate = from;
        this.toDate = to;
        this.kind = kind == null ? LeaveKind.OTHER : kind;
        this.remark = text;
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(toDate) && !to.isBefore(fromDate);
    }

    public Long getId() { return id; }
    public User getPerson() { return person; }
    public LocalDate getFrom() { return fromDate; }
    public LocalDate getTo() { return toDate; }
    public LeaveKind getKind() { return kind; }
    public String getRemark() { return remark; }
    public String getMarkedBy() { return markedBy; }
    public Instant getMarkedAt() { return markedAt; }
}
