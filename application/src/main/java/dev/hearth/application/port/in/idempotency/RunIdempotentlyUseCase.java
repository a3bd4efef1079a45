package dev.hearth.application.port.in.idempotency;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.IdempotentResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a state-changing request at most once per idempotency key (ADR 0026), following the IETF draft "The
 * Idempotency-Key HTTP Header Field":
 * <ul>
 *   <li>a first request runs {@code work}; its effect, the key and the answer are committed in one database
 *       transaction, so they exist together or not at all, whatever happens to Redis or the process;</li>
 *   <li>the same key again, for the same request, after it completed: the kept answer, {@linkplain
 *       IdempotentOutcome#replayed() replayed}, without running anything;</li>
 *   <li>the same key for a different request: {@code idempotency_key_reused} (422), nothing done;</li>
 *   <li>the same key while the first request is still running: {@code idempotency_key_in_use} (409), nothing done;</li>
 *   <li>a request that failed (any error) kept nothing and changed nothing: the same key may be sent again.</li>
 * </ul>
 * Keys are scoped to their caller and kept for {@link #KEY_LIFETIME}. {@code work} runs inside the transaction: every
 * storage port it calls joins it. Unscoped: the use cases {@code work} calls are scoped themselves.
 */
@CallScope(UNSCOPED)
public interface RunIdempotentlyUseCase {

    /** How long a completed request's answer is kept and replayed; after that the key may be used afresh. */
    Duration KEY_LIFETIME = Duration.ofHours(24);

    IdempotentOutcome run(IdempotentRequest request, Supplier<IdempotentResponse> work);
}
