package org.daftar.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.daftar.user.Me;
import org.daftar.user.UserService;

import java.util.List;

@Path("/v1/me")
public class MeResource {

    @Inject
    private UserService users;

    public record PostJson(String code, String name, String nameHi, String department, String section) {
    }

    public record MeJson(String login, String nameEn, String nameHi, List<String> roles, List<PostJson> posts) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public MeJson me() {
        Me me = users.me();
        return new MeJson(me.login(), me.nameEn(), me.nameHi(), me.roles(), me.posts().stream()
                .map(p -> new PostJson(p.code(), p.name(), p.nameHi(), p.department(), p.section())).toList());
    }
}
