package org.daftar.cases;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.user.User;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small office for the case tests, without a database: Education with its establishment section,
 * Revenue with the tehsildar's court; ids set as the database would; fixed clocks in India; and the
 * district calendar around the Republic Day weekend of 2026 (Sat 24-01 fourth Saturday, Sun 25-01,
 * Mon 26-01 Republic Day; Sat 31-01 is a fifth Saturday, a working day).
 */
final class CaseFixtures {

    static final LocalDate REPUBLIC_DAY = LocalDate.of(2026, 1, 26);
    static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of(), Set.of(REPUBLIC_DAY));

    static final District DISTRICT = new District("BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
    static final Department EDUCATION = new Department(DISTRICT, "EDU", "Education", "शिक्षा");
    static final Section EDU_EST = new Section(EDUCATION, "EST", "Establishment", "स्थापना");
    static final Section EDU_SCH = new Section(EDUCATION, "SCH", "Schemes", "योजनाएँ");
    static final Department REVENUE = new Department(DISTRICT, "REV", "Revenue", "राजस्व");
    static final Section TEHSIL = new Section(REVENUE, "THL", "Tehsil Office", "तहसील कार्यालय");

    private static final AtomicLong IDS = new AtomicLong(5000);

    private CaseFixtures() {
    }

    static Instant ist(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.INDIA).toInstant();
    }

    static Clock clockAt(String localDateTime) {
        return Clock.fixed(ist(localDateTime), WorkingCalendar.INDIA);
    }

    static Post post(Section section, String code, Post reportsTo) {
        return withId(new Post(section, code, "Assistant Grade-2", "सहायक ग्रेड-2", reportsTo));
    }

    static User user(String loginId) {
        return withId(new User(loginId, "CG" + IDS.incrementAndGet(), "Ramesh Sahu", "रमेश साहू"));
    }

    static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
