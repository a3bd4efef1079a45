package dev.hearth.adapter.out.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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

    @Test
    void a_server_is_up_until_a_failure_says_otherwise_and_nothing_is_probed_while_it_is_up() throws Exception {
        try (ServerAvailability availability = new ServerAvailability("primary", probe, INTERVAL)) {
            assertThat(availability.isUp()).isTrue();
            assertThat(availability.downSince()).isNull();
            Thread.sleep(150);
            assertThat(probes).hasValue(0);
        }
    }

    @Test
    void a_down_server_is_probed_at_the_interval_until_it_answers_then_probing_stops() throws Exception {
        try (ServerAvailability availability = new ServerAvailability("primary", probe, INTERVAL)) {
            availability.markDown(new SQLException("refused", "08001"));
            assertThat(availability.isUp()).isFalse();
            assertThat(availability.downSince()).isNotNull();

            Thread.sleep(300);
            int whileDown = probes.get();
            // at once, then every 50 ms: about 6 in 300 ms; never a busy loop
            assertThat(whileDown).isBetween(2, 10);
            assertThat(availability.isUp()).isFalse();

            serverAnswers.set(true);
            awaitUp(availability);
            int atRecovery = probes.get();
            Thread.sleep(200);
            assertThat(probes.get()).as("no probing once it is up").isEqualTo(atRecovery);
            assertThat(availability.downSince()).isNull();
        }
    }

    @Test
    void marking_down_again_while_down_starts_no_second_probe() throws Exception {
        try (ServerAvailability availability = new ServerAvailability("replica", probe, Duration.ofMillis(100))) {
            availability.markDown(null);
            availability.markDown(new SQLException("x", "57P01"));
            availability.markDown(new SQLException("x", "08006"));
            Thread.sleep(350);
            // one probe schedule: at once, then every 100 ms
            assertThat(probes.get()).isBetween(2, 5);
        }
    }

    @Test
    void a_successful_call_marks_it_up_without_waiting_for_the_probe() {
        try (ServerAvailability availability = new ServerAvailability("primary", probe, Duration.ofHours(1))) {
            availability.markDown(new SQLException("x", "08001"));
            availability.markUp();
            assertThat(availability.isUp()).isTrue();
        }
    }

    @Test
    void closing_stops_the_probe_and_a_closed_tracker_is_never_marked_down() throws Exception {
        ServerAvailability availability = new ServerAvailability("primary", probe, INTERVAL);
        availability.markDown(new SQLException("x", "08001"));
        Thread.sleep(120);
        availability.close();
        int atClose = probes.get();
        Thread.sleep(200);
        assertThat(probes.get()).isEqualTo(atClose);

        ServerAvailability closed = new ServerAvailability("primary", probe, INTERVAL);
        closed.close();
        closed.markDown(new SQLException("x", "08001"));
        assertThat(closed.isUp()).isTrue();
    }

    private static void awaitUp(ServerAvailability availability) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!availability.isUp()) {
            assertThat(System.nanoTime()).as("recovered within 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
