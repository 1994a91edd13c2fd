package org.daftar.web.api;

/**
 * What the API says when it refuses: a stable code (the message key), the message in the caller's
 * language (Accept-Language, English by default) and, always, the Hindi text.
 */
public record ErrorJson(String code, String message, String messageHi) {
}
