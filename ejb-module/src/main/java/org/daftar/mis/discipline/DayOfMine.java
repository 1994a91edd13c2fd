package org.daftar.mis.discipline;

import java.time.LocalDate;

/** One of the caller's own working days: due or not (leave), logged in, disposals, rule met. */
public record DayOfMine(LocalDate day, boolean due, boolean loggedIn, long disposals, LeaveKind leave, boolean compliant) {
}
