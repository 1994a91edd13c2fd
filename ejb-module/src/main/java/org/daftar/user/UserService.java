package org.daftar.user;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.daftar.audit.AuditLog;
import org.daftar.org.Post;
import org.daftar.org.Text;
import org.daftar.platform.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** People: the administrator creates, changes, transfers and unlocks them; everyone manages their own profile. */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class UserService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog audit;

    @Inject
    private UserRepository people;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext ctx;

    // --- administrator -------------------------------------------------------------------------

    public List<UserRow> search(String text, int first, int max) {
        return userQuery("select u", " order by u.nameEn", text, User.class)
                .setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(u -> new UserRow(u.getId(), u.getLoginId(), u.getEmployeeCode(), u.getNameEn(), u.getNameHi(),
                        u.getDesignation(), u.isActive(), u.isLocked(clock.instant())))
                .toList();
    }

    public long count(String text) {
        return userQuery("select count(u)", "", text, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> userQuery(String select, String order, String text, Class<T> type) {
        String like = text == null || text.isBlank() ? null : "%" + Text.clean(text).toLowerCase(Locale.ROOT) + "%";
        TypedQuery<T> q = em.createQuery(select + " from User u" + (like == null ? "" : " where u.loginId like :t"
                + " or lower(u.nameEn) like :t or u.nameHi like :t or lower(u.employeeCode) like :t") + order, type);
        return like == null ? q : q.setParameter("t", like);
    }

    public UserForm form(Long id) {
        return UserForm.of(require(id));
    }

    public List<AssignmentRow> assignments(Long userId) {
        return require(userId).getAssignments().stream().map(AssignmentRow::of).toList();
    }

    public Long save(@NotNull @Valid UserForm f) {
        String login = f.getLoginId().strip().toLowerCase(Locale.ROOT);
        String code = f.getEmployeeCode().strip().toUpperCase(Locale.ROOT);
        Long self = f.getId() == null ? -1L : f.getId();
        if (exists("select count(u) from User u where u.loginId = :v and u.id <> :id", login, self)) {
            throw new BusinessException("user.login.taken", login);
        }
        if (exists("select count(u) from User u where u.employeeCode = :v and u.id <> :id", code, self)) {
            throw new BusinessException("user.employeeCode.taken", code);
        }
        User u;
        if (f.isNew()) {
            String problem = Passwords.problemWith(login, f.getInitialPassword());
            if (problem != null) {
                throw new BusinessException(problem);
            }
            if (f.getPrimaryPostId() == null) {
                throw new BusinessException("user.post.required");
            }
            u = new User(login, code, f.getNameEn(), f.getNameHi());
            u.setPassword(passwords.hash(f.getInitialPassword().toCharArray()), true);
            u.transferTo(post(f.getPrimaryPostId()), today());
        } else {
            u = require(f.getId());
            if (!u.getLoginId().equals(login)) {
                throw new BusinessException("user.login.fixed");
            }
            u.rename(f.getNameEn(), f.getNameHi());
        }
        try {
            u.describe(f.getDesignation(), f.getMobile(), f.getEmail(), f.getDateOfBirth(), f.getDateOfRetirement());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        u.prefer(f.getPreferredLanguage());
        u.grant(f.getRoles());
        u.setActive(f.isActive());
        if (f.isNew()) {
            em.persist(u);
        }
        em.flush();
        audit.record(actor(), f.isNew() ? "USER_CREATED" : "USER_CHANGED", "user:" + login,
                "roles " + u.getRoles() + (u.isActive() ? "" : ", inactive"), null);
        return u.getId();
    }

    /** Moves a person to another post. The old post keeps its files; the history keeps who held it. */
    public void transfer(@NotNull Long userId, @NotNull Long postId, @NotNull LocalDate from) {
        User u = require(userId);
        Post p = post(postId);
        guard(() -> u.transferTo(p, from));
        audit.record(actor(), "USER_TRANSFERRED", "user:" + u.getLoginId(), "to post " + p.getCode() + " from " + from, null);
    }

    public void giveAdditionalCharge(@NotNull Long userId, @NotNull Long postId, @NotNull LocalDate from) {
        User u = require(userId);
        Post p = post(postId);
        guard(() -> u.giveAdditionalCharge(p, from));
        audit.record(actor(), "CHARGE_GIVEN", "user:" + u.getLoginId(), "additional charge of " + p.getCode(), null);
    }

    public void withdrawAdditionalCharge(@NotNull Long userId, @NotNull Long postId) {
        User u = require(userId);
        Post p = post(postId);
        u.withdrawAdditionalCharge(p, today());
        audit.record(actor(), "CHARGE_WITHDRAWN", "user:" + u.getLoginId(), "additional charge of " + p.getCode(), null);
    }

    /** Sets a password the person must change at their next login. */
    public void resetPassword(@NotNull Long userId, String newPassword) {
        User u = require(userId);
        String problem = Passwords.problemWith(u.getLoginId(), newPassword);
        if (problem != null) {
            throw new BusinessException(problem);
        }
        u.setPassword(passwords.hash(newPassword.toCharArray()), true);
        u.unlock();
        audit.record(actor(), "PASSWORD_RESET", "user:" + u.getLoginId(), null, null);
    }

    public void unlock(@NotNull Long userId) {
        User u = require(userId);
        u.unlock();
        audit.record(actor(), "USER_UNLOCKED", "user:" + u.getLoginId(), null, null);
    }

    // --- everyone, about themselves ----------------------------------------------------------

    @PermitAll
    public Me me() {
        User u = self();
        List<Me.PostRef> posts = u.currentPosts().stream().map(p -> new Me.PostRef(p.getId(), p.getCode(),
                p.name(false), p.name(true), p.getDepartment().getCode(), p.getSection().getCode())).toList();
        return new Me(u.getLoginId(), u.getNameEn(), u.getNameHi(),
                u.getRoles().stream().map(Enum::name).sorted().toList(), posts, u.getPreferredLanguage(),
                u.isMustChangePassword());
    }

    @PermitAll
    public void preferLanguage(@NotNull Language language) {
        self().prefer(language);
    }

    @PermitAll
    public void changeOwnPassword(String current, String newPassword) {
        User u = self();
        if (current == null || !passwords.verify(current.toCharArray(), u.getPasswordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        String problem = Passwords.problemWith(u.getLoginId(), newPassword);
        if (problem != null) {
            throw new BusinessException(problem);
        }
        if (newPassword.equals(current)) {
            throw new BusinessException("password.same");
        }
        u.setPassword(passwords.hash(newPassword.toCharArray()), false);
        audit.record(u.getLoginId(), "PASSWORD_CHANGED", "user:" + u.getLoginId(), null, null);
    }

    // -------------------------------------------------------------------------------------------

    private User self() {
        return people.byLogin(ctx.getCallerPrincipal().getName()).orElseThrow(() -> new BusinessException("user.notFound"));
    }

    private User require(Long id) {
        return people.byId(id).orElseThrow(() -> new BusinessException("user.notFound"));
    }

    private Post post(Long id) {
        Post p = id == null ? null : em.find(Post.class, id);
        if (p == null || !p.isActive()) {
            throw new BusinessException("org.post.notFound");
        }
        return p;
    }

    private boolean exists(String jpql, String value, Long self) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).setParameter("id", self).getSingleResult() > 0;
    }

    private static void guard(Runnable domainAction) {
        try {
            domainAction.run();
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String actor() {
        return ctx.getCallerPrincipal().getName();
    }
}
