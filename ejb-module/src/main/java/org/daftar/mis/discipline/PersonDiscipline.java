package org.daftar.mis.discipline;

/**
 * One employee on one day: whether the rule was due (a working day in a post, not on leave), logged
 * in, disposals, leave, whether the rule was met, and for a defaulter the working days missed in a row.
 */
public record PersonDiscipline(String login, String nameEn, String nameHi, String postEn, String postHi,
                               String department, boolean due, boolean loggedIn, long disposals, LeaveKind leave,
                               boolean compliant, int missedInARow) {

    public boolean defaulter() { return due && !compliant; }

    public String name(boolean hindi) { return hindi ? nameHi : nameEn; }

    public String post(boolean hindi) { return hindi ? postHi : postEn; }
}
