package org.daftar.user;

/** The shapes of a person's identifiers, shared by the entity and the forms that fill it. */
public final class UserRules {
    public static final String LOGIN = "^[a-z][a-z0-9._-]{2,39}$";
    /** Employee codes of the state HRMS: two to four letters and four to eight digits, e.g. CG1047. */
    public static final String EMPLOYEE_CODE = "^[A-Z]{2,4}[0-9]{4,8}$";
    /** Indian mobile numbers: ten digits, starting 6–9. */
    public static final String MOBILE = "^[6-9][0-9]{9}$";
    public static final String NAME_EN = "^[\\p{IsLatin} .'-]+$";
    public static final String NAME_HI = "^[\\p{IsDevanagari}\\u200C\\u200D .]+$";

    private UserRules() {
    }
}
