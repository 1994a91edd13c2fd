package org.daftar.efile;

import org.daftar.org.Post;
import org.daftar.user.User;

/** The person acting and the post (desk) they act for: work is done by posts, signed by people. */
public record Actor(User user, Post post) {

    public String login() { return user.getLoginId(); }
}
