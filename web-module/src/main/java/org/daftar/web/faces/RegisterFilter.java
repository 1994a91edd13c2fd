package org.daftar.web.faces;

/** What a register's list shows: the pending entries, only the overdue ones, the disposed ones, or all. */
public enum RegisterFilter {
    PENDING, OVERDUE, DISPOSED, ALL
}
