package org.daftar.mis.discipline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.daftar.org.Department;
import org.daftar.org.Post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The employees of a range of days with their {@link Attendance}, read in a handful of queries (no
 * entity per login or disposal). An employee is an active user holding a post with a working role
 * ({@link DisciplineRule#EMPLOYEE_ROLES}: not an administrator alone); their department is that of
 * the post they held last in the range, the primary post first.
 */
final class Roster {

    /** One employee: who, where, and their record. */
    record Member(Long id, String login, String nameEn, String nameHi, Post post, Attendance attendance) {
        Department department() { return post.getDepartment(); }
    }

    /** Up to this many members are read by their ids. */
    private static final int FEW = 50;

    private final EntityManager em;
    private final Map<Long, Member> members = new LinkedHashMap<>();

    private Roster(EntityManager em) {
        this.em = em;
    }

    /** The employees holding a post in [from, to], of one department (code) or one person (id), or all (nulls). */
    static Roster of(EntityManager em, LocalDate from, LocalDate to, String department, Long person) {
        Roster r = new Roster(em);
        Set<Long> working = Set.copyOf(em.createQuery("select distinct u.id from User u join u.roles r where r in :roles", Long.class)
                .setParameter("roles", DisciplineRule.EMPLOYEE_ROLES).getResultList());
        TypedQuery<Object[]> q = em.createQuery("select u.id, u.loginId, u.nameEn, u.nameHi, u.active, pa.post, pa.kind, pa.fromDate, pa.toDate "
                + "from PostAssignment pa join pa.user u where pa.fromDate <= :to and (pa.toDate is null or pa.toDate >= :from)"
                + (department == null ? "" : " and pa.post.section.department.code = :dept")
                + (person == null ? "" : " and u.id = :person")
                // PRIMARY after ADDITIONAL in the alphabet: descending puts the primary post first
                + " order by u.id, pa.kind desc, pa.fromDate desc", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (department != null) {
            q.setParameter("dept", department);
        }
        if (person != null) {
            q.setParameter("person", person);
        }
        for (Object[] row : q.getResultList()) {
            Long id = (Long) row[0];
            if (!Boolean.TRUE.equals(row[4]) || !working.contains(id)) {
                continue;
            }
            Member m = r.members.computeIfAbsent(id, k -> new Member(id, (String) row[1], (String) row[2], (String) row[3],
                    (Post) row[5], new Attendance()));
            m.attendance().heldPost((LocalDate) row[7], (LocalDate) row[8]);
        }
        return r;
    }

    /**
     * Reads the logins, disposals and leave of [from, to] for the given members (all when null). A
     * few members are asked for by id; many are read with the whole range and the others' rows
     * passed over: Derby tests a long IN list of parameters value by value on every row of the
     * range (3 lists of 1,000 ids over a week of 37,000 disposals took 6 s of a district's pack).
     */
    Roster read(LocalDate from, LocalDate to, Collection<Long> only) {
        Set<Long> ids = Set.copyOf(only == null ? members.keySet() : only);
        if (ids.isEmpty()) {
            return this;
        }
        rows("select l.userId, l.day from LoginDay l where l.day between :from and :to%s", " and l.userId in :ids", from, to, ids)
                .forEach(x -> member(x[0]).attendance().loggedIn((LocalDate) x[1]));
        rows("select d.userId, d.workDate, count(d) from Disposal d where d.workDate between :from and :to%s group by d.userId, d.workDate",
                " and d.userId in :ids", from, to, ids)
                .forEach(x -> member(x[0]).attendance().disposed((LocalDate) x[1], ((Number) x[2]).longValue()));
        rows("select l.person.id, l.fromDate, l.toDate, l.kind from Leave l where l.fromDate <= :to and l.toDate >= :from%s",
                " and l.person.id in :ids", from, to, ids)
                .forEach(x -> member(x[0]).attendance().onLeave((LocalDate) x[1], (LocalDate) x[2], (LeaveKind) x[3]));
        return this;
    }

    /** The rows of {@code jpql} for the members {@code ids}: asked for by id when few ({@code byId} fills its %s), else all and sifted here. */
    private Stream<Object[]> rows(String jpql, String byId, LocalDate from, LocalDate to, Set<Long> ids) {
        boolean few = ids.size() <= FEW;
        TypedQuery<Object[]> q = em.createQuery(jpql.formatted(few ? byId : ""), Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (few) {
            q.setParameter("ids", ids);
        }
        return q.getResultList().stream().filter(x -> ids.contains((Long) x[0]));
    }

    private Member member(Object id) {
        return members.get((Long) id);
    }

    Collection<Member> members() { return members.values(); }

    /** The members by department, departments in the order of their codes. */
    Map<Department, List<Member>> byDepartment() {
        Map<Department, List<Member>> result = new java.util.TreeMap<>(Comparator.comparing(Department::getCode));
        members.values().forEach(m -> result.computeIfAbsent(m.department(), d -> new ArrayList<>()).add(m));
        return result;
    }
}
