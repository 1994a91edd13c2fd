package org.daftar.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;

/** A hearing date (पेशी) of a revenue case, with what the court noted, and when it was recorded. */
@Embeddable
public class Hearing {

    public static final int NOTE_MAX = 500;

    @Column(name = "hearing_date", nullable = false)
    private LocalDate date;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Hearing() {
    }

    Hearing(LocalDate date, String note, Instant recordedAt) {
        this.date = date;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    public LocalDate getDate() { return date; }
    public String getNote() { return note; }
    public Instant getRecordedAt() { return recordedAt; }
}
