package org.daftar.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostTest {

    private final Post collector = OrgFixtures.post("GAD-COLLECTOR", null);
    private final Post hod = OrgFixtures.post("LR-HOD", collector);
    private final Post clerk = OrgFixtures.post("LR-BHU-AG2", hod);

    @Test
    void superiorsAreEveryoneUpTheReportingLine() {
        assertThat(collector.isSuperiorOf(clerk)).isTrue();
        assertThat(hod.isSuperiorOf(clerk)).isTrue();
        assertThat(clerk.isSuperiorOf(hod)).isFalse();
        assertThat(clerk.isSuperiorOf(clerk)).isFalse();
    }

    @Test
    void aPostCannotReportToItselfOrToItsOwnSubordinate() {
        assertThatThrownBy(() -> collector.reportTo(clerk)).hasMessage("post.reporting.cycle");
        assertThatThrownBy(() -> hod.reportTo(hod)).hasMessage("post.reporting.cycle");
        assertThat(collector.getReportsTo()).isNull();
    }

    @Test
    void codesAreStoredInCapitals() {
        assertThat(OrgFixtures.post(" lr-bhu-deo ", null).getCode()).isEqualTo("LR-BHU-DEO");
    }
}
