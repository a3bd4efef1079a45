package dev.hearth.adapter.out.redis.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

class InProcessKeyValueStoreTest extends KeyValueStoreContract {

    /** A clock the test moves by hand, so expiry tests take no real time. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-05-14T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppingClock clock = new SteppingClock();
    private final InProcessKeyValueStore store = new InProcessKeyValueStore(clock);

    @Override
    KeyValueStore store() {
        return store;
    }

    @Override
    void elapse(Duration duration) {
        clock.now = clock.now.plus(duration);
    }
}
