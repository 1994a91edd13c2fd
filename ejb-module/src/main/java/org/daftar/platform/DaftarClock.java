package org.daftar.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one source of "now" in Daftar, in India's time zone. Tests and demonstrations can move it
 * forward (to see a deadline pass) when the server runs with {@code -Ddaftar.clock.movable=true};
 * in production it is the system clock and cannot be moved.
 */
@ApplicationScoped
public class DaftarClock {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final MovableClock clock = new MovableClock();

    @Produces
    public Clock clock() {
        return clock;
    }

    public static boolean isMovable() {
        return Boolean.getBoolean("daftar.clock.movable");
    }

    public void moveBy(Duration offset) {
        if (!isMovable()) {
            throw new IllegalStateException("the clock is not movable on this server");
        }
        clock.offset = offset;
    }

    static final class MovableClock extends Clock {
        private final Clock system = Clock.system(INDIA);
        private volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() { return INDIA; }

        @Override
        public Clock withZone(ZoneId zone) { return Clock.offset(Clock.system(zone), offset); }

        @Override
        public Instant instant() { return system.instant().plus(offset); }
    }
}
