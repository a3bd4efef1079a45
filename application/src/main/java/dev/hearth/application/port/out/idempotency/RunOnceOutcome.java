package dev.hearth.application.port.out.idempotency;

import dev.hearth.application.port.model.IdempotentResponse;
import java.util.Optional;

/**
 * What {@link KeepIdempotentAnswersPort#runOnce} did: ran the work and committed its answer with its effect, or found
 * an earlier request with the key already answered and ran nothing. Exactly one of the two is present.
 *
 * @param ran           the answer of the work that ran now
 * @param earlierAnswer the answer kept for an earlier request with the key
 */
public record RunOnceOutcome(Optional<IdempotentResponse> ran, Optional<KeptAnswer> earlierAnswer) {

    public RunOnceOutcome {
        if (ran.isPresent() == earlierAnswer.isPresent()) {
            throw new IllegalArgumentException("either the work ran or an earlier answer was found, not both");
        }
    }

    /** The work ran; its answer was committed with its effect. */
    public static RunOnceOutcome ran(IdempotentResponse response) {
        return new RunOnceOutcome(Optional.of(response), Optional.empty());
    }

    /** An earlier request with the key completed first: its answer, and nothing ran. */
    public static RunOnceOutcome alreadyAnswered(KeptAnswer answer) {
        return new RunOnceOutcome(Optional.empty(), Optional.of(answer));
    }
}
