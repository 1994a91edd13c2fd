package org.daftar.mis.discipline;

import jakarta.persistence.*;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * That a person was weighed for the 16:00 reminder of one day: the unique key (user, day) lets two
 * servers, or a server restarted at 16:05, remind a person only once. A person who had disposed of
 * enough by then gets a row too, so the poller does not weigh them again the same day.
 */
@Entity
@Table(name = "discipline_reminder")
public class DisciplineReminder {

    /** The hour of the reminder, in India, on working days only. */
    public static final LocalTime AT = LocalTime.of(16, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Column(name = "reminder_date", nullable = false)
    private LocalDate day;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DisciplineReminder() {
    }

    public DisciplineReminder(User user, LocalDate day, Instant now) {
        this.user = user;
        this.day = day;
        this.createdAt = now;
    }

    /** Today in India once it is 16:00, if today is a working day (a server started later still reminds). */
    public static Optional<LocalDate> dueDay(Instant now, WorkingCalendar calendar) {
        return calendar.workingTodayFrom(now, AT);
    }

    public Long getId() { return id; }
    public User getUser() { return user; }
    public LocalDate getDay() { return day; }
}
