package org.daftar.samiksha;

import org.daftar.efile.Details.PostName;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's page: its particulars, the instructions given in it with every assignee's part (and
 * the e-files and receipts they are linked to), and the parts still open from earlier meetings of the
 * same type (with the reason asked and given), which this meeting reviews.
 */
public record MeetingView(Long id, LocalDate date, MeetingType type, String title, PostName chair, List<PostName> attendees,
                          String agenda, String minutes, String minutesHi, boolean mayKeep, boolean mayInstruct,
                          List<AssignmentRow> instructions, List<AssignmentRow> earlier) {
}
