package dev.hearth.application.port.in.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a request may go on, and the state of every quota it was counted against (for the {@code RateLimit-Policy}
 * and {@code RateLimit} headers).
 *
 * @param admitted   whether every quota had room; when one had none, none was charged
 * @param quotas     each quota checked, in a fixed order (API key, account, client address)
 * @param retryAfter when refused, how long until every refusing quota has room again
 */
public record Admission(boolean admitted, List<QuotaStatus> quotas, Optional<Duration> retryAfter) {

    public Admission {
        quotas = List.copyOf(quotas);
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Nothing to count: the class is not limited. */
    public static Admission unlimited() {
        return new Admission(true, List.of(), Optional.empty());
    }

    /**
     * One quota's state after the check.
     *
     * @param policy    the policy's stable name, {@code <class>-<subject>} (e.g. {@code reads-account})
     * @param quota     requests allowed per window
     * @param window    the window
     * @param remaining requests still allowed now
     * @param reset     how long until the whole quota is available again
     */
    public record QuotaStatus(String policy, int quota, Duration window, long remaining, Duration reset) {
        public QuotaStatus {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(reset, "reset");
        }
    }
}
