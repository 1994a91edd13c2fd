package org.daftar.user;

/** One line of the administrator's list of people. */
public record UserRow(Long id, String loginId, String employeeCode, String nameEn, String nameHi,
                      String designation, boolean active, boolean locked) {
}
