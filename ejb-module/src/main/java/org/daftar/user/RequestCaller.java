package org.daftar.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller as looked up once in this request, with the posts they hold. A page asks who the
 * caller is from several beans, each call its own transaction; looking the user up by login each
 * time was a tenth of the inbox page. Kept for one request only, so a locked or deactivated user
 * is refused at the next one. The user is detached once the first transaction ends: for reading.
 */
@RequestScoped
public class RequestCaller {

    @Inject
    private UserRepository people;

    private String login;
    private Optional<User> user;

    /** The user with this login, looked up the first time it is asked for in this request. */
    public Optional<User> byLogin(String loginId) {
        String key = loginId == null ? null : loginId.strip().toLowerCase(Locale.ROOT);
        if (user == null || !Objects.equals(key, login)) {
            user = people.byLogin(key);
            user.ifPresent(User::currentPosts);
            login = key;
        }
        return user;
    }
}
