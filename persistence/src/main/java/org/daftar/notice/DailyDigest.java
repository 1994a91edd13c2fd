package org.daftar.notice;

import jakarta.persistence.*;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * That a person's digest of one day was made: the unique key (user, day) lets two servers, or a
 * server restarted at 09:05, make it only once. A person with nothing pending gets a row too, so
 * the poller does not weigh them again the same day.
 */
@Entity
@Table(name = "daily_digest")
public class DailyDigest {

    /** The hour the digest goes out, in India, on working days only. */
    public static final LocalTime AT = LocalTime.of(9, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "digest_date", nullable = false)
    private LocalDate day;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DailyDigest() {
    }

    public DailyDigest(User user, LocalDate day, Instant now) {
        this.user = user;
        this.day = day;
        this.createdAt = now;
    }

    /**
     * The day whose digests are due at {@code now}: today in India once it is 09:00, if today is a
     * working day (no digest on a holiday or a weekly off; a server started later in the day still sends it).
     */
    public static Optional<LocalDate> dueDay(Instant now, WorkingCalendar calendar) {
        return calendar.workingTodayFrom(now, AT);
    }

    public Long getId() { return id; }
    public User getUser() { return user; }
    public LocalDate getDay() { return day; }
}
