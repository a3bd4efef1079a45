package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RedisFallbackTest {

    @Test
    void an_outage_is_logged_once_when_it_starts_and_once_when_it_ends_never_per_request() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(RedisFallback.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            RedisFallback fallback = new RedisFallback();
            AtomicBoolean redisUp = new AtomicBoolean(false);
            for (int i = 0; i < 200; i++) {
                String answer = fallback.call(() -> {
                    if (!redisUp.get()) {
                        throw new IllegalStateException("connection refused");
                    }
                    return "redis";
                }, () -> "local");
                assertThat(answer).isEqualTo("local");
            }
            assertThat(fallback.inOutage()).isTrue();
            redisUp.set(true);
            Thread.sleep(RedisFallback.RETRY_AFTER.toMillis() + 100);   // the breaker lets one call try again
            assertThat(fallback.call(() -> "redis", () -> "local")).isEqualTo("redis");
            assertThat(fallback.inOutage()).isFalse();

            assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                    .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("Redis is unreachable"));
            assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.INFO).singleElement()
                    .satisfies(e -> assertThat(e.getFormattedMessage()).startsWith("Redis answers again"));
        } finally {
            logger.detachAppender(logs);
        }
    }
}
