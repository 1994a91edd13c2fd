package org.daftar.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.daftar.org.Post;
import org.daftar.user.AssignmentRow;
import org.daftar.user.Language;
import org.daftar.user.Role;
import org.daftar.user.UserForm;
import org.daftar.user.UserRow;
import org.daftar.user.UserService;
import org.daftar.web.faces.PagedRows;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * People: search and page through them, create or change one, transfer them, give or withdraw an
 * additional charge, reset a password, unlock. What was typed stays in the form when a rule says no.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    private transient UserService users;

    @Inject
    private transient Clock clock;

    private String search;
    private final PagedRows<UserRow> rows = new PagedRows<>(
            () -> users.count(search), (first, max) -> users.search(search, first, max), UserRow::id);

    @Valid
    private UserForm form = new UserForm();
    private Post primaryPost;
    private List<AssignmentRow> assignments = List.of();

    private Post movePost;
    private LocalDate moveFrom;
    private String newPassword;

    public void create() {
        form = new UserForm();
        primaryPost = null;
        assignments = List.of();
    }

    public void edit(Long id) {
        form = users.form(id);
        assignments = users.assignments(id);
        primaryPost = null;
        movePost = null;
        moveFrom = LocalDate.now(clock);
        newPassword = null;
    }

    public void save() {
        form.setPrimaryPostId(primaryPost == null ? null : primaryPost.getId());
        Long id = users.save(form);
        Messages.info(null, form.isNew() ? "admin.user.created" : "admin.saved");
        edit(id);
    }

    public void transfer() {
        users.transfer(form.getId(), requirePost(), requireDate());
        Messages.info(null, "admin.user.transferred");
        edit(form.getId());
    }

    public void giveCharge() {
        users.giveAdditionalCharge(form.getId(), requirePost(), requireDate());
        Messages.info(null, "admin.user.chargeGiven");
        edit(form.getId());
    }

    public void withdrawCharge(Long postId) {
        users.withdrawAdditionalCharge(form.getId(), postId);
        Messages.info(null, "admin.user.chargeWithdrawn");
        edit(form.getId());
    }

    public void resetPassword() {
        users.resetPassword(form.getId(), newPassword);
        Messages.info(null, "admin.user.passwordReset");
        edit(form.getId());
    }

    public void unlock() {
        users.unlock(form.getId());
        Messages.info(null, "admin.user.unlocked");
        edit(form.getId());
    }

    private Long requirePost() {
        if (movePost == null) {
            throw new org.daftar.platform.BusinessException("user.post.required");
        }
        return movePost.getId();
    }

    private LocalDate requireDate() {
        return moveFrom == null ? LocalDate.now(clock) : moveFrom;
    }

    public Role[] getAllRoles() { return Role.values(); }
    public Language[] getLanguages() { return Language.values(); }

    public PagedRows<UserRow> getRows() { return rows; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public UserForm getForm() { return form; }
    public Post getPrimaryPost() { return primaryPost; }
    public void setPrimaryPost(Post primaryPost) { this.primaryPost = primaryPost; }
    public List<AssignmentRow> getAssignments() { return assignments; }
    public Post getMovePost() { return movePost; }
    public void setMovePost(Post movePost) { this.movePost = movePost; }
    public LocalDate getMoveFrom() { return moveFrom; }
    public void setMoveFrom(LocalDate moveFrom) { this.moveFrom = moveFrom; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
