package org.daftar.jandarshan;

import org.daftar.platform.BusinessException;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.jandarshan.JandarshanFixtures.*;

/** Acknowledgement numbers, the duplicate window, marking and the disposal rules. */
class JandarshanApplicationTest {

    private static final Instant RECEIVED = ist("2026-11-23T11:00");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 2);

    private final User clerk = holderOf(REVENUE_HOD, "clerk");
    private final JandarshanApplication app = application(123,
            particulars("+91 98260 12345", "खसरा 112/4 का नामांतरण नहीं हुआ"), RECEIVED, DEADLINE, clerk);

    // ---- acknowledgement numbers ----------------------------------------------------------------

    @Test
    void theAckNumberIsThePrefixTheYearAndASixDigitSerial() {
        assertThat(app.getAckNumber()).isEqualTo("JD/2026/000123");
        assertThat(JandarshanApplication.ackNumber(2027, 1)).isEqualTo("JD/2027/000001");
    }

    @ParameterizedTest(name = "\"{0}\" is JD/2026/000123")
    @ValueSource(strings = {"JD/2026/000123", "jd/2026/123", " JD / २०२६ / १२३ ", "JD-2026-000123", "jd2026/0123", "Jd/२०२६/०००१२३"})
    void typedAckNumbersAreFound(String typed) {
        assertThat(JandarshanApplication.canonicalAck(typed)).contains("JD/2026/000123");
    }

    @ParameterizedTest(name = "\"{0}\" is no acknowledgement number")
    @ValueSource(strings = {"", "123", "JD/26/123", "JD/2026/0", "JD/2026/1234567", "LR/123/2026", "JD/2026/12a", "JD//2026/1"})
    void otherTextIsNoAckNumber(String typed) {
        assertThat(JandarshanApplication.canonicalAck(typed)).isEmpty();
    }

    // ---- duplicates ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1} at {2}: duplicate {3}")
    @CsvSource(delimiter = '|', value = {
            "9826012345   | खसरा 112/4 का नामांतरण नहीं हुआ         | 2026-11-23T11:05    | true",
            "९८२६० १२३४५  | खसरा 112/4 का  नामांतरण नहीं हुआ       | 2026-11-23T11:09:59 | true",
            "9826012345   | खसरा 112/4 का नामांतरण नहीं हुआ         | 2026-11-23T11:10    | true",
            "9826012345   | खसरा 112/4 का नामांतरण नहीं हुआ         | 2026-11-23T11:10:01 | false",
            "9826012345   | खसरा 112/5 का नामांतरण नहीं हुआ         | 2026-11-23T11:05    | false",
            "9826012346   | खसरा 112/4 का नामांतरण नहीं हुआ         | 2026-11-23T11:05    | false",
            "9826012345   | खसरा 112/4 का नामांतरण नहीं हुआ         | 2026-11-23T10:59    | false"})
    void theSameMobileAndSubjectWithinTenMinutesIsADuplicate(String mobile, String subject, String at, boolean duplicate) {
        assertThat(app.isDuplicateOf(particulars(mobile, subject), ist(at))).isEqualTo(duplicate);
    }

    @Test
    void caseAndSpacingDoNotMakeADifferentSubject() {
        JandarshanApplication english = application(124, particulars("9826012345", "Ration card  not issued"), RECEIVED, DEADLINE, clerk);
        assertThat(english.isDuplicateOf(particulars("9826012345", "  ration CARD not issued "), RECEIVED.plusSeconds(60))).isTrue();
    }

    // ---- marking -----------------------------------------------------------------------------------

    @Test
    void theMarkedPostMustBelongToTheDepartment() {
        Particulars who = particulars("9826012345", "राशन कार्ड");
        BusinessException e = refused(() -> new JandarshanApplication(2026, 9, who, REVENUE, JandarshanCategory.RATION,
                FOOD_HOD, RECEIVED, DEADLINE, clerk));
        assertThat(e.key()).isEqualTo("jandarshan.markedTo.otherDepartment");
        assertThat(refused(() -> new JandarshanApplication(2026, 9, who, REVENUE, JandarshanCategory.RATION,
                null, RECEIVED, DEADLINE, clerk)).key()).isEqualTo("jandarshan.markedTo.required");
        assertThat(refused(() -> new JandarshanApplication(2026, 9, who, REVENUE, null,
                REVENUE_HOD, RECEIVED, DEADLINE, clerk)).key()).isEqualTo("jandarshan.category.required");
    }

    @Test
    void particularsAreRequiredAndLimited() {
        assertThat(refused(() -> Particulars.of(" ", null, "सेंदरी", "9826012345", "भूमि")).key())
                .isEqualTo("jandarshan.applicantName.required");
        assertThat(refused(() -> Particulars.of("सावित्री", null, "", "9826012345", "भूमि")).key())
                .isEqualTo("jandarshan.village.required");
        assertThat(refused(() -> Particulars.of("सावित्री", null, "सेंदरी", "9826012345", null)).key())
                .isEqualTo("jandarshan.subject.required");
        assertThat(refused(() -> Particulars.of("स".repeat(121), null, "सेंदरी", "9826012345", "भूमि")).key())
                .isEqualTo("input.tooLong");
        assertThat(Particulars.of("  सावित्री देवी ", " ", "सेंदरी", "9826012345", "भूमि").relativeName()).isNull();
    }

    // ---- disposal ----------------------------------------------------------------------------------

    @Test
    void theMarkedPostsHolderDisposesWithAReply() {
        User hod = holderOf(REVENUE_HOD, "hod.revenue");
        Instant now = ist("2026-11-30T15:00");

        app.dispose(hod, now, "  नामांतरण स्वीकृत, पंजी में दर्ज।  ");

        assertThat(app.getStatus()).isEqualTo(JandarshanStatus.DISPOSED);
        assertThat(app.getReply()).isEqualTo("नामांतरण स्वीकृत, पंजी में दर्ज।");
        assertThat(app.getDisposedAt()).isEqualTo(now);
        assertThat(app.getDisposedBy()).isSameAs(hod);
        assertThat(refused(() -> app.dispose(hod, now, "again")).kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        assertThat(refused(() -> app.dispose(hod, now, "again")).key()).isEqualTo("jandarshan.alreadyDisposed");
    }

    @Test
    void nobodyElseMayDispose() {
        User food = holderOf(FOOD_HOD, "hod.food");
        BusinessException e = refused(() -> app.dispose(food, RECEIVED, "निराकृत"));
        assertThat(e.key()).isEqualTo("jandarshan.dispose.notMarked");
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
        assertThat(app.getStatus()).isEqualTo(JandarshanStatus.OPEN);
    }

    @Test
    void aReplyIsRequiredAndAtMost4000Characters() {
        User hod = holderOf(REVENUE_HOD, "hod.revenue");
        assertThat(refused(() -> app.dispose(hod, RECEIVED, " \n ")).key()).isEqualTo("jandarshan.reply.required");
        assertThat(refused(() -> app.dispose(hod, RECEIVED, null)).key()).isEqualTo("jandarshan.reply.required");
        assertThat(refused(() -> app.dispose(hod, RECEIVED, "क".repeat(4001))).key()).isEqualTo("input.tooLong");
        assertThat(app.getStatus()).isEqualTo(JandarshanStatus.OPEN);

        app.dispose(hod, RECEIVED, "क".repeat(4000));
        assertThat(app.getReply()).hasSize(4000);
    }

    @Test
    void overdueIsOpenAndPastTheDeadline() {
        assertThat(app.isOverdue(DEADLINE)).isFalse();
        assertThat(app.isOverdue(DEADLINE.plusDays(1))).isTrue();

        app.dispose(holderOf(REVENUE_HOD, "hod.revenue"), ist("2026-12-05T10:00"), "निराकृत");
        assertThat(app.isOverdue(DEADLINE.plusDays(1))).isFalse();
    }
}
