package org.daftar.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one source of "now" in Daftar, in India's time zone. Tests and demonstrations can move it
 * forward (to see a deadline pass) when the server runs with {@code -Ddaftar.clock.movable=true}.
 * A training or demo instance ({@code DAFTAR_DEMO=true} or {@code DAFTAR_TRAINING=true}) may start
 * shifted by {@code DAFTAR_CLOCK_OFFSET} (ISO-8601, e.g. {@code P10D}); pages then show a banner
 * with the shifted date. In production it is the system clock and cannot be moved.
 */
@ApplicationScoped
public class DaftarClock {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final MovableClock clock = new MovableClock(startOffset());

    @Produces
    public Clock clock() {
        return clock;
    }

    /** The offset the clock started with: only on a demo or training instance, else zero. */
    static Duration startOffset() {
        String offset = Settings.get("daftar.clock.offset", "");
        if (offset.isBlank() || !(Settings.demo() || Settings.getBoolean("daftar.training"))) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(offset.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("DAFTAR_CLOCK_OFFSET is not an ISO-8601 duration such as P10D: " + offset, e);
        }
    }

    /** True when "now" is not the real time (a training instance, or a test that moved the clock). */
    public boolean isShifted() {
        return !clock.offset.isZero();
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
        private volatile Duration offset;

        MovableClock(Duration offset) {
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() { return INDIA; }

        @Override
        public Clock withZone(ZoneId zone) { return Clock.offset(Clock.system(zone), offset); }

        @Override
        public Instant instant() { return system.instant().plus(offset); }
    }
}
