package org.daftar.jandarshan;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small office for the jandarshan domain tests, without a database: Revenue and Food
 * departments with ids set as the database would (posts and departments compare by id), and
 * instants written as local times in India.
 */
final class JandarshanFixtures {

    private static final AtomicLong IDS = new AtomicLong(5000);

    static final District DISTRICT = new District("BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
    static final Department REVENUE = withId(new Department(DISTRICT, "REV", "Revenue", "राजस्व"));
    static final Department FOOD = withId(new Department(DISTRICT, "FOOD", "Food", "खाद्य"));
    static final Section REVENUE_OFFICE = withId(new Section(REVENUE, "EST", "Establishment", "स्थापना"));
    static final Section FOOD_OFFICE = withId(new Section(FOOD, "EST", "Establishment", "स्थापना"));
    static final Post REVENUE_HOD = withId(new Post(REVENUE_OFFICE, "REV-HOD", "Head of Department", "विभागाध्यक्ष", null));
    static final Post FOOD_HOD = withId(new Post(FOOD_OFFICE, "FOOD-HOD", "Head of Department", "विभागाध्यक्ष", null));

    private JandarshanFixtures() {
    }

    static Instant ist(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.INDIA).toInstant();
    }

    /** A person holding {@code post} since 2026-01-01. */
    static User holderOf(Post post, String loginId) {
        User u = withId(new User(loginId, "CG" + IDS.incrementAndGet(), "Officer " + loginId, "अधिकारी"));
        u.transferTo(post, LocalDate.of(2026, 1, 1));
        return u;
    }

    static Particulars particulars(String mobile, String subject) {
        return Particulars.of("सावित्री देवी", "रामलाल साहू", "ग्राम सेंदरी", mobile, subject);
    }

    static JandarshanApplication application(int serial, Particulars who, Instant receivedAt, LocalDate deadline, User clerk) {
        return withId(new JandarshanApplication(2026, serial, who, REVENUE, JandarshanCategory.LAND, REVENUE_HOD,
                receivedAt, deadline, clerk));
    }

    static <T> T withId(T entity) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("id");
                f.setAccessible(true);
                f.set(entity, IDS.incrementAndGet());
                return entity;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no id in " + entity.getClass());
    }

    /** Runs {@code action}, which must be refused, and returns the refusal. */
    static BusinessException refused(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("expected a BusinessException, but the action was allowed");
    }
}
