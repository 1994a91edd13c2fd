package org.daftar.web.efile;

import org.daftar.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TryAgainTest {

    @Test
    void aMoveThatLostALockIsTriedOnceMore() {
        AtomicInteger attempts = new AtomicInteger();
        String moved = TryAgain.ifBusy(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw BusinessException.conflict("item.busy", "LR/1/2026");
            }
            return "sent";
        });
        assertThat(moved).isEqualTo("sent");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aSecondLostLockReachesTheUser() {
        assertThat(attemptsWhenAlwaysRefused("item.busy")).isEqualTo(2);
    }

    @Test
    void aFileThatMovedOnIsNotTriedAgain() {
        assertThat(attemptsWhenAlwaysRefused("item.moved")).isEqualTo(1);
    }

    @Test
    void aPageReadWhoseOpenedMarkLostTheRaceIsMadeOnceMore() {
        AtomicInteger reads = new AtomicInteger();
        TryAgain.ifRaced(() -> {
            if (reads.incrementAndGet() == 1) {
                throw BusinessException.conflict("item.moved", "LR/1/2026");
            }
        });
        assertThat(reads).hasValue(2);
    }

    @Test
    void aPageReadRefusedForItsViewerIsNotMadeAgain() {
        assertThat(readsWhenAlwaysRefused(BusinessException.forbidden("item.forbidden"))).isEqualTo(1);
    }

    @Test
    void aPageReadThatRacesTwiceReachesTheUser() {
        assertThat(readsWhenAlwaysRefused(BusinessException.conflict("item.moved", "LR/1/2026"))).isEqualTo(2);
    }

    /** How often a page's read refused every time with {@code refusal} is made; the refusal reaches the caller. */
    private static int readsWhenAlwaysRefused(BusinessException refusal) {
        AtomicInteger reads = new AtomicInteger();
        assertThatThrownBy(() -> TryAgain.ifRaced(() -> {
            reads.incrementAndGet();
            throw refusal;
        })).isSameAs(refusal);
        return reads.get();
    }

    /** How often a move refused every time with {@code key} is tried; the refusal reaches the caller. */
    private static int attemptsWhenAlwaysRefused(String key) {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TryAgain.ifBusy(() -> {
            attempts.incrementAndGet();
            throw BusinessException.conflict(key, "LR/1/2026");
        })).isInstanceOf(BusinessException.class).hasMessage(key);
        return attempts.get();
    }
}
