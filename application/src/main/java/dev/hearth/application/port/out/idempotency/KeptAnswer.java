package dev.hearth.application.port.out.idempotency;

import dev.hearth.application.port.model.IdempotentResponse;
import java.util.Objects;

/**
 * The answer kept for a key whose request completed.
 *
 * @param fingerprint what that request asked for
 * @param response    what it was answered
 */
public record KeptAnswer(String fingerprint, IdempotentResponse response) {

    public KeptAnswer {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(response, "response");
    }
}
