package org.daftar.mis.onboarding;

import java.util.Locale;

/** The columns of an employees-and-posts import file, by their header (docs/import.md). */
public enum ImportColumn {
    DEPARTMENT, SECTION, POST, POST_EN, POST_HI, REPORTS_TO, EMPLOYEE_CODE, NAME_EN, NAME_HI, LOGIN, EMAIL, MOBILE, ROLES;

    /** The header as written in the file: lower case with underscores, e.g. {@code employee_code}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every row names the post it is about; the employee columns may be left empty for a vacant post. */
    public boolean isRequired() {
        return this == DEPARTMENT || this == SECTION || this == POST;
    }
}
