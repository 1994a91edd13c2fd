package org.daftar.notice;

import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.ist;
import static org.daftar.efile.EfileFixtures.user;

/** A notification outlives its mail: failures are counted, given up on after five, and the administrator may retry. */
class NotificationTest {

    private final Instant now = ist("2026-11-23T09:00");

    @Test
    void aMailGivenUpOnCanBeRetriedByTheAdministratorAndTheNotificationStays() {
        User u = user("tehsildar", "Sunil Kumar", "सुनील कुमार");
        u.describe("Tehsildar", null, "tehsildar@bsp.cg.gov.in", null, null);
        Notification n = new Notification(u, "notice.digest", List.of("23-11-2026", "3"), null, true, now);
        assertThat(n.getMailStatus()).isEqualTo(Notification.MailStatus.PENDING);
        for (int i = 1; i < Notification.MAX_MAIL_ATTEMPTS; i++) {
            n.mailFailed("Connection refused");
            assertThat(n.getMailStatus()).as("attempt %d: tried again later", i).isEqualTo(Notification.MailStatus.PENDING);
        }
        n.mailFailed("Connection refused");
        assertThat(n.getMailStatus()).isEqualTo(Notification.MailStatus.FAILED);

        n.retryMail();
        assertThat(n.getMailStatus()).isEqualTo(Notification.MailStatus.PENDING);
        n.mailed();
        assertThat(n.getMailStatus()).isEqualTo(Notification.MailStatus.SENT);
        assertThat(n.getMailAttempts()).isEqualTo(6);
        assertThat(n.getMailError()).isNull();
        n.retryMail();
        assertThat(n.getMailStatus()).as("a sent mail is not sent twice").isEqualTo(Notification.MailStatus.SENT);
        assertThat(n.args()).containsExactly("23-11-2026", "3");
        assertThat(n.isRead()).isFalse();
    }

    @Test
    void readingIsRecordedOnce() {
        Notification n = new Notification(user("so", "S", "स"), "notice.instructed", List.of("SS/2026/0001"), null, false, now);
        assertThat(n.getMailStatus()).as("no address, no mail").isEqualTo(Notification.MailStatus.NONE);
        n.read(now);
        n.read(now.plusSeconds(60));
        assertThat(n.isRead()).isTrue();
        assertThat(n.getReadAt()).isEqualTo(now);
    }
}
