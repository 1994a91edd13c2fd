package org.daftar.user;

import java.util.Optional;

/** People by their login ID or id; the JPA implementation lives with the services. */
public interface UserRepository {

    Optional<User> byLogin(String loginId);

    Optional<User> byId(Long id);
}
