package org.daftar.mis.discipline;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.Desks;
import org.daftar.mis.discipline.DisciplineReport.Scope;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Daily discipline: who logged in and who disposed of at least N files/receipts on each working day,
 * per department and per person, counted from the login days, the e-File core's disposals and the
 * leave register. The collector/ADM sees the district, a head of department their department, and
 * everyone their own days.
 */
@Stateless
public class DisciplineService {

    /** How many of the caller's own working days the report lists. */
    public static final int MY_DAYS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private SlaRules sla;

    @Inject
    private Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.INDIA));
    }

    /** The rule in force: N from the SLA rules, working days from the holiday calendar. */
    public DisciplineRule rule() {
        return new DisciplineRule(sla.days(SlaKind.DAILY_DISPOSALS, SlaKind.ALL), workingDays.calendar());
    }

    /**
     * The report of {@code day} (null: today) as the caller may see it. The collector/ADM may name a
     * department to see its people; a head of department sees their own (naming another is refused);
     * anyone else sees themselves. A day still to come has nothing to report and is refused.
     */
    public DisciplineReport report(LocalDate day, String departmentCode) {
        LocalDate date = day == null ? today() : day;
        if (date.isAfter(today())) {
            throw new BusinessException("discipline.date.future");
        }
        User caller = desks.caller();
        String asked = departmentCode == null || departmentCode.isBlank() ? null : Codes.normalise(departmentCode);
        Scope scope = scope(caller);
        String department = switch (scope) {
            case DISTRICT -> asked;
            case DEPARTMENT -> headedDepartment(caller, asked);
            case SELF -> null;
        };
        DisciplineRule rule = rule();
        Roster roster = Roster.of(em, date.minusDays(DisciplineRule.LOOKBACK_DAYS), date,
                scope == Scope.DEPARTMENT ? department : null, scope == Scope.SELF ? caller.getId() : null).read(date, date, null);
        // the district's people: a department's when one is asked for, else its defaulters
        List<Roster.Member> shown = roster.members().stream()
                .filter(m -> m.attendance().isEmployedOn(date))
                .filter(m -> scope != Scope.DISTRICT || (department == null ? rule.isDefaulter(m.attendance(), date)
                        : m.department().getCode().equals(department)))
                .toList();
        // only the defaulters shown need the days before, to count how many they missed in a row
        roster.read(date.minusDays(DisciplineRule.LOOKBACK_DAYS), date.minusDays(1),
                shown.stream().filter(m -> rule.isDefaulter(m.attendance(), date)).map(Roster.Member::id).toList());
        List<PersonDiscipline> people = shown.stream().map(m -> person(m, date, rule))
                .sorted(Comparator.comparing(PersonDiscipline::defaulter).reversed()
                        .thenComparing(Comparator.comparingInt(PersonDiscipline::missedInARow).reversed())
                        .thenComparing(PersonDiscipline::department).thenComparing(PersonDiscipline::nameEn))
                .toList();
        return new DisciplineReport(date, rule.calendar().isWorkingDay(date), rule.minimumDisposals(), scope, department,
                scope == Scope.SELF ? List.of() : tally(roster, date, date, rule), people, mine(caller, date, rule));
    }

    /**
     * Per department over [from, to], for the weekly time-limit review pack: working days, employees
     * counted, person-days due, logged in and compliant, and the defaulters on the last working day of
     * the range. District-wide and for the system's own use (the pack is built on a schedule).
     */
    public List<DepartmentDiscipline> week(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("discipline.range.invalid");
        }
        DisciplineRule rule = rule();
        return tally(Roster.of(em, from, to, null, null).read(from, to, null), from, to, rule);
    }

    private List<DepartmentDiscipline> tally(Roster roster, LocalDate from, LocalDate to, DisciplineRule rule) {
        List<LocalDate> range = from.datesUntil(to.plusDays(1)).toList();
        List<LocalDate> days = range.stream().filter(rule.calendar()::isWorkingDay).toList();
        LocalDate last = days.isEmpty() ? null : days.get(days.size() - 1);
        List<DepartmentDiscipline> result = new ArrayList<>();
        for (Map.Entry<Department, List<Roster.Member>> e : roster.byDepartment().entrySet()) {
            int employees = 0;
            int due = 0;
            int loggedIn = 0;
            int compliant = 0;
            int defaulters = 0;
            for (Roster.Member m : e.getValue()) {
                Attendance a = m.attendance();
                if (range.stream().noneMatch(a::isEmployedOn)) {
                    continue;
                }
                employees++;
                for (LocalDate d : days) {
                    if (rule.isDue(a, d)) {
                        due++;
                        loggedIn += a.isLoggedInOn(d) ? 1 : 0;
                        compliant += rule.isMet(a, d) ? 1 : 0;
                    }
                }
                defaulters += last != null && rule.isDefaulter(a, last) ? 1 : 0;
            }
            if (employees > 0) {
                Department d = e.getKey();
                result.add(DepartmentDiscipline.of(d.getCode(), d.getName().getEn(), d.getName().getHi(), days.size(), employees,
                        due, loggedIn, compliant, defaulters));
            }
        }
        return result;
    }

    private static PersonDiscipline person(Roster.Member m, LocalDate day, DisciplineRule rule) {
        Attendance a = m.attendance();
        Post p = m.post();
        return new PersonDiscipline(m.login(), m.nameEn(), m.nameHi(), p.name(false), p.name(true), m.department().getCode(),
                rule.isDue(a, day), a.isLoggedInOn(day), a.disposalsOn(day), a.leaveOn(day).orElse(null), rule.isMet(a, day),
                rule.missedInARow(a, day));
    }

    /** The caller's own last {@link #MY_DAYS} working days in a post, up to {@code day}, newest first. */
    private List<DayOfMine> mine(User caller, LocalDate day, DisciplineRule rule) {
        LocalDate from = day.minusDays(DisciplineRule.LOOKBACK_DAYS);
        Roster roster = Roster.of(em, from, day, null, caller.getId()).read(from, day, null);
        List<DayOfMine> days = new ArrayList<>();
        for (Roster.Member m : roster.members()) {
            Attendance a = m.attendance();
            for (LocalDate d = day; d.isAfter(from) && days.size() < MY_DAYS; d = d.minusDays(1)) {
                if (rule.calendar().isWorkingDay(d) && a.isEmployedOn(d)) {
                    days.add(new DayOfMine(d, rule.isDue(a, d), a.isLoggedInOn(d), a.disposalsOn(d), a.leaveOn(d).orElse(null),
                            rule.isMet(a, d)));
                }
            }
        }
        return days;
    }

    static Scope scope(User user) {
        if (user.getRoles().contains(Role.COLLECTOR)) {
            return Scope.DISTRICT;
        }
        return user.getRoles().contains(Role.HOD) && !user.currentPosts().isEmpty() ? Scope.DEPARTMENT : Scope.SELF;
    }

    /** The department a head of department looks at: one of those of their posts (asked), else their primary post's. */
    private static String headedDepartment(User hod, String asked) {
        List<String> theirs = hod.currentPosts().stream().map(p -> p.getDepartment().getCode()).toList();
        if (asked == null) {
            return theirs.get(0);
        }
        if (!theirs.contains(asked)) {
            throw BusinessException.forbidden("error.notAllowed");
        }
        return asked;
    }
}
