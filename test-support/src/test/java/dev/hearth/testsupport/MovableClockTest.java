package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant T0 = Instant.parse("2026-05-14T09:00:00Z");

    @Test
    void the_clock_stands_still_until_it_is_moved() {
        MovableClock clock = new MovableClock(T0);

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void advancing_moves_it_forward_and_setting_puts_it_anywhere() {
        MovableClock clock = MovableClock.at("2026-05-14T09:00:00Z");

        assertThat(clock.advance(Duration.ofMinutes(15))).isEqualTo(T0.plusSeconds(900));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(900));
        clock.set(T0.minusSeconds(60));
        assertThat(clock.instant()).isEqualTo(T0.minusSeconds(60));
    }

    @Test
    void the_clock_seen_from_another_zone_moves_with_it() {
        MovableClock clock = new MovableClock(T0);
        Clock london = clock.withZone(ZoneId.of("Europe/London"));

        clock.advance(Duration.ofHours(1));

        assertThat(london.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void moves_from_many_threads_are_never_lost() throws InterruptedException {
        MovableClock clock = new MovableClock(T0);
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int j = 0; j < 1_000; j++) {
                    clock.advance(Duration.ofMillis(1));
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(clock.instant()).isEqualTo(T0.plusMillis(4_000));
    }
}
