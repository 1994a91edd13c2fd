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
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TryAgain.ifBusy(() -> {
            attempts.incrementAndGet();
            throw BusinessException.conflict("item.busy", "LR/1/2026");
        })).isInstanceOf(BusinessException.class).hasMessage("item.busy");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aFileThatMovedOnIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TryAgain.ifBusy(() -> {
            attempts.incrementAndGet();
            throw BusinessException.conflict("item.moved", "LR/1/2026");
        })).hasMessage("item.moved");
        assertThat(attempts).hasValue(1);
    }
}
