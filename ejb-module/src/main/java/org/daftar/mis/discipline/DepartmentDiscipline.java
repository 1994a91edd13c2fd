package org.daftar.mis.discipline;

/**
 * One department's discipline over a range of days (one day on the page, a week in the time-limit
 * review pack): the working days in the range, the employees counted, the person-days the rule was
 * due (working days in a post, not on leave), how many of them the person logged in and how many
 * they met the rule, and the defaulters on the last working day of the range. Percentages are of
 * the person-days due, to one decimal; null when nothing was due (a holiday).
 */
public record DepartmentDiscipline(String code, String nameEn, String nameHi, int workingDays, int employees,
                                   int personDaysDue, int personDaysLoggedIn, int personDaysCompliant,
                                   Double percentLoggedIn, Double percentCompliant, int defaulters) {

    static DepartmentDiscipline of(String code, String nameEn, String nameHi, int workingDays, int employees,
                                   int due, int loggedIn, int compliant, int defaulters) {
        return new DepartmentDiscipline(code, nameEn, nameHi, workingDays, employees, due, loggedIn, compliant,
                percent(loggedIn, due), percent(compliant, due), defaulters);
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    public String name(boolean hindi) { return hindi ? nameHi : nameEn; }
}
