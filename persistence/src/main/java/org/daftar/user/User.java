package org.daftar.user;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import org.daftar.org.Post;
import org.daftar.org.Text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;

/** A person with a login: staff, officer, head of department, collector/ADM or administrator. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byLogin", query = "select u from User u where u.loginId = :login")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{user.login.required}")
    @Pattern(regexp = UserRules.LOGIN, message = "{user.login.invalid}")
    @Column(name = "login_id", nullable = false, unique = true, length = 40)
    private String loginId;

    @NotBlank(message = "{user.employeeCode.required}")
    @Pattern(regexp = UserRules.EMPLOYEE_CODE, message = "{user.employeeCode.invalid}")
    @Column(name = "employee_code", nullable = false, unique = true, length = 12)
    private String employeeCode;

    @NotBlank(message = "{name.en.required}")
    @Size(max = 100)
    @Pattern(regexp = UserRules.NAME_EN, message = "{user.nameEn.invalid}")
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @NotBlank(message = "{name.hi.required}")
    @Size(max = 100)
    @Pattern(regexp = UserRules.NAME_HI, message = "{user.nameHi.invalid}")
    @Column(name = "name_hi", nullable = false, length = 100)
    private String nameHi;

    @Size(max = 80)
    @Column(length = 80)
    private String designation;

    @Pattern(regexp = UserRules.MOBILE, message = "{user.mobile.invalid}")
    @Column(length = 10)
    private String mobile;

    @Email(message = "{user.email.invalid}")
    @Size(max = 120)
    @Column(length = 120)
    private String email;

    @Past(message = "{user.birth.past}")
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "date_of_retirement")
    private LocalDate dateOfRetirement;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage = Language.HI;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 12, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL)
    @OrderBy("fromDate DESC")
    private List<PostAssignment> assignments = new ArrayList<>();

    @Version
    private int version;

    protected User() {
    }

    public User(String loginId, String employeeCode, String nameEn, String nameHi) {
        this.loginId = loginId == null ? null : loginId.strip().toLowerCase(Locale.ROOT);
        this.employeeCode = employeeCode == null ? null : employeeCode.strip().toUpperCase(Locale.ROOT);
        rename(nameEn, nameHi);
    }

    // --- profile -------------------------------------------------------------------------------

    public void rename(String nameEn, String nameHi) {
        this.nameEn = Text.clean(nameEn);
        this.nameHi = Text.clean(nameHi);
    }

    public void describe(String designation, String mobile, String email, LocalDate dateOfBirth,
                         LocalDate dateOfRetirement) {
        if (dateOfBirth != null && dateOfRetirement != null && !dateOfRetirement.isAfter(dateOfBirth)) {
            throw new IllegalArgumentException("user.retirement.beforeBirth");
        }
        this.designation = Text.clean(designation);
        this.mobile = Text.clean(mobile);
        this.email = email == null ? null : Text.clean(email.toLowerCase(Locale.ROOT));
        this.dateOfBirth = dateOfBirth;
        this.dateOfRetirement = dateOfRetirement;
    }

    public void prefer(Language language) { this.preferredLanguage = Objects.requireNonNull(language); }

    public void grant(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setActive(boolean active) { this.active = active; }

    // --- posts ---------------------------------------------------------------------------------

    /**
     * Moves the person to another primary post from {@code day}. The old post keeps its pending
     * work (work is addressed to posts) and the old assignment stays in the history, ended the day before.
     */
    public void transferTo(Post post, LocalDate day) {
        primaryAssignment().ifPresent(a -> {
            if (a.getPost().equals(post)) {
                throw new IllegalArgumentException("user.transfer.samePost");
            }
            a.end(day.minusDays(1));
        });
        withdrawAdditionalCharge(post, day.minusDays(1));
        assignments.add(0, new PostAssignment(this, post, AssignmentKind.PRIMARY, day));
    }

    public void giveAdditionalCharge(Post post, LocalDate day) {
        boolean held = assignments.stream().anyMatch(a -> a.isCurrent() && a.getPost().equals(post));
        if (held) {
            throw new IllegalArgumentException("user.charge.alreadyHeld");
        }
        assignments.add(0, new PostAssignment(this, post, AssignmentKind.ADDITIONAL, day));
    }

    public void withdrawAdditionalCharge(Post post, LocalDate lastDay) {
        assignments.stream()
                .filter(a -> a.isCurrent() && a.getKind() == AssignmentKind.ADDITIONAL && a.getPost().equals(post))
                .forEach(a -> a.end(lastDay));
    }

    public Optional<PostAssignment> primaryAssignment() {
        return assignments.stream().filter(a -> a.isCurrent() && a.getKind() == AssignmentKind.PRIMARY).findFirst();
    }

    /** Posts held now, the primary post first. */
    public List<Post> currentPosts() {
        return assignments.stream().filter(PostAssignment::isCurrent)
                .sorted(Comparator.comparing(PostAssignment::getKind))
                .map(PostAssignment::getPost).toList();
    }

    public boolean holds(Post post) { return currentPosts().contains(post); }

    public List<PostAssignment> getAssignments() { return Collections.unmodifiableList(assignments); }

    // --- credentials and login throttling ------------------------------------------------------

    public void setPassword(String hash, boolean mustChange) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = mustChange;
    }

    public boolean isLocked(Instant now) { return lockedUntil != null && now.isBefore(lockedUntil); }

    /** Counts a wrong password; the {@code maxFailures}-th failure in a row locks the account for {@code lockFor}. */
    public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    // --- accessors -----------------------------------------------------------------------------

    public Long getId() { return id; }
    public String getLoginId() { return loginId; }
    public String getEmployeeCode() { return employeeCode; }
    public String getNameEn() { return nameEn; }
    public String getNameHi() { return nameHi; }
    public String getDesignation() { return designation; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public LocalDate getDateOfRetirement() { return dateOfRetirement; }
    public Language getPreferredLanguage() { return preferredLanguage; }
    public boolean isActive() { return active; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Set<Role> getRoles() { return Collections.unmodifiableSet(roles); }

    public String name(boolean hindi) { return hindi ? nameHi : nameEn; }
}
