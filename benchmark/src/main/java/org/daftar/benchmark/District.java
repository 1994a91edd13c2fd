package org.daftar.benchmark;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The organisation of the generated district, written to the database and kept in memory for the
 * items: 40 departments, 300 sections, 3,500 posts (a head per department, an officer per section,
 * the rest assistants), 3,000 users (the 500 vacant assistant posts are held as additional charge
 * by their section officer), roles, post assignments, subject heads and the calendar.
 */
final class District {
    static final int DEPARTMENTS = 40;
    static final int SECTIONS = 300;
    static final int POSTS = 3_500;
    static final int USERS = 3_000;
    static final int HEADS_PER_SECTION = Texts.HEADS.length;
    /** Every generated user's password (as in the demo district). */
    static final String PASSWORD = "Daftar@2026";

    /** A post, the user who acts on it (its holder or the officer holding its charge) and that user's login. */
    record Post(long id, String code, int section, long userId, String login) {
    }

    record Section(long id, int department, String code, int firstPost, int posts) {
    }

    final List<Section> sections = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();
    /** Post indexes of each department's head; index 0 is the collector. */
    final int[] hodPost = new int[DEPARTMENTS];

    /** Writes the organisation; all ids start at 1, in the order generated. */
    void write(Connection c, WorkDays days, LocalDate today) throws SQLException {
        String password = passwordHash();
        try (Batch district = new Batch(c, "district", "id", "code", "name_en", "name_hi", "state_name");
             Batch dept = new Batch(c, "department", "id", "district_id", "code", "name_en", "name_hi", "active", "version");
             Batch sec = new Batch(c, "org_section", "id", "department_id", "code", "name_en", "name_hi", "active", "version");
             Batch post = new Batch(c, "post", "id", "section_id", "code", "designation_en", "designation_hi", "reports_to_id", "active", "version");
             Batch user = new Batch(c, "app_user", "id", "login_id", "employee_code", "name_en", "name_hi", "designation",
                     "preferred_language", "active", "password_hash", "must_change_password", "failed_attempts", "version");
             Batch roles = new Batch(c, "user_role", "user_id", "role_name");
             Batch assign = new Batch(c, "post_assignment", "id", "user_id", "post_id", "kind", "from_date");
             Batch head = new Batch(c, "subject_head", "id", "section_id", "code", "name_en", "name_hi", "active", "version")) {
            district.row(1L, "BSP", "Bilaspur", "बिलासपुर", "Chhattisgarh");
            for (int d = 0; d < DEPARTMENTS; d++) {
                String[] n = Texts.DEPARTMENTS[d];
                dept.row((long) d + 1, 1L, n[0], n[1], n[2], true, 1);
            }
            int vacantLeft = POSTS - USERS;
            long userId = 0;
            for (int s = 0; s < SECTIONS; s++) {
                int d = s * DEPARTMENTS / SECTIONS;
                boolean firstOfDept = s == 0 || (s - 1) * DEPARTMENTS / SECTIONS != d;
                String[] n = Texts.SECTIONS[s % Texts.SECTIONS.length];
                String code = Texts.DEPARTMENTS[d][0] + (s % 100);
                int size = (s + 1) * POSTS / SECTIONS - s * POSTS / SECTIONS;
                Section section = new Section(s + 1, d, code, posts.size(), size);
                sections.add(section);
                sec.row(section.id(), (long) d + 1, code, n[0] + " " + (s + 1), n[1] + " " + (s + 1), true, 1);
                for (int h = 0; h < HEADS_PER_SECTION; h++) {
                    head.row(headId(s, h), section.id(), headCode(s, h), Texts.HEADS[h][0], Texts.HEADS[h][1], true, 1);
                }
                for (int i = 0; i < size; i++) {
                    int index = posts.size();
                    long id = index + 1;
                    String role;
                    String login;
                    String[] designation;
                    Long reportsTo;
                    if (i == 0 && firstOfDept) {
                        hodPost[d] = index;
                        role = d == 0 ? "COLLECTOR" : "HOD";
                        login = d == 0 ? "collector" : "hod." + Texts.DEPARTMENTS[d][0].toLowerCase();
                        designation = d == 0 ? new String[]{"Collector", "कलेक्टर"} : new String[]{"Head of Department", "विभाग प्रमुख"};
                        reportsTo = d == 0 ? null : (long) hodPost[0] + 1;
                    } else if (i == (firstOfDept ? 1 : 0)) {
                        role = "OFFICER";
                        login = "so." + code.toLowerCase();
                        designation = new String[]{"Section Officer", "अनुभाग अधिकारी"};
                        reportsTo = (long) hodPost[d] + 1;
                    } else {
                        role = "STAFF";
                        login = firstOfDept && Texts.DEPARTMENTS[d][0].equals("NIC") && i == 2 ? "admin" : String.format("u%04d", id);
                        designation = new String[]{"Assistant Grade-2", "सहायक ग्रेड-2"};
                        reportsTo = (long) section.firstPost() + (firstOfDept ? 2 : 1);
                    }
                    String postCode = code + "-" + (role.equals("STAFF") ? "A" + i : role.equals("OFFICER") ? "SO" : "HOD");
                    post.row(id, section.id(), postCode, designation[0], designation[1], reportsTo, true, 1);
                    boolean vacant = role.equals("STAFF") && vacantLeft > 0 && i % 6 == 3;
                    if (vacant) {
                        vacantLeft--;
                        Post officer = posts.get(reportsTo.intValue() - 1);
                        assign.row(id + POSTS, officer.userId(), id, "ADDITIONAL", today.minusYears(4));
                        posts.add(new Post(id, postCode, s, officer.userId(), officer.login()));
                        continue;
                    }
                    userId++;
                    String[] name = Texts.person((int) userId);
                    user.row(userId, login, String.format("CG%05d", userId), name[0], name[1], designation[0],
                            userId % 3 == 0 ? "EN" : "HI", true, password, false, 0, 1);
                    roles.row(userId, role);
                    if (role.equals("COLLECTOR")) {
                        roles.row(userId, "OFFICER");
                    }
                    if (login.equals("admin")) {
                        roles.row(userId, "ADMIN");
                    }
                    assign.row(id, userId, id, "PRIMARY", today.minusYears(4));
                    posts.add(new Post(id, postCode, s, userId, login));
                }
            }
            if (userId != USERS) {
                throw new IllegalStateException(userId + " users, not " + USERS);
            }
            for (Batch b : List.of(district, dept, sec, post, user, roles, assign, head)) {
                b.flush();
            }
        }
        writeCalendar(c, days, today);
        c.commit();
    }

    static long headId(int section, int head) { return (long) section * HEADS_PER_SECTION + head + 1; }

    static String headCode(int section, int head) { return (section % 50 + 1) + "-" + (head + 1); }

    /** The section officer's post index of a section. */
    int officer(int section) {
        Section s = sections.get(section);
        return s.firstPost() + (hodPost[s.department()] == s.firstPost() ? 1 : 0);
    }

    private static void writeCalendar(Connection c, WorkDays days, LocalDate today) throws SQLException {
        try (Batch rule = new Batch(c, "weekly_off_rule", "rule_year", "sundays_off", "saturdays_off");
             Batch holiday = new Batch(c, "holiday", "id", "holiday_date", "name_en", "name_hi", "kind")) {
            for (int y = today.getYear() - 4; y <= today.getYear() + 1; y++) {
                rule.row(y, true, "2,4");
            }
            long id = 0;
            for (WorkDays.Holiday h : days.holidays()) {
                holiday.row(++id, h.date(), h.nameEn(), h.nameHi(), "GAZETTED");
            }
        }
    }

    /** One PBKDF2 hash of the shared password in the format of the app's Pbkdf2PasswordHash (600,000 iterations). */
    static String passwordHash() {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 600_000;
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, iterations, 32 * 8)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
