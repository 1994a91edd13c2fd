package org.daftar.samiksha;

import org.daftar.efile.Details.PostName;

import java.time.LocalDate;

/** A line of the list of meetings. */
public record MeetingRow(Long id, LocalDate date, MeetingType type, String title, PostName chair) {

    static MeetingRow of(Meeting m) {
        return new MeetingRow(m.getId(), m.getDate(), m.getType(), m.getTitle(), PostName.of(m.getChair()));
    }
}
