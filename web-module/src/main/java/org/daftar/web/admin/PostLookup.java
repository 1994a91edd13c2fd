package org.daftar.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.org.OrgService;
import org.daftar.org.Post;
import org.daftar.web.i18n.Messages;

import java.util.List;

/** Finding a post by typing part of its code, designation or section (any form that addresses a post). */
@Named
@RequestScoped
public class PostLookup {

    @Inject
    private OrgService org;

    public List<Post> suggest(String text) {
        return org.posts(text, null, 0, 15);
    }

    public String label(Post p) {
        return p == null ? "" : p.getCode() + " — " + p.name(Messages.isHindi());
    }
}
