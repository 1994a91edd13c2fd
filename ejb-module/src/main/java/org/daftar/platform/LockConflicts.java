package org.daftar.platform;

import java.sql.SQLException;

/** Whether a failure was the database rolling back a transaction that lost a lock: nothing wrong with the request, try it again. */
public final class LockConflicts {

    private LockConflicts() {
    }

    /**
     * SQLSTATE class 40 (transaction rollback) anywhere in the cause chain: a deadlock victim, a
     * lock wait that timed out, or Derby's identity generator meeting another transaction on its
     * catalog row (40XL1, DERBY-7002).
     */
    public static boolean lost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
