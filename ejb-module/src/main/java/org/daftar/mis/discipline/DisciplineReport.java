package org.daftar.mis.discipline;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily discipline of one day as the caller may see it: the district (collector/ADM), a
 * department (head of department) or only themselves. {@code people} are, for the district, its
 * defaulters, or everyone in the department asked for; for a department, everyone in it; for the
 * rest, the caller alone. {@code mine} is the caller's own last working days up to the day.
 */
public record DisciplineReport(LocalDate date, boolean workingDay, int minimumDisposals, Scope scope, String department,
                               List<DepartmentDiscipline> departments, List<PersonDiscipline> people, List<DayOfMine> mine) {

    public enum Scope { DISTRICT, DEPARTMENT, SELF }
}
