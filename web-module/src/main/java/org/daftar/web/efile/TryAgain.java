package org.daftar.web.efile;

import org.daftar.platform.BusinessException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Tries a move once more when the database gave up on a lock and saved nothing ({@code item.busy}:
 * a deadlock victim, Derby's identity generator meeting another transaction), as the user would be
 * asked to, and a page's read of an item whose opened mark raced another tab; a second refusal
 * reaches the user. Only for callers outside a transaction (a REST resource, a page's action or
 * load): each attempt is then a transaction of its own.
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

    /**
     * Reads an item for its page once more when marking it opened lost to a concurrent write: the holder
     * opening it in two tabs at once ({@code item.moved}: nothing moved, and the other tab's mark is
     * committed by the time this one is refused, the database having made it wait for that) or a lost lock
     * ({@code item.busy}). The second read finds the item opened and writes nothing.
     */
    public static void ifRaced(Runnable read) {
        try {
            read.run();
        } catch (BusinessException e) {
            if (!"item.moved".equals(e.key()) && !"item.busy".equals(e.key())) {
                throw e;
            }
            read.run();
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
