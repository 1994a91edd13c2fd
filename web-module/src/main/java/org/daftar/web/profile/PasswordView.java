package org.daftar.web.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.daftar.user.UserService;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.IOException;

/** Change one's own password (forced after the administrator set it). */
@Named
@RequestScoped
public class PasswordView {

    private String current;
    private String next;
    private String repeat;

    @Inject
    private UserService users;

    @Inject
    private CurrentUser currentUser;

    public void change() throws IOException {
        if (!next.equals(repeat)) {
            Messages.error("password:repeat", "password.mismatch");
            return;
        }
        users.changeOwnPassword(current, next);
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        currentUser.passwordChanged((HttpServletRequest) ext.getRequest());
        ext.getFlash().setKeepMessages(true);
        Messages.info(null, "password.changed");
        ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
