package org.daftar.mis.onboarding;

import org.daftar.org.Codes;
import org.daftar.org.Post;
import org.daftar.user.Role;
import org.daftar.user.UserRules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the rows of an import file before anything is saved: the shapes of codes and names are
 * those of the administrator's pages ({@link Codes}, {@link Post#CODE}, {@link UserRules}), the
 * department and section must exist, and the file must not contradict itself or the database.
 * Each problem is a bundle key, so the page says it in the reader's language.
 */
public final class RowCheck {

    /** What the database already holds, as far as the rows need it. */
    public interface Directory {
        boolean hasDepartment(String code);

        /** The section's id, or null when the department has no such section. */
        Long section(String departmentCode, String sectionCode);

        /** The post with this code, or null. */
        ExistingPost post(String code);

        /** The employee code of the person with this login ID, or null. */
        String employeeCodeOfLogin(String login);

        /** The login ID of the person with this employee code, or null. */
        String loginOfEmployeeCode(String employeeCode);
    }

    public record ExistingPost(Long id, Long sectionId) implements Serializable {
    }

    public record Problem(ImportColumn column, String key, List<Object> args) implements Serializable {
        static Problem of(ImportColumn column, String key, Object... args) {
            return new Problem(column, key, List.of(args));
        }
    }

    /** NEW: something will be created; PRESENT: all of it exists already (an earlier import); ERROR: fix and upload again. */
    public enum Status { NEW, PRESENT, ERROR }

    /** A row's values in the form they are stored. */
    public record Entry(String department, String section, Long sectionId, String post, String postEn, String postHi,
                        String reportsTo, String employeeCode, String login, String nameEn, String nameHi,
                        String email, String mobile, Set<Role> roles) implements Serializable {
        public boolean hasEmployee() { return employeeCode != null || login != null || nameEn != null || nameHi != null; }
    }

    public record Checked(ImportRow row, Entry entry, Status status, boolean newPost, boolean newUser,
                          List<Problem> problems) implements Serializable {
    }

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final int NAME_MAX = 100;
    private static final int DESIGNATION_MAX = 120;

    private final Directory directory;
    private final Set<String> postsInFile;
    private final Map<String, Long> newPostSections = new HashMap<>();
    private final Map<String, Integer> logins = new HashMap<>();
    private final Map<String, Integer> employeeCodes = new HashMap<>();

    private RowCheck(Directory directory, List<ImportRow> rows) {
        this.directory = directory;
        this.postsInFile = rows.stream().map(r -> Codes.normalise(r.get(ImportColumn.POST)))
                .filter(c -> c != null).collect(Collectors.toSet());
    }

    public static List<Checked> check(List<ImportRow> rows, Directory directory) {
        RowCheck check = new RowCheck(directory, rows);
        return rows.stream().map(check::row).toList();
    }

    private Checked row(ImportRow row) {
        List<Problem> problems = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            if (ImportFile.looksLikeFormula(row.get(c))) {
                problems.add(Problem.of(c, "import.cell.formula"));
            }
        }
        String dept = code(row, ImportColumn.DEPARTMENT, Codes.PATTERN, "code.invalid", problems);
        String sec = code(row, ImportColumn.SECTION, Codes.PATTERN, "code.invalid", problems);
        Long sectionId = null;
        if (dept != null && !directory.hasDepartment(dept)) {
            problems.add(Problem.of(ImportColumn.DEPARTMENT, "import.department.unknown", dept));
        } else if (dept != null && sec != null) {
            sectionId = directory.section(dept, sec);
            if (sectionId == null) {
                problems.add(Problem.of(ImportColumn.SECTION, "import.section.unknown", sec, dept));
            }
        }
        String postCode = code(row, ImportColumn.POST, Post.CODE, "code.invalid", problems);
        String postEn = text(row, ImportColumn.POST_EN, DESIGNATION_MAX, problems);
        String postHi = text(row, ImportColumn.POST_HI, DESIGNATION_MAX, problems);
        boolean newPost = postCode != null && post(row, postCode, sectionId, postEn, postHi, problems);
        String reportsTo = Codes.normalise(row.get(ImportColumn.REPORTS_TO));
        if (reportsTo != null && reportsTo.equals(postCode)) {
            problems.add(Problem.of(ImportColumn.REPORTS_TO, "post.reporting.cycle"));
        } else if (reportsTo != null && directory.post(reportsTo) == null && !postsInFile.contains(reportsTo)) {
            problems.add(Problem.of(ImportColumn.REPORTS_TO, "import.reportsTo.unknown", reportsTo));
        }

        String employeeCode = upper(row.get(ImportColumn.EMPLOYEE_CODE));
        String login = lower(row.get(ImportColumn.LOGIN));
        String nameEn = row.get(ImportColumn.NAME_EN);
        String nameHi = row.get(ImportColumn.NAME_HI);
        String email = lower(row.get(ImportColumn.EMAIL));
        String mobile = Codes.asciiDigits(row.get(ImportColumn.MOBILE));
        Set<Role> roles = roles(row.get(ImportColumn.ROLES), problems);
        Entry entry = new Entry(dept, sec, sectionId, postCode, postEn, postHi, reportsTo, employeeCode, login, nameEn,
                nameHi, email, mobile, roles);
        boolean newUser = entry.hasEmployee() && employee(row, entry, problems);

