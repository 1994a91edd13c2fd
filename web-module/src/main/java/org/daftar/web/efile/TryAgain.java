package org.daftar.web.efile;

import org.daftar.platform.BusinessException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Tries a move once more when the database gave up on a lock and saved nothing ({@code item.busy}:
 * a deadlock victim, Derby's identity generator meeting another transaction), as the user would be
 * asked to; a second refusal reaches the user. Only for callers outside a transaction (a REST
 * resource, a page's action): each attempt is then a transaction of its own.
 */
public final class TryAgain {

    private TryAgain() {
    }

    public static <T> T ifBusy(Supplier<T> move) {
        try {
            return move.get();
        } catch (BusinessException e) {
            if (!"item.busy".equals(e.key())) {
                throw e;
            }
            pause();
            return move.get();
        }
    }

    /** A few milliseconds, not the same for two requests that met: the other one is done by then. */
    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(10, 60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
