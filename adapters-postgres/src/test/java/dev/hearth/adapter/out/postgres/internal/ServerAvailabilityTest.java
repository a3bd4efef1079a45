package dev.hearth.adapter.out.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The probe's timing, on a clock and scheduler the test moves (no sleeping, no counting in real time windows): every
 * count below is exact.
 */
class ServerAvailabilityTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final AtomicBoolean serverAnswers = new AtomicBoolean(false);
    private final AtomicInteger probes = new AtomicInteger();
    private final ServerAvailability.Probe probe = () -> {
        probes.incrementAndGet();
        if (!serverAnswers.get()) {
            throw new SQLException("refused", "08001");
        }
    };
    private final ManualProbeScheduler scheduler = new ManualProbeScheduler();

    private ServerAvailability availability(String role, Duration interval) {
        return new ServerAvailability(role, probe, interval, scheduler.clock(), scheduler);
    }

    @Test
    void a_server_is_up_until_a_failure_says_otherwise_and_nothing_is_probed_while_it_is_up() {
        try (ServerAvailability availability = availability("primary", INTERVAL)) {
            assertThat(availability.isUp()).isTrue();
            assertThat(availability.downSince()).isNull();
            scheduler.advance(Duration.ofHours(1));
            assertThat(probes).hasValue(0);
            assertThat(scheduler.scheduled()).isZero();
        }
    }

    @Test
    void a_down_server_is_probed_at_once_then_at_the_interval_until_it_answers_then_probing_stops() {
        try (ServerAvailability availability = availability("primary", INTERVAL)) {
            Instant wentDown = scheduler.clock().instant();
            availability.markDown(new SQLException("refused", "08001"));
            assertThat(availability.isUp()).isFalse();
            assertThat(availability.downSince()).isEqualTo(wentDown);

            scheduler.runDue();
            assertThat(probes).as("at once").hasValue(1);
            scheduler.advance(INTERVAL.minusMillis(1));
            assertThat(probes).as("not before the interval").hasValue(1);
            scheduler.advance(Duration.ofMillis(1));
            assertThat(probes).hasValue(2);
            scheduler.advance(INTERVAL.multipliedBy(4));
            assertThat(probes).as("one per interval, never a busy loop").hasValue(6);
            assertThat(availability.isUp()).isFalse();
            assertThat(availability.downSince()).as("still the moment it went down").isEqualTo(wentDown);

            serverAnswers.set(true);
            scheduler.advance(INTERVAL);
            assertThat(probes).hasValue(7);
            assertThat(availability.isUp()).isTrue();
            assertThat(availability.downSince()).isNull();

            scheduler.advance(Duration.ofHours(1));
            assertThat(probes).as("no probing once it is up").hasValue(7);
            assertThat(scheduler.scheduled()).isZero();
        }
    }

    @Test
    void marking_down_again_while_down_starts_no_second_probe() {
        try (ServerAvailability availability = availability("replica", Duration.ofMillis(100))) {
            availability.markDown(null);
            scheduler.advance(Duration.ofMillis(30));
            availability.markDown(new SQLException("x", "57P01"));
            availability.markDown(new SQLException("x", "08006"));
            assertThat(scheduler.scheduled()).isEqualTo(1);
            scheduler.advance(Duration.ofMillis(370));
            // one schedule: at 0, 100, 200, 300 and 400 ms
            assertThat(probes).hasValue(5);
        }
    }

    @Test
    void a_successful_call_marks_it_up_without_waiting_for_the_probe() {
        try (ServerAvailability availability = availability("primary", Duration.ofHours(1))) {
            availability.markDown(new SQLException("x", "08001"));
            availability.markUp();
            assertThat(availability.isUp()).isTrue();
            assertThat(scheduler.scheduled()).as("the probe is cancelled").isZero();
            assertThat(probes).hasValue(0);
        }
    }

    @Test
    void a_server_that_goes_down_again_is_probed_again_and_down_since_is_the_new_moment() {
        try (ServerAvailability availability = availability("primary", INTERVAL)) {
            availability.markDown(new SQLException("x", "08001"));
            availability.markUp();
            scheduler.advance(Duration.ofMinutes(3));
            Instant again = scheduler.clock().instant();
            availability.markDown(new SQLException("x", "08006"));
            assertThat(availability.downSince()).isEqualTo(again);
            scheduler.advance(INTERVAL);
            assertThat(probes).hasValue(2);
        }
    }

    @Test
    void closing_stops_the_probe_and_a_closed_tracker_is_never_marked_down() {
        ServerAvailability availability = availability("primary", INTERVAL);
        availability.markDown(new SQLException("x", "08001"));
        scheduler.advance(INTERVAL.multipliedBy(2));
        assertThat(probes).hasValue(3);
        availability.close();
        assertThat(scheduler.closed()).isTrue();
        scheduler.advance(Duration.ofHours(1));
        assertThat(probes).hasValue(3);

        ManualProbeScheduler another = new ManualProbeScheduler();
        ServerAvailability closed = new ServerAvailability("primary", probe, INTERVAL, another.clock(), another);
        closed.close();
        closed.markDown(new SQLException("x", "08001"));
        assertThat(closed.isUp()).isTrue();
        assertThat(another.scheduled()).isZero();
    }

    @Test
    void the_production_scheduler_probes_on_a_daemon_thread_of_its_own() throws Exception {
        Thread[] ranOn = new Thread[1];
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        try (ServerAvailability.ProbeScheduler real = ServerAvailability.daemonThread("postgres-test-probe")) {
            ServerAvailability.Repeating repeating = real.repeat(() -> {
                ranOn[0] = Thread.currentThread();
                ran.countDown();
            }, Duration.ofHours(1));
            assertThat(ran.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("runs at once").isTrue();
            repeating.cancel(false);
        }
        assertThat(ranOn[0].getName()).isEqualTo("postgres-test-probe");
        assertThat(ranOn[0].isDaemon()).isTrue();
    }
}
