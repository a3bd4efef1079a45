package dev.hearth.application.port.out.idempotency;

import dev.hearth.application.port.model.IdempotentResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Completed requests' answers, by caller and key, kept where the effects are (PostgreSQL): the guarantee of one effect
 * per key (ADR 0026).
 */
public interface KeepIdempotentAnswersPort {

    /** The answer kept for the caller's key, unless there is none or it expired by {@code now}. */
    Optional<KeptAnswer> find(String callerId, String keyDigest, Instant now);

    /**
     * In one transaction on the primary: records the claim (waiting, if another transaction is recording the same key,
     * until that one ends), runs {@code work} (every storage port it calls joins the transaction), keeps the answer it
     * returns, and commits all of it together. If an unexpired answer is already kept for the key, {@code work} does
     * not run and that answer is returned instead. If {@code work} throws, nothing is kept and nothing it did is
     * committed.
     */
    RunOnceOutcome runOnce(IdempotencyClaim claim, Supplier<IdempotentResponse> work);
}
