package org.daftar.mis.pend;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the pendency recount runs: nightly from 01:00 India time, and at once when it has never run. */
class PendencyCheckPollerTest {

    /** The recount's record of runs, kept in memory: which nights were claimed and run. */
    static class Runs extends PendencyCheck {
        final List<LocalDate> nights = new ArrayList<>();

        @Override public Optional<Run> last() {
            return nights.isEmpty() ? Optional.empty() : Optional.of(new Run(1L, Instant.EPOCH, Instant.EPOCH, SYSTEM, 0, 0, 0, 0));
        }

        @Override public boolean nightDone(LocalDate night) { return nights.contains(night); }

        @Override public Long claimNight(LocalDate night) {
            nights.add(night);
            return (long) nights.size();
        }

        @Override public Run run(Long id) { return last().orElseThrow(); }
    }

    private final Runs runs = new Runs();

    private PendencyCheckPoller pollerAt(String utc) throws ReflectiveOperationException {
        PendencyCheckPoller poller = new PendencyCheckPoller();
        set(poller, "check", runs);
        set(poller, "clock", Clock.fixed(Instant.parse(utc), ZoneOffset.UTC));
        return poller;
    }

    @Test
    void aReadModelNeverFilledIsFilledAtOnceEvenBeforeOneAtNight() throws Exception {
        assertThat(pollerAt("2026-11-29T19:00:00Z").poll()).as("00:30 in India, never run").isTrue();
        assertThat(pollerAt("2026-11-29T19:10:00Z").poll()).as("00:40, already run once").isFalse();
        assertThat(pollerAt("2026-11-29T19:40:00Z").poll()).as("01:10: tonight's run was that one").isFalse();
        assertThat(pollerAt("2026-11-30T19:40:00Z").poll()).as("the next night from 01:00").isTrue();
        assertThat(runs.nights).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void onceFilledItWaitsForOneAtNight() throws Exception {
        runs.nights.add(LocalDate.of(2026, 11, 29));
        assertThat(pollerAt("2026-11-29T19:00:00Z").poll()).as("00:30 in India").isFalse();
        assertThat(pollerAt("2026-11-29T19:31:00Z").poll()).as("01:01 in India").isTrue();
        assertThat(pollerAt("2026-11-29T19:32:00Z").poll()).as("once a night").isFalse();
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
