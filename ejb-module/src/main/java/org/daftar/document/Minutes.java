package org.daftar.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the minutes of a review meeting print: the office, the meeting's particulars, who attended,
 * the agenda, the minutes in English and Hindi, and the instructions given with each assignee's
 * state. Labels that come from the application (type, standing) arrive already bilingual.
 */
public record Minutes(String officeHi, String officeEn, String title, String type, LocalDate date, String chair,
                      List<String> attendees, String agenda, String minutesEn, String minutesHi,
                      List<Item> instructions, LocalDateTime generatedAt) {

    /** One instruction: its number, text and deadline, and per assignee a line "post — state". */
    public record Item(String number, String text, LocalDate deadline, List<String> assignees) {
    }
}
