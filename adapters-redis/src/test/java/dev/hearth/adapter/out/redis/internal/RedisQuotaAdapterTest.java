package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Quota;
import dev.hearth.testsupport.TestRedis;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

class RedisQuotaAdapterTest extends QuotaContract {

    private static final UnifiedJedis FIRST = RedisConnections.open(TestRedis.instance().url(), null,
            Duration.ofSeconds(2), "quota-test-1", 8);
    private static final UnifiedJedis SECOND = RedisConnections.open(TestRedis.instance().url(), null,
            Duration.ofSeconds(2), "quota-test-2", 8);

    private final RedisQuotaAdapter quotas = new RedisQuotaAdapter(FIRST, "hearth-test:", new RedisFallback(),
            new InProcessQuotaAdapter());

    @AfterAll
    static void closeClients() {
        FIRST.close();
        SECOND.close();
    }

    @Override
    ConsumeQuotaPort quotas() {
        return quotas;
    }

    @Test
    void two_instances_hammering_one_quota_concurrently_admit_exactly_its_limit_in_total() throws Exception {
        RedisQuotaAdapter other = new RedisQuotaAdapter(SECOND, "hearth-test:", new RedisFallback(),
                new InProcessQuotaAdapter());
        Quota q = quota("shared", 25);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                RedisQuotaAdapter instance = i % 2 == 0 ? quotas : other;
                calls.add(() -> instance.consumeInRedis(List.of(q), T0).admitted());
            }
            int admitted = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                admitted += f.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void redis_holds_only_a_digest_of_the_key_and_lets_it_expire_when_the_quota_is_whole_again() {
        Quota q = new Quota("reads:address:203.0.113.9", 60, Duration.ofMinutes(1));
        quotas.consume(List.of(q), T0);
        String stored = HashedKeys.of("hearth-test:rl:", q.key());
        assertThat(stored).doesNotContain("203.0.113.9");
        assertThat(FIRST.pttl(stored)).isBetween(1L, 1_000L);
    }

    @Test
    void an_unreachable_redis_is_answered_in_process_without_an_error() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (UnifiedJedis dead = RedisConnections.open("redis://127.0.0.1:" + closedPort, null,
                Duration.ofMillis(250), "quota-test-dead", 2)) {
            RedisFallback fallback = new RedisFallback();
            RedisQuotaAdapter adapter = new RedisQuotaAdapter(dead, "hearth-test:", fallback,
                    new InProcessQuotaAdapter());
            Quota q = quota("dead", 2);
            assertThat(adapter.consume(List.of(q), T0).admitted()).isTrue();
            assertThat(adapter.consume(List.of(q), T0).admitted()).isTrue();
            assertThat(adapter.consume(List.of(q), T0).admitted()).as("counted in process").isFalse();
            assertThat(fallback.inOutage()).isTrue();
        }
    }
}
