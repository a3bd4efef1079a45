package dev.hearth.application.port.in.idempotency;

import dev.hearth.application.port.model.IdempotentResponse;
import java.util.Objects;

/**
 * What to answer a request sent with an idempotency key.
 *
 * @param response the answer: the one just produced, or the first request's kept answer
 * @param replayed true when {@code response} is the kept answer of an earlier request with the same key; nothing was
 *                 done this time
 */
public record IdempotentOutcome(IdempotentResponse response, boolean replayed) {

    public IdempotentOutcome {
        Objects.requireNonNull(response, "response");
    }
}
