package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Objects;

/** What to do with a presented refresh token, decided by the service while the store holds it locked. */
public sealed interface RefreshDecision {

    /**
     * Mark the presented token used (at {@code at}) and store its successor. With {@code graceRetry}, the presented
     * token was already used moments ago: its earlier successors are superseded (any later use of them counts as
     * reuse) and its one grace retry is spent.
     *
     * @param successorHash SHA-256 of the new token
     * @param at            now
     * @param expiresAt     when the successor expires
     * @param graceRetry    whether this is the one retry inside the grace window
     */
    record Rotate(byte[] successorHash, Instant at, Instant expiresAt, boolean graceRetry) implements RefreshDecision {
        public Rotate {
            Objects.requireNonNull(successorHash, "successorHash");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(expiresAt, "expiresAt");
            successorHash = successorHash.clone();
        }
    }

    /**
     * Revoke the whole family: every token descended from the same login stops working.
     *
     * @param at     now
     * @param reason stable snake_case code ({@code reuse_detected}, {@code logout})
     */
    record RevokeFamily(Instant at, String reason) implements RefreshDecision {
        public RevokeFamily {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Change nothing and refuse (unknown, expired or already revoked). */
    record Refuse() implements RefreshDecision {
    }
}
