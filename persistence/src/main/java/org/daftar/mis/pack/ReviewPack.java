package org.daftar.mis.pack;

import jakarta.persistence.*;
import org.daftar.calendar.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * An archived weekly time-limit review pack (समय-सीमा समीक्षा पत्रक) for a meeting date: its PDF
 * and Excel workbook as they were built, by whom ("system" for the Monday build) and when. A pack
 * is never rebuilt in place: building again keeps a new one beside it.
 */
@Entity
@Table(name = "review_pack")
public class ReviewPack {

    /** Who builds the Monday pack. */
    public static final String SYSTEM = "system";
    /** The automatic build: Mondays at 08:00 in India. */
    public static final LocalTime MONDAY_AT = LocalTime.of(8, 0);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "week_of", nullable = false)
    private LocalDate weekOf;

    @Column(name = "monday_build")
    private LocalDate mondayBuild;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "built_by", nullable = false, length = 60)
    private String builtBy;

    @Lob
    @Column(name = "pdf")
    private byte[] pdf;

    @Lob
    @Column(name = "xlsx")
    private byte[] xlsx;

    protected ReviewPack() {
    }

    public ReviewPack(LocalDate meetingDate, boolean mondayBuild, String builtBy, Instant now, byte[] pdf, byte[] xlsx) {
        this.meetingDate = meetingDate;
        this.weekOf = weekOf(meetingDate);
        this.mondayBuild = mondayBuild ? weekOf : null;
        this.builtBy = builtBy;
        this.builtAt = now;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    /** The Monday of the week of {@code day}: the week a time-limit meeting and its packs share. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The Monday whose automatic pack is due at {@code now}: this week's, once it is Monday 08:00 in
     * India (a server that was down then builds it when it comes up later in the week).
     */
    public static Optional<LocalDate> dueMonday(Instant now) {
        var india = now.atZone(WorkingCalendar.INDIA);
        LocalDate monday = weekOf(india.toLocalDate());
        boolean due = india.toLocalDate().isAfter(monday) || !india.toLocalTime().isBefore(MONDAY_AT);
        return due ? Optional.of(monday) : Optional.empty();
    }

    public Long getId() { return id; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public LocalDate getWeekOf() { return weekOf; }
    public LocalDate getMondayBuild() { return mondayBuild; }
    public Instant getBuiltAt() { return builtAt; }
    public String getBuiltBy() { return builtBy; }
}
