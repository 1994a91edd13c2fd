package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.daftar.mis.discipline.DepartmentDiscipline;
import org.daftar.mis.discipline.DisciplineService;

import java.time.LocalDate;
import java.util.List;

/**
 * Each department's daily discipline over the seven days before the pack is built (Monday's pack:
 * the week just ended): working days, employees, the person-days the rule was due, how many of
 * them were logged in and compliant, the percentages, and the defaulters on the last working day.
 * One row per department — figures, not items.
 */
@Stateless
public class DisciplinePart implements PackPart {

    @Inject
    private DisciplineService discipline;

    @Override public int order() { return 80; }

    @Override public String key() { return "discipline"; }

    @Override public boolean listsItems() { return false; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.date("weekFrom"), PackColumn.date("weekTo"), PackColumn.number("workingDays"),
                PackColumn.count("employees"), PackColumn.count("personDaysDue"), PackColumn.count("personDaysLoggedIn"),
                PackColumn.count("personDaysCompliant"), PackColumn.number("percentLoggedIn"),
                PackColumn.number("percentCompliant"), PackColumn.count("defaulters"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        LocalDate to = scope.today().minusDays(1);
        LocalDate from = to.minusDays(6);
        return discipline.week(from, to).stream().map(d -> row(d, from, to)).toList();
    }

    private static PackRow row(DepartmentDiscipline d, LocalDate from, LocalDate to) {
        return PackRow.of(d.code(), from, to, d.workingDays(), d.employees(), d.personDaysDue(), d.personDaysLoggedIn(),
                d.personDaysCompliant(), d.percentLoggedIn(), d.percentCompliant(), d.defaulters());
    }
}
