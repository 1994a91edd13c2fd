package org.daftar.web.api;

import org.daftar.platform.BusinessException;
import org.daftar.user.UserService;

/**
 * The {@code post} query parameter: which of the caller's own posts (additional charge) they act
 * for, by id or by code. Absent: their primary post. A post they do not hold is refused by the services.
 */
final class ApiPosts {

    private ApiPosts() {
    }

    static Long id(UserService users, String post) {
        if (post == null || post.isBlank()) {
            return null;
        }
        String p = post.strip();
        if (p.chars().allMatch(Character::isDigit)) {
            try {
                return Long.valueOf(p);
            } catch (NumberFormatException e) {
                throw new BusinessException("api.post.invalid", p);
            }
        }
        return users.me().posts().stream().filter(ref -> ref.code().equalsIgnoreCase(p)).findFirst()
                .map(ref -> ref.id())
                .orElseThrow(() -> BusinessException.forbidden("error.notAllowed"));
    }
}
