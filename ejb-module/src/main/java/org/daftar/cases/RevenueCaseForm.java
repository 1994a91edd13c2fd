package org.daftar.cases;

import java.time.LocalDate;

/**
 * A case brought before a revenue court: the court, its post (by code, e.g. {@code REV-THL-TEH}),
 * the type, what it is about, the parties and the filing date (null: today).
 */
public record RevenueCaseForm(RevenueCourt court, String courtPost, RevenueCaseType type, String subject,
                              String applicant, String respondent, LocalDate filedOn) {
}
