package org.daftar.mis.discipline;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.efile.Desks;
import org.daftar.org.Post;
import org.daftar.org.Text;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;
import org.daftar.user.User;
import org.daftar.user.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The leave register: officers away on leave, tour or training, marked by their reporting officer or
 * head of department (for their department), or by the collector/ADM or an administrator (for anyone).
 * Those days are taken out of the daily discipline rule. Overlapping entries for a person are refused;
 * every entry and withdrawal goes into the district audit chain.
 */
@Stateless
public class LeaveRegister {

    /** An entry as the register lists it; {@code mayWithdraw}: the caller may take it back. */
    public record Row(Long id, String login, String nameEn, String nameHi, LocalDate from, LocalDate to, LeaveKind kind,
                      String remark, String markedBy, Instant markedAt, boolean mayWithdraw) {
        public String name(boolean hindi) { return hindi ? nameHi : nameEn; }
    }

    /** A person the caller may mark on leave, for the picker. */
    public record Person(String login, String nameEn, String nameHi, String postEn, String postHi) {
        public String label(boolean hindi) { return (hindi ? nameHi + ", " + postHi : nameEn + ", " + postEn) + " (" + login + ")"; }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int MAX_ROWS = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private UserRepository people;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Leave mark(String login, LocalDate from, LocalDate to, LeaveKind kind, String remark) {
        if (login == null || login.isBlank()) {
            throw new BusinessException("leave.person.required");
        }
        User person = people.byLogin(login).orElseThrow(() -> BusinessException.notFound("leave.person.notFound"));
        User caller = allowedFor(person);
        Leave leave = new Leave(person, from, to, kind, remark, caller.getLoginId(), clock.instant());
        // two markers at once: the second waits here and then sees the first one's entry
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("select l from Leave l where l.person = :p and l.fromDate <= :to and l.toDate >= :from", Leave.class)
                .setParameter("p", person).setParameter("from", from).setParameter("to", to).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(l -> {
                    throw new BusinessException("leave.overlap", DATE.format(l.getFrom()), DATE.format(l.getTo()));
                });
        em.persist(leave);
        audit.record(caller.getLoginId(), "LEAVE_MARKED", "user:" + person.getLoginId(),
                leave.getKind() + " " + from + ".." + to, null);
        return leave;
    }

    /** Takes back an entry marked by mistake; the same people who may mark it may withdraw it. */
    public void withdraw(Long id) {
        Leave leave = id == null ? null : em.find(Leave.class, id);
        if (leave == null) {
            throw BusinessException.notFound("leave.notFound");
        }
        User caller = allowedFor(leave.getPerson());
        em.remove(leave);
        audit.record(caller.getLoginId(), "LEAVE_WITHDRAWN", "user:" + leave.getPerson().getLoginId(),
                leave.getKind() + " " + leave.getFrom() + ".." + leave.getTo(), null);
    }

    /** The entries the caller may see (their own, and those they may mark), ending on or after {@code since}, latest first. */
    public List<Row> register(LocalDate since) {
        User caller = desks.caller();
        return em.createQuery("select l from Leave l join fetch l.person where l.toDate >= :since order by l.fromDate desc, l.id desc",
                        Leave.class).setParameter("since", since).setMaxResults(MAX_ROWS).getResultList().stream()
                .filter(l -> l.getPerson().getId().equals(caller.getId()) || mayMark(caller, l.getPerson()))
                .map(l -> new Row(l.getId(), l.getPerson().getLoginId(), l.getPerson().getNameEn(), l.getPerson().getNameHi(),
                        l.getFrom(), l.getTo(), l.getKind(), l.getRemark(), l.getMarkedBy(), l.getMarkedAt(),
                        mayMark(caller, l.getPerson())))
                .toList();
    }

    /** People matching {@code query} (name, login ID, employee code) whom the caller may mark on leave. */
    public List<Person> markable(String query, int max) {
        User caller = desks.caller();
        String text = Text.clean(query);
        if (text == null) {
            return List.of();
        }
        String upper = "%" + text.toUpperCase(Locale.ROOT) + "%";
        return em.createQuery("select u from User u where upper(u.nameEn) like :u or u.nameHi like :h or upper(u.loginId) like :u "
                        + "or upper(u.employeeCode) like :u order by u.nameEn", User.class)
                .setParameter("u", upper).setParameter("h", "%" + text + "%").setMaxResults(200).getResultList().stream()
                .filter(u -> u.isActive() && !u.currentPosts().isEmpty() && mayMark(caller, u))
                .limit(Math.max(1, max))
                .map(u -> new Person(u.getLoginId(), u.getNameEn(), u.getNameHi(), u.currentPosts().get(0).name(false),
                        u.currentPosts().get(0).name(true)))
                .toList();
    }

    public boolean mayMarkAnyone() {
        User caller = desks.caller();
        return caller.getRoles().contains(Role.COLLECTOR) || caller.getRoles().contains(Role.ADMIN)
                || caller.getRoles().contains(Role.HOD) || caller.getRoles().contains(Role.OFFICER);
    }

    private User allowedFor(User person) {
        User caller = desks.caller();
        if (!mayMark(caller, person)) {
            audit.recordAlone(caller.getLoginId(), "ACCESS_DENIED", "leave:" + person.getLoginId(), null, null);
            throw BusinessException.forbidden("leave.notAllowed");
        }
        return caller;
    }

    /**
     * The collector/ADM and administrators mark anyone; a head of department anyone in their
     * department; an officer those whose post reports to one of theirs, however far down. Nobody
     * marks their own leave.
     */
    static boolean mayMark(User caller, User person) {
        if (caller.getId().equals(person.getId())) {
            return false;
        }
        if (caller.getRoles().contains(Role.COLLECTOR) || caller.getRoles().contains(Role.ADMIN)) {
            return true;
        }
        List<Post> mine = caller.currentPosts();
        List<Post> theirs = person.currentPosts();
        if (caller.getRoles().contains(Role.HOD)
                && theirs.stream().anyMatch(t -> mine.stream().anyMatch(p -> p.getDepartment().getId().equals(t.getDepartment().getId())))) {
            return true;
        }
        return theirs.stream().anyMatch(t -> mine.stream().anyMatch(p -> p.isSuperiorOf(t)));
    }
}
