package org.daftar.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.daftar.org.BilingualName;
import org.daftar.org.OrgService;
import org.daftar.platform.Settings;
import org.daftar.user.Language;
import org.daftar.user.Me;
import org.daftar.user.UserService;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who is at the keyboard in this browser session: their language, the posts they hold and the
 * post they are working as now (for additional charge). Small on purpose; lists are not kept here.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    public static final Locale HINDI = Language.HI.locale();
    public static final String LANGUAGE_COOKIE = "daftar-lang";
    public static final String MUST_CHANGE_PASSWORD = "daftar.mustChangePassword";

    @Inject
    private transient UserService users;

    @Inject
    private transient OrgService org;

    private Locale locale;
    private Me me;
    private Long currentPostId;
    private BilingualName districtName;

    /** Called by the login page once the container has accepted the password. */
    public void loggedIn(HttpServletRequest request) {
        me = users.me();
        locale = me.preferredLanguage().locale();
        currentPostId = me.posts().isEmpty() ? null : me.posts().get(0).id();
        districtName = org.district().getName();
        request.getSession().setMaxInactiveInterval(Settings.sessionMinutes() * 60);
        if (me.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
    }

    public void passwordChanged(HttpServletRequest request) {
        request.getSession().removeAttribute(MUST_CHANGE_PASSWORD);
        me = users.me();
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public boolean isHindi() {
        return "hi".equals(getLocale().getLanguage());
    }

    /** Switches the whole interface; remembered for the person (and for this browser, for the login page). */
    public void switchTo(String code) throws IOException {
        Language language = "en".equalsIgnoreCase(code) ? Language.EN : Language.HI;
        locale = language.locale();
        if (me != null) {
            users.preferLanguage(language);
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, language.name().toLowerCase(Locale.ROOT));
        cookie.setPath(ext.getRequestContextPath().isEmpty() ? "/" : ext.getRequestContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) ext.getResponse()).addCookie(cookie);
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String query = request.getQueryString();
        ext.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    private Locale fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(LANGUAGE_COOKIE);
            if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
                return Language.EN.locale();
            }
        }
        return HINDI;
    }

    public boolean isLoggedIn() { return me != null; }

    public Me getMe() { return me; }

    public String getName() { return me == null ? "" : isHindi() ? me.nameHi() : me.nameEn(); }

    public String getDistrictName() { return districtName == null ? "" : districtName.in(isHindi()); }

    public List<Me.PostRef> getPosts() { return me == null ? List.of() : me.posts(); }

    public Me.PostRef getCurrentPost() {
        return getPosts().stream().filter(p -> p.id().equals(currentPostId)).findFirst().orElse(null);
    }

    public String postName(Me.PostRef p) { return p == null ? "" : isHindi() ? p.nameHi() : p.name(); }

    public Long getCurrentPostId() { return currentPostId; }

    /** Only a post the person actually holds can be chosen, whatever the request says. */
    public void setCurrentPostId(Long id) {
        if (getPosts().stream().anyMatch(p -> p.id().equals(id))) {
            currentPostId = id;
        }
    }

    public boolean isMustChangePassword() { return me != null && me.mustChangePassword(); }

    public boolean hasRole(String role) { return me != null && me.roles().contains(role); }

    public boolean hasAnyRole(String roles) {
        return me != null && Arrays.stream(roles.split(",")).map(String::strip).anyMatch(me.roles()::contains);
    }

    public Map<String, String> getLanguages() { return Map.of("hi", "हिन्दी", "en", "English"); }
}
