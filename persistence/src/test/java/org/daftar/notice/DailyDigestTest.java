package org.daftar.notice;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.efile.Priority;
import org.daftar.org.Post;
import org.daftar.samiksha.Assignment;
import org.daftar.samiksha.Deadline;
import org.daftar.samiksha.Instruction;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.*;

/** The 09:00 digest against the 2026 calendar: when it is due, who gets one and what it lists. */
class DailyDigestTest {

    /** Guru Nanak Jayanti (Tue 24-11-2026); Sundays and 2nd/4th Saturdays off by the standard rule. */
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(), Set.of(LocalDate.of(2026, 11, 24)));

    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post tehsildar = post("REV-THL-TEH", collector);
    private final User collectorUser = user("collector", "Avnish Sharan", "अवनीश शरण");

    @ParameterizedTest(name = "at {0} IST the digest of {1} is due")
    @CsvSource(nullValues = "none", value = {
            "2026-11-23T08:59, none",         // Monday, a minute early
            "2026-11-23T09:00, 2026-11-23",   // Monday 09:00 sharp
            "2026-11-23T17:30, 2026-11-23",   // a server that was down at nine still sends it that day
            "2026-11-24T09:00, none",         // Guru Nanak Jayanti
            "2026-11-28T10:00, none",         // fourth Saturday
            "2026-11-29T10:00, none",         // Sunday
            "2026-11-21T09:30, 2026-11-21"})  // third Saturday, a working day
    void theDigestIsDueAtNineOnWorkingDaysOnly(String at, LocalDate expected) {
        Clock clock = clockAt(at);
        assertThat(DailyDigest.dueDay(clock.instant(), calendar)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aPersonWithNothingPendingGetsNoDigest() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        Assignment onTime = instruction("SS/2026/0001", LocalDate.of(2026, 12, 4), monday.minusDays(3)).getAssignments().get(0);
        assertThat(DigestContent.of(0, List.of(), List.of(), monday, calendar).isEmpty()).isTrue();
        assertThat(DigestContent.of(0, List.of(), List.of(onTime), monday, calendar).isEmpty())
                .as("an instruction on time is not worth a mail").isTrue();
        assertThat(DigestContent.of(1, List.of(inboxLine()), List.of(), monday, calendar).isEmpty()).isFalse();
    }

    @Test
    void theDigestCountsAndListsOverdueThenDueSoonThenTheInbox() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        Assignment overdue = instruction("SS/2026/0007", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 16)).getAssignments().get(0);
        // Thu 26 and Fri 27 are within two working days; Mon 30 is three (Sat 28 4th Saturday, Sun 29)
        Assignment dueFriday = instruction("SS/2026/0009", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 19)).getAssignments().get(0);
        Assignment dueThursday = instruction("SS/2026/0008", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 19)).getAssignments().get(0);
        Assignment onTime = instruction("SS/2026/0010", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 19)).getAssignments().get(0);
        overdue.submitCompliance(tehsildar, user("tehsildar", "T", "त"), "x", ist("2026-11-23T10:00"));
        Assignment stillOverdue = instruction("SS/2026/0006", LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 16)).getAssignments().get(0);

        DigestContent d = DigestContent.of(12, List.of(inboxLine()), List.of(dueFriday, onTime, overdue, dueThursday, stillOverdue),
                wednesday, calendar);

        assertThat(d.pending()).isEqualTo(12);
        assertThat(d.overdue()).as("a part whose compliance is submitted waits on the reviewer, not on the assignee").isEqualTo(1);
        assertThat(d.dueSoon()).isEqualTo(2);
        assertThat(d.top()).extracting(DigestContent.Line::number)
                .containsExactly("SS/2026/0006", "SS/2026/0008", "SS/2026/0009", "LR/17/2026");
        List<String> args = d.args(wednesday, "https://eoffice.bilaspur.cg.gov.in/daftar");
        assertThat(args.subList(0, 4)).containsExactly("25-11-2026", "12", "2", "1");
        assertThat(args.get(4)).startsWith("• SS/2026/0006 (19-11-2026) — सभी लंबित पेंशन प्रकरण निपटाएँ\n"
                        + "  https://eoffice.bilaspur.cg.gov.in/daftar/samiksha/mine.xhtml")
                .contains("• LR/17/2026 — नामांतरण आवेदन ग्राम सेंदरी\n  https://eoffice.bilaspur.cg.gov.in/daftar/dak/view.xhtml?id=17");
        assertThat(args.get(5)).isEqualTo("https://eoffice.bilaspur.cg.gov.in/daftar/");
    }

    @Test
    void atMostFiveItemsAreListedAndLongTextsAreCut() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<DigestContent.Line> inbox = java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> new DigestContent.Line("LR/" + n + "/2026", null, "क".repeat(200), "dak/view.xhtml?id=" + n)).toList();
        DigestContent d = DigestContent.of(9, inbox, List.of(), monday, calendar);
        assertThat(d.top()).hasSize(DigestContent.TOP);
        assertThat(d.args(monday, "http://x").get(4).lines().filter(l -> l.startsWith("• ")))
                .hasSize(5).allSatisfy(l -> assertThat(l).hasSizeLessThan(120).endsWith("…"));
    }

    private Instruction instruction(String number, LocalDate deadline, LocalDate issuedOn) {
        return new Instruction(number, null, null, "सभी लंबित पेंशन प्रकरण निपटाएँ", Priority.IMMEDIATE,
                Deadline.of(deadline, null, issuedOn, calendar), List.of(tehsildar), collectorUser, collector,
                issuedOn.atTime(11, 0).atZone(IST).toInstant());
    }

    private static DigestContent.Line inboxLine() {
        return new DigestContent.Line("LR/17/2026", null, "नामांतरण आवेदन ग्राम सेंदरी", "dak/view.xhtml?id=17");
    }
}
