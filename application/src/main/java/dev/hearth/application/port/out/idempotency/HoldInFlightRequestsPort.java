package dev.hearth.application.port.out.idempotency;

import java.time.Duration;
import java.util.Optional;

/**
 * Marks a key as in flight while its request runs, shared by every Hearth instance (Redis), so a concurrent retry is
 * answered 409 at once instead of waiting for the first. Only a fast path: correctness never depends on it (ADR 0026).
 */
public interface HoldInFlightRequestsPort {

    /**
     * Holds {@code slot} for at most {@code lease}, returning a token to release it with; empty when another request
     * holds it. When the shared store cannot be reached, holds it in this process only.
     */
    Optional<String> tryHold(String slot, Duration lease);

    /** Releases {@code slot} if {@code token} still holds it. Never fails. */
    void release(String slot, String token);
}
