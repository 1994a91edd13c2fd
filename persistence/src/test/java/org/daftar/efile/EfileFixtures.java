package org.daftar.efile;

import org.daftar.calendar.WorkingCalendar;
import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small office for the e-file domain tests, without a database: Revenue / Land Records (REV/LR),
 * posts and users with ids set as the database would (Post and WorkItem compare by id), and a
 * fixed clock in India.
 */
public final class EfileFixtures {

    public static final ZoneId IST = WorkingCalendar.INDIA;
    public static final District DISTRICT = new District("BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
    public static final Department REVENUE = new Department(DISTRICT, "REV", "Revenue", "राजस्व");
    public static final Section LAND_RECORDS = new Section(REVENUE, "LR", "Land Records", "भू-अभिलेख");

    private static final AtomicLong IDS = new AtomicLong(1000);

    private EfileFixtures() {
    }

    /** A fixed clock at a local date-time in India, e.g. "2026-11-23T10:00". */
    public static Clock clockAt(String localDateTime) {
        return Clock.fixed(ist(localDateTime), IST);
    }

    public static Instant ist(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(IST).toInstant();
    }

    public static Post post(String code, Post reportsTo) {
        return withId(new Post(LAND_RECORDS, code, "Assistant Grade-2", "सहायक ग्रेड-2", reportsTo));
    }

    public static User user(String loginId, String nameEn, String nameHi) {
        return withId(new User(loginId, "CG" + IDS.incrementAndGet(), nameEn, nameHi));
    }

    public static SubjectHead mutationHead() {
        return withId(new SubjectHead(LAND_RECORDS, "12-3", "Mutation", "नामांतरण"));
    }

    public static Receipt receipt(int serial, Post diarist, User actor, Instant now) {
        Receipt r = new Receipt(LAND_RECORDS, 2026, serial, "Mutation of khasra 112/4, village Sendri", Category.GENERAL,
                Priority.ORDINARY, null, new Sender("Ramesh Kumar Sahu", null, null, "Sendri, Bilaspur"),
                ReceiptMode.POST, "NIL", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23), diarist, actor, now);
        return withId(r);
    }

    public static EFile file(int serial, Post creator, User actor, Instant now) {
        return withId(new EFile(mutationHead(), 2026, serial, "Mutation register of village Sendri", Category.GENERAL,
                Priority.ORDINARY, false, creator, actor, now));
    }

    /** Gives an entity the next id, as the database would on insert. */
    public static <T> T withId(T entity) {
        setField(entity, "id", IDS.incrementAndGet());
        return entity;
    }

    /** Sets a private field declared by the entity's class or one of its superclasses (tests only). */
    public static void setField(Object target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + target.getClass());
    }

    /** Runs {@code action}, which must be refused, and returns the refusal. */
    public static BusinessException refused(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("expected a BusinessException, but the action was allowed");
    }
}
