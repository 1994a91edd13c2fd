package org.daftar.notice;

import java.time.Instant;

/** A notification as its reader sees it: the text in their language, where it leads (relative to the application), whether read. */
public record NoticeRow(Long id, String key, String text, String link, Instant createdAt, boolean read) implements java.io.Serializable {
}
