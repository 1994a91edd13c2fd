package org.daftar.web.api;

/** What the API says when it refuses: a stable code, and the message in English and Hindi. */
public record ErrorJson(String code, String message, String messageHi) {
}
