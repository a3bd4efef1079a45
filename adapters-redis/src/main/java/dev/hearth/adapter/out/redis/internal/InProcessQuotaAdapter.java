package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ConsumeQuotaPort} in this process's memory: the same generic cell rate algorithm as {@link RedisQuotaAdapter},
 * for one instance (with several, each counts its own). Used when no Redis is configured and while Redis is away.
 * Memory is bounded by the live quotas: a quota that is full again is forgotten at the next sweep.
 */
public final class InProcessQuotaAdapter implements ConsumeQuotaPort {

    private static final int SWEEP_EVERY = 4_096;

    /** Theoretical arrival time of each quota's next request, in epoch milliseconds. */
    private final Map<String, Double> arrivals = new HashMap<>();
    private int callsSinceSweep;

    @Override
    public synchronized Decision consume(List<Quota> quotas, Instant now) {
        double nowMs = now.toEpochMilli();
        if (++callsSinceSweep >= SWEEP_EVERY) {
            callsSinceSweep = 0;
            arrivals.values().removeIf(tat -> tat <= nowMs);
        }
        double[] tats = new double[quotas.size()];
        boolean admitted = true;
        for (int i = 0; i < quotas.size(); i++) {
            Quota q = quotas.get(i);
            Double stored = arrivals.get(q.key());
            tats[i] = stored == null ? nowMs : Math.max(stored, nowMs);
            if (!Gcra.hasRoom(tats[i], nowMs, q)) {
                admitted = false;
            }
        }
        List<State> states = new ArrayList<>(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            Quota q = quotas.get(i);
            double tat = tats[i];
            if (admitted) {
                tat += Gcra.interval(q);
                arrivals.put(q.key(), tat);
            }
            states.add(Gcra.state(tat, nowMs, q, admitted));
        }
        return new Decision(admitted, states);
    }

    /** The arithmetic both adapters share (the Lua script repeats it). */
    static final class Gcra {
        /** Rounding slack, in milliseconds, so {@code limit} requests of {@code window / limit} always fit. */
        static final double SLACK = 0.001;

        private Gcra() {
        }

        static double interval(Quota q) {
            return (double) q.window().toMillis() / q.limit();
        }

        static boolean hasRoom(double tat, double nowMs, Quota q) {
            return tat + interval(q) - nowMs <= q.window().toMillis() + SLACK;
        }

        static State state(double tat, double nowMs, Quota q, boolean charged) {
            double interval = interval(q);
            long window = q.window().toMillis();
            long remaining = Math.max(0, (long) Math.floor((window - (tat - nowMs)) / interval + 1e-6));
            long retry = charged ? 0 : Math.max(0, (long) Math.ceil(tat + interval - window - nowMs));
            return new State(remaining, Duration.ofMillis((long) Math.ceil(tat - nowMs)), Duration.ofMillis(retry));
        }
    }
}
