package org.daftar.samiksha;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Priority;
import org.daftar.org.Post;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.*;

/** Who keeps a meeting's bilingual minutes, and when an assignee may attach documents to a compliance report. */
class MeetingRecordTest {

    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), Set.of());
    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post adm = post("GAD-ADM", collector);
    private final Post hodRevenue = post("REV-HOD", collector);
    private final User collectorUser = holding(user("collector", "Avnish Sharan", "अवनीश शरण"), collector);
    private final User admUser = holding(user("adm", "Shiv Banerjee", "शिव बनर्जी"), adm);
    private final User hodUser = holding(user("hod.revenue", "Rakesh Verma", "राकेश वर्मा"), hodRevenue);
    private final Instant monday = ist("2026-11-23T11:00");

    private static User holding(User u, Post p) {
        u.transferTo(p, LocalDate.of(2026, 1, 1));
        return u;
    }

    @Test
    void theChairAndWhoeverRecordedTheMeetingKeepTheMinutesInBothLanguages() {
        Meeting m = new Meeting(LocalDate.of(2026, 11, 23), MeetingType.TIME_LIMIT, "साप्ताहिक समय-सीमा बैठक", collector,
                admUser, monday);
        m.record(collectorUser, "लंबित पेंशन प्रकरण", "Pension cases reviewed.", "पेंशन प्रकरणों की समीक्षा की गई।");
        m.record(admUser, "लंबित पेंशन प्रकरण", "Pension cases reviewed department-wise.", "पेंशन प्रकरणों की समीक्षा की गई।");

        assertThat(m.getMinutes()).isEqualTo("Pension cases reviewed department-wise.");
        assertThat(m.getMinutesHi()).isEqualTo("पेंशन प्रकरणों की समीक्षा की गई।");
        assertThat(refused(() -> m.record(hodUser, null, "rewritten", null)).key()).isEqualTo("meeting.minutes.notAllowed");
        assertThat(m.getMinutes()).isEqualTo("Pension cases reviewed department-wise.");
        assertThat(refused(() -> m.record(admUser, null, "x".repeat(Meeting.TEXT_MAX + 1), null)).key())
                .isEqualTo("input.tooLong");
    }

    @Test
    void aMeetingNeedsADateAndATitle() {
        assertThat(refused(() -> new Meeting(null, MeetingType.REVIEW, "समीक्षा", collector, admUser, monday)).key())
                .isEqualTo("meeting.date.required");
        assertThat(refused(() -> new Meeting(LocalDate.of(2026, 11, 23), MeetingType.REVIEW, "  ", collector, admUser, monday)).key())
                .isEqualTo("meeting.title.required");
    }

    @Test
    void onlyTheAssigneeAttachesDocumentsAndOnlyWhileThePartIsOpen() {
        Instruction i = new Instruction("SS/2026/0042", null, null, "नामांतरण प्रकरण निपटाएँ", Priority.ORDINARY,
                Deadline.of(null, 3, LocalDate.of(2026, 11, 23), calendar), List.of(hodRevenue), collectorUser, collector, monday);
        Assignment part = i.getAssignments().get(0);

        part.checkDocument(hodRevenue, 0);
        assertThat(refused(() -> part.checkDocument(collector, 0)).key()).isEqualTo("instruction.notAssignee");
        assertThat(refused(() -> part.checkDocument(hodRevenue, Assignment.MAX_DOCUMENTS)).key())
                .isEqualTo("instruction.documents.tooMany");

        part.submitCompliance(hodRevenue, hodUser, "सभी 12 प्रकरण निराकृत", monday);
        assertThat(refused(() -> part.checkDocument(hodRevenue, 1)).key()).isEqualTo("instruction.compliance.notOpen");

        part.returnCompliance(collector, collectorUser, "आदेश की प्रति संलग्न करें", monday);
        part.checkDocument(hodRevenue, 1);
    }
}
