package org.daftar.demo;

import org.daftar.org.Codes;
import org.daftar.org.Post;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.daftar.user.UserRules;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDistrictTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final DemoDistrict demo = new DemoDistrict(TODAY);
    private final Map<String, User> byLogin = demo.users().stream()
            .collect(Collectors.toMap(User::getLoginId, Function.identity()));

    @Test
    void isTheSizeOfARealDistrict() {
        assertThat(demo.departments()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(demo.sections()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(demo.posts()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(demo.users()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(demo.departments()).extracting(d -> d.getCode())
                .contains("GAD", "REV", "LR", "TRY", "FOOD", "EDU", "HEALTH", "ZP", "PWD");
    }

    @Test
    void theDemoLoginsHoldTheirPostsAndRoles() {
        assertThat(byLogin.get("admin").getRoles()).contains(Role.ADMIN);
        assertThat(byLogin.get("collector").getRoles()).contains(Role.COLLECTOR);
        assertThat(byLogin.get("adm").getRoles()).contains(Role.COLLECTOR);
        assertThat(byLogin.get("hod.revenue").getRoles()).contains(Role.HOD);
        assertThat(primary("hod.revenue").getDepartment().getCode()).isEqualTo("REV");
        assertThat(primary("so.landrecords").getCode()).isEqualTo("LR-LR-SO");
        assertThat(primary("clerk.landrecords").getReportsTo()).isSameAs(primary("so.landrecords"));
        assertThat(primary("clerk.pension").getSection().getCode()).isEqualTo("PEN");
        assertThat(primary("tehsildar").getDesignation().getEn()).isEqualTo("Tehsildar");
        assertThat(byLogin.get("so.landrecords").currentPosts()).as("holds an additional charge").hasSize(2);
    }

    @Test
    void everyIdentifierIsUniqueAndWellFormed() {
        assertThat(demo.posts()).extracting(Post::getCode).doesNotHaveDuplicates().allMatch(c -> c.matches("^[A-Z][A-Z0-9-]{0,23}$"));
        assertThat(demo.sections()).allMatch(s -> s.getCode().matches(Codes.PATTERN));
        assertThat(demo.users()).extracting(User::getEmployeeCode).doesNotHaveDuplicates().allMatch(c -> c.matches(UserRules.EMPLOYEE_CODE));
        assertThat(demo.users()).extracting(User::getLoginId).allMatch(l -> l.matches(UserRules.LOGIN));
        assertThat(demo.users()).extracting(User::getMobile).allMatch(m -> m.matches(UserRules.MOBILE));
        assertThat(demo.users()).extracting(User::getNameEn).allMatch(n -> n.matches(UserRules.NAME_EN));
        assertThat(demo.users()).extracting(User::getNameHi)
                .allMatch(n -> n.matches(UserRules.NAME_HI) && Normalizer.isNormalized(n, Normalizer.Form.NFC));
        Set<String> names = demo.users().stream().map(User::getNameEn).collect(Collectors.toSet());
        assertThat(names).as("realistic variety of names").hasSizeGreaterThan(100);
    }

    @Test
    void someoneRetiresWithinThreeMonthsSoPensionCasesHaveWorkToDo() {
        assertThat(demo.users()).anyMatch(u -> !u.getDateOfRetirement().isBefore(TODAY)
                && u.getDateOfRetirement().isBefore(TODAY.plusDays(90)));
        assertThat(demo.users()).allMatch(u -> u.getDateOfRetirement().isAfter(u.getDateOfBirth()));
    }

    @Test
    void holidaysIncludeTheNationalDays() {
        assertThat(demo.holidays()).extracting(h -> h.getDay())
                .contains(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 2));
    }

    private Post primary(String login) {
        return byLogin.get(login).primaryAssignment().orElseThrow().getPost();
    }
}
