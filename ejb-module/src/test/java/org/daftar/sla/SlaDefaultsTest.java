package org.daftar.sla;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Before the administrator sets a limit, the deployment's setting applies, else the built-in figure. */
class SlaDefaultsTest {

    @AfterEach
    void forget() {
        System.clearProperty("daftar.desk.limit.ordinary");
    }

    @Test
    void theDeploymentsDeskLimitIsTheStartingValue() {
        assertThat(SlaRules.defaultDays(SlaKind.DESK, "ORDINARY")).isEqualTo(7);
        System.setProperty("daftar.desk.limit.ordinary", "5");
        assertThat(SlaRules.defaultDays(SlaKind.DESK, "ORDINARY")).isEqualTo(5);
        assertThat(SlaRules.defaultDays(SlaKind.DESK, "MOST_IMMEDIATE")).isEqualTo(1);
    }

    @Test
    void everyDefaultIsALimitTheRulesPageWouldAccept() {
        for (SlaKind kind : SlaKind.values()) {
            for (String key : kind.keys()) {
                assertThat(SlaRules.defaultDays(kind, key)).as(kind + "/" + key).isBetween(kind.min(), kind.max());
            }
        }
        assertThat(SlaRules.defaultDays(SlaKind.TL_REPLY, SlaKind.ALL)).isEqualTo(7);
        assertThat(SlaRules.defaultDays(SlaKind.PENSION_LEAD, SlaKind.ALL)).isEqualTo(90);
    }
}