        Status status = !problems.isEmpty() ? Status.ERROR : newPost || newUser ? Status.NEW : Status.PRESENT;
        return new Checked(row, entry, status, newPost, newUser, List.copyOf(problems));
    }

    /** Checks the post of the row; true when the row is the first to bring a post that does not exist yet. */
    private boolean post(ImportRow row, String code, Long sectionId, String en, String hi, List<Problem> problems) {
        ExistingPost existing = directory.post(code);
        if (existing != null) {
            if (sectionId != null && !existing.sectionId().equals(sectionId)) {
                problems.add(Problem.of(ImportColumn.POST, "import.post.elsewhere", code));
            }
            return false;
        }
        if (newPostSections.containsKey(code)) {
            if (sectionId != null && !sectionId.equals(newPostSections.get(code))) {
                problems.add(Problem.of(ImportColumn.POST, "import.post.elsewhere", code));
            }
            return false;
        }
        if (en == null) {
            problems.add(Problem.of(ImportColumn.POST_EN, "name.en.required"));
        }
        if (hi == null) {
            problems.add(Problem.of(ImportColumn.POST_HI, "name.hi.required"));
        }
        if (sectionId != null && en != null && hi != null) {
            newPostSections.put(code, sectionId);
            return true;
        }
        return false;
    }

    /** Checks the person of the row; true when they are not in the database yet. */
    private boolean employee(ImportRow row, Entry e, List<Problem> problems) {
        int before = problems.size();
        shape(e.login(), ImportColumn.LOGIN, UserRules.LOGIN, "user.login.required", "user.login.invalid", problems);
        shape(e.employeeCode(), ImportColumn.EMPLOYEE_CODE, UserRules.EMPLOYEE_CODE, "user.employeeCode.required",
                "user.employeeCode.invalid", problems);
        shape(e.nameEn(), ImportColumn.NAME_EN, UserRules.NAME_EN, "name.en.required", "user.nameEn.invalid", problems);
        shape(e.nameHi(), ImportColumn.NAME_HI, UserRules.NAME_HI, "name.hi.required", "user.nameHi.invalid", problems);
        for (ImportColumn c : List.of(ImportColumn.NAME_EN, ImportColumn.NAME_HI)) {
            if (row.get(c) != null && row.get(c).length() > NAME_MAX) {
                problems.add(Problem.of(c, "import.cell.tooLong", NAME_MAX));
            }
        }
        if (e.email() != null && (!e.email().matches(EMAIL) || e.email().length() > 120)) {
            problems.add(Problem.of(ImportColumn.EMAIL, "user.email.invalid"));
        }
        if (e.mobile() != null && !e.mobile().matches(UserRules.MOBILE)) {
            problems.add(Problem.of(ImportColumn.MOBILE, "user.mobile.invalid"));
        }
        if (problems.size() > before) {
            return false;
        }
        Integer sameLogin = logins.putIfAbsent(e.login(), row.line());
        if (sameLogin != null) {
            problems.add(Problem.of(ImportColumn.LOGIN, "import.duplicate.login", e.login(), sameLogin));
        }
        Integer sameCode = employeeCodes.putIfAbsent(e.employeeCode(), row.line());
        if (sameCode != null) {
            problems.add(Problem.of(ImportColumn.EMPLOYEE_CODE, "import.duplicate.employeeCode", e.employeeCode(), sameCode));
        }
        String codeOfLogin = directory.employeeCodeOfLogin(e.login());
        String loginOfCode = directory.loginOfEmployeeCode(e.employeeCode());
        if (codeOfLogin != null && !codeOfLogin.equals(e.employeeCode())) {
            problems.add(Problem.of(ImportColumn.LOGIN, "user.login.taken", e.login()));
        }
        if (loginOfCode != null && !loginOfCode.equals(e.login())) {
            problems.add(Problem.of(ImportColumn.EMPLOYEE_CODE, "user.employeeCode.taken", e.employeeCode()));
        }
        return codeOfLogin == null;
    }

    private static String code(ImportRow row, ImportColumn column, String pattern, String invalid, List<Problem> problems) {
        String code = Codes.normalise(row.get(column));
        if (code == null) {
            problems.add(Problem.of(column, "import.cell.required"));
            return null;
        }
        if (!code.matches(pattern)) {
            problems.add(Problem.of(column, invalid));
            return null;
        }
        return code;
    }

    private static String text(ImportRow row, ImportColumn column, int max, List<Problem> problems) {
        String t = row.get(column);
        if (t != null && t.length() > max) {
            problems.add(Problem.of(column, "import.cell.tooLong", max));
        }
        return t;
    }

    private static void shape(String value, ImportColumn column, String pattern, String required, String invalid,
                              List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(column, required));
        } else if (!value.matches(pattern)) {
            problems.add(Problem.of(column, invalid));
        }
    }

    private static Set<Role> roles(String cell, List<Problem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (cell == null) {
            roles.add(Role.STAFF);
            return roles;
        }
        for (String name : cell.split("[;,| ]+")) {
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(ImportColumn.ROLES, "import.role.unknown", name));
            }
        }
        return roles;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
