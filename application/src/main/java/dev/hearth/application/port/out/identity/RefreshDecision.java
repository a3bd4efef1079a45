package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What to do with a presented refresh token, decided by the service while the store holds it locked.
 *
 * <ul>
 *   <li>{@link Kind#ROTATE}: mark the presented token used (at {@code at}) and store its successor
 *       ({@code successorHash}, expiring at {@code expiresAt}). With {@code graceRetry}, the presented token was
 *       already used moments ago: its earlier successors are superseded (any later use of them counts as reuse) and its
 *       one grace retry is spent;</li>
 *   <li>{@link Kind#REVOKE_FAMILY}: every token descended from the same login stops working ({@code reason});</li>
 *   <li>{@link Kind#REFUSE}: change nothing (unknown, expired or already revoked).</li>
 * </ul>
 *
 * @param kind          which of the three
 * @param successorHash SHA-256 of the new token (rotate only)
 * @param at            now (rotate, revoke)
 * @param expiresAt     when the successor expires (rotate only)
 * @param graceRetry    whether this is the one retry inside the grace window (rotate only)
 * @param reason        stable snake_case code such as {@code reuse_detected} (revoke only)
 */
public record RefreshDecision(Kind kind, byte[] successorHash, Instant at, Instant expiresAt, boolean graceRetry,
                              String reason) {

    /** The three decisions. */
    public enum Kind { ROTATE, REVOKE_FAMILY, REFUSE }

    public RefreshDecision {
        Objects.requireNonNull(kind, "kind");
        successorHash = successorHash == null ? null : successorHash.clone();
    }

    /** Rotate: store a successor. */
    public static RefreshDecision rotate(byte[] successorHash, Instant at, Instant expiresAt, boolean graceRetry) {
        return new RefreshDecision(Kind.ROTATE, Objects.requireNonNull(successorHash, "successorHash"),
                Objects.requireNonNull(at, "at"), Objects.requireNonNull(expiresAt, "expiresAt"), graceRetry, null);
    }

    /** Revoke the whole family. */
    public static RefreshDecision revokeFamily(Instant at, String reason) {
        return new RefreshDecision(Kind.REVOKE_FAMILY, null, Objects.requireNonNull(at, "at"), null, false,
                Objects.requireNonNull(reason, "reason"));
    }

    /** Change nothing. */
    public static RefreshDecision refuse() {
        return new RefreshDecision(Kind.REFUSE, null, null, null, false, null);
    }

    @Override
    public byte[] successorHash() {
        return successorHash == null ? null : successorHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefreshDecision d && kind == d.kind && Arrays.equals(successorHash, d.successorHash)
                && Objects.equals(at, d.at) && Objects.equals(expiresAt, d.expiresAt) && graceRetry == d.graceRetry
                && Objects.equals(reason, d.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, at, expiresAt, graceRetry, reason);
    }
}
