package org.daftar.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the office was broken by the user's request ("this login ID is taken"). It carries a
 * message key of the resource bundles, so the page can say it in the user's language; the
 * transaction is rolled back and nothing half-done is kept.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public BusinessException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() { return key; }

    public Object[] args() { return args == null ? new Object[0] : args.clone(); }
}
