package dev.hearth.application.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.idempotency.IdempotentOutcome;
import dev.hearth.application.port.in.idempotency.IdempotentRequest;
import dev.hearth.application.port.model.IdempotentResponse;
import dev.hearth.application.port.out.idempotency.HoldInFlightRequestsPort;
import dev.hearth.application.port.out.idempotency.IdempotencyClaim;
import dev.hearth.application.port.out.idempotency.KeepIdempotentAnswersPort;
import dev.hearth.application.port.out.idempotency.KeptAnswer;
import dev.hearth.application.port.out.idempotency.RunOnceOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The order of the idempotency rules (ADR 0026), with the stores reduced to maps: PostgreSQL's behaviour under
 * concurrency is tested in adapters-postgres ({@code JdbiIdempotencyAdapterTest}) and end to end in bootstrap.
 */
class IdempotencyServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final IdempotentResponse CREATED = new IdempotentResponse(201, Map.of("Location", "/x/1"),
            new byte[] {1, 2, 3});

    private final Answers answers = new Answers();
    private final Holds holds = new Holds();
    private final IdempotencyService service = new IdempotencyService(answers, holds,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_first_request_runs_and_a_retry_replays_its_answer_without_running() {
        IdempotentOutcome first = service.run(request("k1", "fp-a"), () -> CREATED);
        IdempotentOutcome retry = service.run(request("k1", "fp-a"), this::mustNotRun);

        assertThat(first).isEqualTo(new IdempotentOutcome(CREATED, false));
        assertThat(retry).isEqualTo(new IdempotentOutcome(CREATED, true));
    }

    @Test
    void the_same_key_for_a_different_request_is_refused_as_reused() {
        service.run(request("k2", "fp-a"), () -> CREATED);

        assertThatThrownBy(() -> service.run(request("k2", "fp-b"), this::mustNotRun))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void a_key_held_by_a_running_request_is_in_use_and_says_when_to_retry() {
        holds.heldElsewhere = true;

        assertThatThrownBy(() -> service.run(request("k3", "fp-a"), this::mustNotRun))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_IN_USE);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                });
    }

    @Test
    void a_key_held_elsewhere_whose_request_has_completed_is_replayed() {
        service.run(request("k4", "fp-a"), () -> CREATED);
        holds.heldElsewhere = true;

        assertThat(service.run(request("k4", "fp-a"), this::mustNotRun)).isEqualTo(new IdempotentOutcome(CREATED, true));
    }

    @Test
    void the_hold_is_released_after_success_and_after_failure() {
        service.run(request("k5", "fp-a"), () -> CREATED);
        assertThatThrownBy(() -> service.run(request("k6", "fp-a"), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(holds.held).isEmpty();
        assertThat(holds.released).hasSize(2);
    }

    @Test
    void keys_are_stored_as_digests_and_scoped_to_their_caller() {
        service.run(request("secret-key", "fp-a"), () -> CREATED);

        IdempotencyClaim claim = answers.claims.get(0);
        assertThat(claim.keyDigest()).hasSize(64).doesNotContain("secret");
        assertThat(claim.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(service.run(new IdempotentRequest("another-caller", "secret-key", "fp-a", "r"), () -> CREATED))
                .as("another caller's same key is a new request").isEqualTo(new IdempotentOutcome(CREATED, false));
    }

    @Test
    void a_key_that_is_empty_or_too_long_or_not_visible_ascii_is_refused_as_missing() {
        for (String bad : List.of("", "a".repeat(256), "has space", "é")) {
            assertThatThrownBy(() -> request(bad, "fp"))
                    .isInstanceOfSatisfying(ApplicationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_MISSING));
        }
        assertThat(request("a".repeat(255), "fp").key()).hasSize(255);
    }

    private IdempotentResponse mustNotRun() {
        throw new AssertionError("the work must not run again");
    }

    private static IdempotentRequest request(String key, String fingerprint) {
        return new IdempotentRequest("caller-1", key, fingerprint, "request-1");
    }

    /** Answers by caller and key digest, as the table keeps them. */
    private static final class Answers implements KeepIdempotentAnswersPort {
        final Map<String, KeptAnswer> kept = new HashMap<>();
        final List<IdempotencyClaim> claims = new ArrayList<>();

        @Override
        public Optional<KeptAnswer> find(String callerId, String keyDigest, Instant now) {
            return Optional.ofNullable(kept.get(callerId + "/" + keyDigest));
        }

        @Override
        public RunOnceOutcome runOnce(IdempotencyClaim claim, Supplier<IdempotentResponse> work) {
            claims.add(claim);
            KeptAnswer existing = kept.get(claim.callerId() + "/" + claim.keyDigest());
            if (existing != null) {
                return RunOnceOutcome.alreadyAnswered(existing);
            }
            IdempotentResponse response = work.get();
            kept.put(claim.callerId() + "/" + claim.keyDigest(), new KeptAnswer(claim.fingerprint(), response));
            return RunOnceOutcome.ran(response);
        }
    }

    /** Holds that another instance may already have taken. */
    private static final class Holds implements HoldInFlightRequestsPort {
        final Map<String, String> held = new HashMap<>();
        final List<String> released = new ArrayList<>();
        boolean heldElsewhere;

        @Override
        public Optional<String> tryHold(String slot, Duration lease) {
            if (heldElsewhere || held.containsKey(slot)) {
                return Optional.empty();
            }
            held.put(slot, "token-" + slot);
            return Optional.of("token-" + slot);
        }

        @Override
        public void release(String slot, String token) {
            held.remove(slot, token);
            released.add(slot);
        }
    }
}
