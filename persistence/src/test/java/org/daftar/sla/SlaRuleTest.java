package org.daftar.sla;

import org.daftar.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.refused;

/** The limits an administrator may set: whole working days in each kind's range, for the items the kind knows. */
class SlaRuleTest {

    private final Instant now = Instant.parse("2026-01-23T05:30:00Z");

    @Test
    void aDeskLimitIsOneToThreeHundredSixtyFiveWorkingDaysAndRemembersWhoSetItWhen() {
        SlaRule r = new SlaRule(SlaKind.DESK, "MOST_IMMEDIATE", 2, "admin", now);
        assertThat(refused(() -> r.change(0, "admin", now)).key()).isEqualTo("sla.days.range");
        assertThat(refused(() -> r.change(366, "admin", now)).args()).containsExactly(1, 365);
        assertThat(r.getDays()).isEqualTo(2);
        r.change(365, "collector", now.plusSeconds(60));
        assertThat(r.getDays()).isEqualTo(365);
        assertThat(r.getChangedBy()).isEqualTo("collector");
        assertThat(r.getChangedAt()).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void onlyTheReminderMayBeSwitchedOffWithNought() {
        assertThat(new SlaRule(SlaKind.REMINDER, SlaKind.ALL, 0, "admin", now).getDays()).isZero();
        assertThat(refused(() -> new SlaRule(SlaKind.ESCALATION_GAP, SlaKind.ALL, 0, "admin", now)).key()).isEqualTo("sla.days.range");
        assertThat(refused(() -> new SlaRule(SlaKind.TL_REPLY, SlaKind.ALL, 0, "admin", now)).kind())
                .isEqualTo(BusinessException.Kind.INVALID);
    }

    @Test
    void aRuleIsForAnItemItsKindKnows() {
        assertThat(SlaKind.DESK.keys()).containsExactly("ORDINARY", "IMMEDIATE", "MOST_IMMEDIATE");
        assertThat(SlaKind.JANDARSHAN.keys()).contains("LAND", "PENSION");
        assertThat(refused(() -> new SlaRule(SlaKind.DESK, "LAND", 3, "admin", now)).key()).isEqualTo("sla.key.unknown");
        assertThat(refused(() -> new SlaRule(SlaKind.REVENUE_CASE, null, 3, "admin", now)).key()).isEqualTo("sla.key.unknown");
    }
}
