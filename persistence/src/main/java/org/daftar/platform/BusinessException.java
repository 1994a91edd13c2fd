package org.daftar.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the office was broken by the user's request ("this login ID is taken", "the file has
 * moved meanwhile"). It carries a message key of the resource bundles, so the page or the API can
 * say it in the user's language, and a {@link Kind} that tells the API which status to answer;
 * the transaction is rolled back and nothing half-done is kept.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** Why the request was refused: bad input (400), not found (404), not allowed (403), or overtaken (409). */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final String key;
    private final Kind kind;
    private final transient Object[] args;

    public BusinessException(String key, Object... args) {
        this(Kind.INVALID, key, args);
    }

    public BusinessException(Kind kind, String key, Object... args) {
        super(key);
        this.kind = kind;
        this.key = key;
        this.args = args;
    }

    public static BusinessException notFound(String key, Object... args) { return new BusinessException(Kind.NOT_FOUND, key, args); }

    public static BusinessException forbidden(String key, Object... args) { return new BusinessException(Kind.FORBIDDEN, key, args); }

    public static BusinessException conflict(String key, Object... args) { return new BusinessException(Kind.CONFLICT, key, args); }

    public String key() { return key; }

    public Kind kind() { return key.endsWith("notFound") && kind == Kind.INVALID ? Kind.NOT_FOUND : kind; }

    public Object[] args() { return args == null ? new Object[0] : args.clone(); }
}
