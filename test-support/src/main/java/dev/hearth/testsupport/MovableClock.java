package dev.hearth.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the tests: it stands still at a fixed instant until the test moves it, so a rule about time (an
 * expiry, a window, a rotation) is proved by moving the clock, never by sleeping. Safe to read from the server's
 * threads while the test moves it.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock standing at {@code start}, in UTC. */
    public MovableClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /** A clock standing at {@code start} (an ISO-8601 instant such as {@code 2026-05-14T09:00:00Z}), in UTC. */
    public static MovableClock at(String start) {
        return new MovableClock(Instant.parse(start));
    }

    /** Moves the clock forward by {@code by} (backward when negative) and returns the new instant. */
    public Instant advance(Duration by) {
        Objects.requireNonNull(by, "by");
        return now.updateAndGet(t -> t.plus(by));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new MovableClock(now, zone);
    }

    @Override
    public String toString() {
        return "MovableClock[" + instant() + "," + zone + "]";
    }
}
