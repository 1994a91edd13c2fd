package org.daftar.efile;

import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.efile.EfileFixtures.*;

/** Who may open a file: holders, their superiors, the section's officers and the collector — and for a confidential file only the first two. */
class OpenRuleTest {

    private final Post collector = post("GAD-COLLECTOR", null);
    private final Post hod = post("LR-HOD", collector);
    private final Post officer = post("LR-LR-SO", hod);
    private final Post clerk = post("LR-LR-AG2-1", officer);
    private final Post neighbour = post("LR-LR-AG3-1", officer);
    /** An officer sitting in the same section but outside the file's reporting line. */
    private final Post sideOfficer = post("LR-LR-SO2", hod);
    private final Section tehsil = withId(new Section(REVENUE, "THL", "Tehsil", "तहसील"));
    private final Post tehsildar = withId(new Post(tehsil, "REV-THL-TEH", "Tehsildar", "तहसीलदार", hod));
    private final User clerkUser = user("clerk.landrecords", "Ashok Chandrakar", "अशोक चंद्राकर");
    private final Instant now = ist("2026-11-30T11:00");

    private final EFile file = file(1, clerk, clerkUser, now);
    private final List<Post> holders = List.of(clerk);

    @Test
    void theHolderAndEveryoneAboveItMayOpen() {
        assertThat(OpenRule.mayOpen(List.of(clerk), staff(), file, holders)).isTrue();
        assertThat(OpenRule.mayOpen(List.of(officer), officerRoles(), file, holders)).isTrue();
        assertThat(OpenRule.mayOpen(List.of(hod), officerRoles(), file, holders)).isTrue();
        assertThat(OpenRule.mayOpen(List.of(collector), EnumSet.of(Role.COLLECTOR), file, holders)).isTrue();
    }

    @Test
    void aPostThatHeldItOnceMayStillOpenIt() {
        assertThat(OpenRule.mayOpen(List.of(neighbour), staff(), file, List.of(neighbour, clerk))).isTrue();
    }

    @Test
    void aColleagueOfTheSameSectionWhoNeverHeldItMayNot() {
        assertThat(OpenRule.mayOpen(List.of(neighbour), staff(), file, holders)).isFalse();
    }

    @Test
    void theSectionsOfficersMayOpenAnOrdinaryFileButNotAConfidentialOne() {
        assertThat(OpenRule.mayOpen(List.of(sideOfficer), officerRoles(), file, holders)).isTrue();
        file.setConfidential(true);
        assertThat(OpenRule.mayOpen(List.of(sideOfficer), officerRoles(), file, holders)).isFalse();
        assertThat(OpenRule.mayOpen(List.of(officer), officerRoles(), file, holders)).as("a superior still may").isTrue();
    }

    @Test
    void theCollectorReadsEveryOrdinaryFileButAConfidentialOneOnlyFromAbove() {
        Post adm = post("GAD-ADM-2", null);
        assertThat(OpenRule.mayOpen(List.of(adm), EnumSet.of(Role.COLLECTOR), file, holders)).isTrue();
        file.setConfidential(true);
        assertThat(OpenRule.mayOpen(List.of(adm), EnumSet.of(Role.COLLECTOR), file, holders)).isFalse();
        assertThat(OpenRule.mayOpen(List.of(collector), EnumSet.of(Role.COLLECTOR), file, holders)).isTrue();
    }

    @Test
    void anOfficerOfAnotherSectionMayNot() {
        assertThat(OpenRule.mayOpen(List.of(tehsildar), officerRoles(), file, holders)).isFalse();
    }

    private static Set<Role> staff() { return EnumSet.of(Role.STAFF); }

    private static Set<Role> officerRoles() { return EnumSet.of(Role.OFFICER); }
}
