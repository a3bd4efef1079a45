package dev.hearth.adapter.out.redis.internal;

import dev.hearth.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;

class InProcessKeyValueStoreTest extends KeyValueStoreContract {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-14T09:00:00Z"));
    private final InProcessKeyValueStore store = new InProcessKeyValueStore(clock);

    @Override
    KeyValueStore store() {
        return store;
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }
}
