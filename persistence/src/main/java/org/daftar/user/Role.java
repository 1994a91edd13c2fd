package org.daftar.user;

/** What a person may do. The names are the container's role names (web.xml, @RolesAllowed). */
public enum Role {
    STAFF, OFFICER, HOD, COLLECTOR, ADMIN;

    public static final String STAFF_ROLE = "STAFF";
    public static final String OFFICER_ROLE = "OFFICER";
    public static final String HOD_ROLE = "HOD";
    public static final String COLLECTOR_ROLE = "COLLECTOR";
    public static final String ADMIN_ROLE = "ADMIN";
}
