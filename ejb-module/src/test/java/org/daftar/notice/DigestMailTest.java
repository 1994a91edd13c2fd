package org.daftar.notice;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.user.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest mail and the bell's line, worded in the reader's language from the notification's key and arguments. */
class DigestMailTest {

    private final LocalDate monday = LocalDate.of(2026, 11, 23);
    private final List<String> args = DigestContent.of(3,
            List.of(new DigestContent.Line("LR/17/2026", null, "नामांतरण आवेदन ग्राम सेंदरी", "dak/view.xhtml?id=17")),
            List.of(), monday, new WorkingCalendar(List.of(), Set.of())).args(monday, "https://eoffice.bilaspur.cg.gov.in/daftar");

    @Test
    void aHindiReaderGetsTheDigestInHindi() {
        Locale hi = Language.HI.locale();
        assertThat(NoticeTexts.subject(DigestContent.KEY, args, hi)).isEqualTo("दफ़्तर, 23-11-2026: आवक में 3 लंबित, 0 शीघ्र देय, 0 समय-सीमा बीती");
        assertThat(NoticeTexts.body(DigestContent.KEY, args, hi))
                .contains("आवक में लंबित: 3", "दो कार्य दिवस में देय निर्देश: 0", "समय-सीमा बीते निर्देश: 0",
                        "• LR/17/2026 — नामांतरण आवेदन ग्राम सेंदरी\n  https://eoffice.bilaspur.cg.gov.in/daftar/dak/view.xhtml?id=17",
                        "दफ़्तर खोलें: https://eoffice.bilaspur.cg.gov.in/daftar/")
                .doesNotContain("{", "pending");
    }

    @Test
    void anEnglishReaderGetsItInEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Language.HI.locale());
        try {
            assertThat(NoticeTexts.subject(DigestContent.KEY, args, Language.EN.locale()))
                    .isEqualTo("Daftar, 23-11-2026: 3 pending in your inbox, 0 due soon, 0 overdue");
            assertThat(NoticeTexts.body(DigestContent.KEY, args, Language.EN.locale()))
                    .contains("pending in your inbox: 3", "Open Daftar: https://eoffice.bilaspur.cg.gov.in/daftar/")
                    .doesNotContain("लंबित: ");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyNotificationKeyHasItsSubjectAndBodyInBothLanguages() {
        List<String> four = List.of("SS/2026/0001", "REV-THL-TEH", "25-11-2026", "सीमांकन प्रकरण निपटाएँ");
        for (String key : List.of("notice.reminded", "notice.escalated", "notice.instructed", "notice.reasonAsked")) {
            for (Language l : Language.values()) {
                assertThat(NoticeTexts.subject(key, four, l.locale())).as("%s %s", key, l).contains("SS/2026/0001").doesNotContain(key);
                assertThat(NoticeTexts.body(key, four, l.locale())).as("%s %s", key, l).contains("सीमांकन प्रकरण निपटाएँ");
            }
        }
        assertThat(NoticeTexts.subject("notice.instructed", four, Language.HI.locale())).isEqualTo("नया निर्देश SS/2026/0001 पद REV-THL-TEH को, समय-सीमा 25-11-2026");
        assertThat(NoticeTexts.subject("notice.unknown", List.of("x"), Locale.ENGLISH)).as("never an exception on a page").isEqualTo("notice.unknown x");
    }
}
