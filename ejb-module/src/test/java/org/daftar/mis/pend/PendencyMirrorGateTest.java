package org.daftar.mis.pend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gate the dashboard's copy of the counters is read behind: the read waits for the counter
 * changes open, holds new ones back meanwhile, and never waits unboundedly.
 */
class PendencyMirrorGateTest {

    private final PendencyMirror.Gate gate = new PendencyMirror.Gate();

    @Test
    void theReadWaitsForTheChangesOpenAndHoldsNewOnesBack() throws Exception {
        gate.enter();
        CompletableFuture<Boolean> read = CompletableFuture.supplyAsync(() -> gate.close(Duration.ofSeconds(10)));
        Thread.sleep(200);
        assertThat(read).as("a change is open").isNotDone();

        CompletableFuture<Void> next = CompletableFuture.runAsync(gate::enter);
        gate.leave();
        assertThat(read.get(5, TimeUnit.SECONDS)).as("closed, none open").isTrue();
        Thread.sleep(200);
        assertThat(next).as("the next change waits while the copy is read").isNotDone();

        gate.open();
        next.get(5, TimeUnit.SECONDS);
        gate.leave();
    }

    @Test
    void aChangeThatDoesNotEndInTimeOpensTheGateAgainForTheOthers() throws Exception {
        gate.enter(); // say it waits for a row held by the change below, which waits at the gate
        long start = System.nanoTime();
        CompletableFuture<Boolean> read = CompletableFuture.supplyAsync(() -> gate.close(Duration.ofMillis(300)));
        Thread.sleep(100);
        CompletableFuture<Void> other = CompletableFuture.runAsync(gate::enter);

        assertThat(read.get(5, TimeUnit.SECONDS)).as("given up").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        other.get(5, TimeUnit.SECONDS); // let through: the cycle is broken
        gate.leave();
        gate.leave();
        assertThat(gate.close(Duration.ofMillis(300))).as("none open now").isTrue();
    }
}
