// The rate limiter's Redis call alone (RedisAdapters.quotas().consume, one quota, as for a public route), timed in
// process on a platform thread and on a virtual thread: 20,000 calls each, the first 5,000 dropped as warm-up. Run with
// the single-file launcher against a redis-server of your own (see docs/performance.md):
//   ./mvnw -B -o -q -pl adapters-redis -am compile
//   ./mvnw -B -o -q -pl adapters-redis dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   java -cp adapters-redis/target/classes:application/target/classes:domain/target/classes:$(cat /tmp/cp.txt) \
//       benchmarks/load/QuotaCost.java redis://127.0.0.1:<port>
import dev.hearth.adapter.out.redis.RedisAdapters;
import dev.hearth.adapter.out.redis.RedisSettings;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Quota;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

public class QuotaCost {
    public static void main(String[] args) throws Exception {
        try (RedisAdapters redis = RedisAdapters.start(new RedisSettings(args[0]))) {
            for (String mode : new String[] {"platform", "virtual", "platform", "virtual"}) {
                long[] t = new long[20000];
                Runnable work = () -> {
                    for (int i = 0; i < t.length; i++) {
                        Quota q = new Quota("reads:address:10.0." + (i % 250) + "." + (i / 250), 600, Duration.ofMinutes(1));
                        long s = System.nanoTime();
                        redis.quotas().consume(List.of(q), Instant.now());
                        t[i] = System.nanoTime() - s;
                    }
                };
                Thread th = mode.equals("virtual") ? Thread.ofVirtual().start(work) : Thread.ofPlatform().start(work);
                th.join();
                long[] m = Arrays.copyOfRange(t, 5000, t.length);
                Arrays.sort(m);
                System.out.printf("%s: p50 %d us, p99 %d us%n", mode, m[m.length / 2] / 1000, m[(int) (m.length * 0.99)] / 1000);
            }
        }
    }
}
