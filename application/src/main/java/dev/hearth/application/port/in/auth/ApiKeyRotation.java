package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * The outcome of a rotation. {@link #toString()} hides the successor's secret.
 *
 * @param successor the new key, with its secret (shown once)
 * @param previous  the old key, now {@code rotating}: it keeps working until its (shortened) expiry
 */
public record ApiKeyRotation(IssuedApiKey successor, ApiKeyView previous) {

    public ApiKeyRotation {
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(previous, "previous");
    }
}
