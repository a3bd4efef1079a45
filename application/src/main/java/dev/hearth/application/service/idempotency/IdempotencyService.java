package dev.hearth.application.service.idempotency;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.idempotency.IdempotentOutcome;
import dev.hearth.application.port.in.idempotency.IdempotentRequest;
import dev.hearth.application.port.in.idempotency.RunIdempotentlyUseCase;
import dev.hearth.application.port.model.IdempotentResponse;
import dev.hearth.application.port.out.idempotency.HoldInFlightRequestsPort;
import dev.hearth.application.port.out.idempotency.IdempotencyClaim;
import dev.hearth.application.port.out.idempotency.KeepIdempotentAnswersPort;
import dev.hearth.application.port.out.idempotency.KeptAnswer;
import dev.hearth.application.port.out.idempotency.RunOnceOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One effect per idempotency key (ADR 0026). In order:
 * <ol>
 *   <li>hold the key in flight (Redis, shared by every instance; in this process when Redis is away). Held by another
 *       request: its kept answer if it has completed meanwhile, else {@code idempotency_key_in_use};</li>
 *   <li>in one transaction ({@link KeepIdempotentAnswersPort#runOnce}): an answer already kept for the key is
 *       replayed, or refused as {@code idempotency_key_reused} when the request differs; otherwise the work runs
 *       with the claim and the answer. A request that got past step 1 because Redis was away waits there
 *       for the first and then replays its answer: the guarantee is PostgreSQL's unique key, not the hold;</li>
 *   <li>release the hold.</li>
 * </ol>
 */
public final class IdempotencyService implements RunIdempotentlyUseCase {

    /**
     * The longest a key is held in flight. A request still running after this is not answered 409 any more, but a
     * retry then waits on the database for the first to finish and replays it: never a second effect.
     */
    public static final Duration IN_FLIGHT_LEASE = Duration.ofSeconds(60);

    /** When to retry a key found in flight. */
    static final Duration RETRY_IN_USE = Duration.ofSeconds(1);

    private static final HexFormat HEX = HexFormat.of();

    private final KeepIdempotentAnswersPort answers;
    private final HoldInFlightRequestsPort inFlight;
    private final Clock clock;

    public IdempotencyService(KeepIdempotentAnswersPort answers, HoldInFlightRequestsPort inFlight, Clock clock) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.inFlight = Objects.requireNonNull(inFlight, "inFlight");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IdempotentOutcome run(IdempotentRequest request, Supplier<IdempotentResponse> work) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(work, "work");
        String keyDigest = sha256Hex(request.key());
        String slot = sha256Hex(request.callerId() + "\n" + request.key());
        Optional<String> hold = inFlight.tryHold(slot, IN_FLIGHT_LEASE);
        if (hold.isEmpty()) {
            return answers.find(request.callerId(), keyDigest, clock.instant())
                    .map(kept -> replay(kept, request))
                    .orElseThrow(IdempotencyService::inUse);
        }
        try {
            // no separate look-up first: runOnce finds an answer already kept in the same transaction, so a first
            // request (the common case) costs no extra round trip
            Instant now = clock.instant();
            IdempotencyClaim claim = new IdempotencyClaim(request.callerId(), keyDigest, request.fingerprint(), now,
                    now.plus(KEY_LIFETIME));
            RunOnceOutcome outcome = answers.runOnce(claim, work);
            if (outcome.earlierAnswer().isPresent()) {
                return replay(outcome.earlierAnswer().get(), request);
            }
            return new IdempotentOutcome(outcome.ran().orElseThrow(), false);
        } finally {
            inFlight.release(slot, hold.get());
        }
    }

    private static IdempotentOutcome replay(KeptAnswer kept, IdempotentRequest request) {
        if (!MessageDigest.isEqual(kept.fingerprint().getBytes(StandardCharsets.US_ASCII),
                request.fingerprint().getBytes(StandardCharsets.US_ASCII))) {
            throw new ApplicationException(ErrorCode.IDEMPOTENCY_KEY_REUSED, null);
        }
        return new IdempotentOutcome(kept.response(), true);
    }

    private static ApplicationException inUse() {
        return new ApplicationException(ErrorCode.IDEMPOTENCY_KEY_IN_USE, null, List.of(), null, RETRY_IN_USE);
    }

    /** SHA-256 of {@code text} (UTF-8), as lower-case hex. */
    static String sha256Hex(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
