package org.daftar.user;

import java.util.List;

/** Who is logged in, with the posts they hold now (primary first): the top bar and GET /api/v1/me. */
public record Me(String login, String nameEn, String nameHi, List<String> roles, List<PostRef> posts,
                 Language preferredLanguage, boolean mustChangePassword) {

    public record PostRef(Long id, String code, String name, String nameHi, String department, String section) {
    }
}
