package org.daftar.notice;

/** Fired when a notification for {@code login} is written; observed after commit to ring that person's bell at once. */
public record NoticeCreated(String login) {
}
