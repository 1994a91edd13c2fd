package org.daftar.jandarshan;

import org.daftar.org.Post;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.jandarshan.JandarshanFixtures.*;

/** Who may read a citizen's particulars (name, village, mobile, subject, documents): they are personal data. */
class JandarshanPrivacyTest {

    private static final Post REVENUE_CLERK_DESK = withId(new Post(REVENUE_OFFICE, "REV-EST-AG2-1", "Assistant Grade-2", "सहायक ग्रेड-2", REVENUE_HOD));
    private static final Post FOOD_CLERK_DESK = withId(new Post(FOOD_OFFICE, "FOOD-EST-AG2-1", "Assistant Grade-2", "सहायक ग्रेड-2", FOOD_HOD));

    private final User counterClerk = holderOf(FOOD_CLERK_DESK, "counter");
    private final JandarshanApplication app = application(7, particulars("9826012345", "राशन कार्ड नहीं बना"),
            ist("2026-11-23T11:00"), LocalDate.of(2026, 12, 2), counterClerk);

    @Test
    void thePersonWhoRegisteredItMayReadItThoughTheirDepartmentIsAnother() {
        assertThat(app.mayBeReadBy(counterClerk)).isTrue();
    }

    @Test
    void everyPostOfTheDepartmentItIsMarkedToMayReadIt() {
        assertThat(app.mayBeReadBy(holderOf(REVENUE_HOD, "hod"))).isTrue();
        assertThat(app.mayBeReadBy(holderOf(REVENUE_CLERK_DESK, "revenue.clerk"))).isTrue();
    }

    @Test
    void theCollectorMayReadEveryApplication() {
        User collector = holderOf(withId(new Post(FOOD_OFFICE, "GAD-COLLECTOR", "Collector", "कलेक्टर", null)), "collector");
        collector.grant(EnumSet.of(Role.COLLECTOR, Role.OFFICER));
        assertThat(app.mayBeReadBy(collector)).isTrue();
    }

    @Test
    void aClerkOfAnotherDepartmentMayNotNorAHeadOfAnotherDepartment() {
        assertThat(app.mayBeReadBy(holderOf(FOOD_CLERK_DESK, "food.clerk"))).isFalse();
        User foodHead = holderOf(FOOD_HOD, "food.hod");
        foodHead.grant(EnumSet.of(Role.HOD, Role.OFFICER));
        assertThat(app.mayBeReadBy(foodHead)).isFalse();
        assertThat(app.mayBeReadBy(null)).isFalse();
    }

    @Test
    void aPersonWhoLeftTheDepartmentMayNoLonger() {
        User transferred = holderOf(REVENUE_CLERK_DESK, "transferred");
        transferred.transferTo(FOOD_CLERK_DESK, LocalDate.of(2026, 6, 1));
        assertThat(app.mayBeReadBy(transferred)).isFalse();
    }
}
