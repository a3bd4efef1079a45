package dev.hearth.application.port.out.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Request quotas shared by every Hearth instance (Redis), or kept in this process while no Redis serves (ADR 0027).
 * Each quota allows {@code limit} requests per {@code window}, spread evenly (a generic cell rate algorithm: a full
 * quota may be spent at once, then it refills one request every {@code window / limit}).
 */
public interface ConsumeQuotaPort {

    /**
     * Takes one request from every quota at once, or from none when one has no room: atomically, so concurrent
     * requests on any instance never overspend. Implementations never throw because their store is unreachable.
     *
     * @return one state per quota, in the order given
     */
    Decision consume(List<Quota> quotas, Instant now);

    /**
     * One quota.
     *
     * @param key    what it counts, unique across quotas ({@code reads:account:<id>}); may hold an address, so an
     *               implementation stores it hashed
     * @param limit  requests per window, at least 1
     * @param window the window, positive
     */
    record Quota(String key, int limit, Duration window) {
        public Quota {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(window, "window");
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a quota has a limit >= 1 and a positive window");
            }
        }
    }

    /**
     * The outcome of one {@link #consume} call.
     *
     * @param admitted whether every quota had room (and was charged)
     * @param states   one per quota, in the order given
     */
    record Decision(boolean admitted, List<State> states) {
        public Decision {
            states = List.copyOf(states);
        }
    }

    /**
     * One quota after the call.
     *
     * @param remaining  requests it still allows now
     * @param reset      how long until it is full again
     * @param retryAfter how long until it allows one more request (zero when it does now)
     */
    record State(long remaining, Duration reset, Duration retryAfter) {
        public State {
            Objects.requireNonNull(reset, "reset");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
