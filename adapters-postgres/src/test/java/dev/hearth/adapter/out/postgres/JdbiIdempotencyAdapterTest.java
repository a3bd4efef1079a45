package dev.hearth.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.port.model.IdempotentResponse;
import dev.hearth.application.port.out.crypto.InMemoryFieldEncryption;
import dev.hearth.application.port.out.idempotency.IdempotencyClaim;
import dev.hearth.application.port.out.idempotency.RunOnceOutcome;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kept answers of idempotent requests against a real, migrated PostgreSQL (ADR 0026): the claim, the request's effect
 * and its answer commit together or not at all, and a second claim of the same key waits for the first.
 */
class JdbiIdempotencyAdapterTest {

    private static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");
    private static final IdempotentResponse CREATED = new IdempotentResponse(201,
            Map.of("Location", "/v1/households/1", "Content-Type", "application/json"),
            "{\"capitalPence\":100}".getBytes(StandardCharsets.UTF_8));

    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static JdbiIdempotencyAdapter answers;
    private static JdbiIdentityAdapter accounts;

    @BeforeAll
    static void start() {
        db = TestPostgres.instance().createDatabase(JdbiIdempotencyAdapterTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        answers = postgres.idempotency(new InMemoryFieldEncryption(3));
        accounts = postgres.identity(new InMemoryFieldEncryption(4));
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void a_first_claim_runs_the_work_and_keeps_its_answer_for_the_same_caller_and_key() {
        IdempotencyClaim claim = claim("caller-a", T0);

        RunOnceOutcome outcome = answers.runOnce(claim, () -> CREATED);

        assertThat(outcome).isEqualTo(RunOnceOutcome.ran(CREATED));
        assertThat(answers.find("caller-a", claim.keyDigest(), T0.plusSeconds(1)))
                .hasValueSatisfying(kept -> {
                    assertThat(kept.response()).isEqualTo(CREATED);
                    assertThat(kept.fingerprint()).isEqualTo(claim.fingerprint());
                });
        assertThat(answers.find("caller-b", claim.keyDigest(), T0.plusSeconds(1))).as("keys are per caller").isEmpty();
    }

    @Test
    void a_second_claim_of_an_answered_key_runs_nothing_and_gets_the_kept_answer() {
        IdempotencyClaim claim = claim("caller-c", T0);
        answers.runOnce(claim, () -> CREATED);
        AtomicInteger runs = new AtomicInteger();

        RunOnceOutcome again = answers.runOnce(claim("caller-c", claim.keyDigest(), T0), () -> {
            runs.incrementAndGet();
            return CREATED;
        });

        assertThat(runs).hasValue(0);
        assertThat(again.earlierAnswer()).hasValueSatisfying(a -> assertThat(a.response()).isEqualTo(CREATED));
    }

    @Test
    void a_failed_request_keeps_no_claim_but_what_it_committed_before_failing_stays_as_without_a_key()
            throws Exception {
        IdempotencyClaim claim = claim("caller-d", T0);
        byte[] index = index(4);

        assertThatThrownBy(() -> answers.runOnce(claim, () -> {
            // e.g. a refused change whose refusal is audited before the refusal is answered
            accounts.create(index, "committed-first@example.org", "$argon2id$x", T0);
            throw new IllegalArgumentException("the domain refused the request");
        })).as("a failure of the request itself reaches the caller as it was thrown")
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the domain refused the request");

        assertThat(accounts.byEmailIndex(index)).as("committed before the failure, as it would have been").isPresent();
        assertThat(answers.find("caller-d", claim.keyDigest(), T0)).isEmpty();
        assertThat(rows("caller-d")).as("the claim is gone: the key may be sent again").isZero();
    }

    @Test
    void a_call_that_fails_inside_the_request_is_rolled_back_alone_and_the_request_goes_on() throws Exception {
        IdempotencyClaim claim = claim("caller-i", T0);
        byte[] index = index(9);
        UUID account = accounts.create(index(10), "key-owner@example.org", "$argon2id$x", T0).orElseThrow();

        RunOnceOutcome outcome = answers.runOnce(claim, () -> {
            try {
                // a statement the database refuses (the prefix breaks its CHECK): its own call is undone, nothing more
                postgres.apiKeys().insert(new dev.hearth.application.port.out.identity.ApiKeyRecord(UUID.randomUUID(),
                        account, "not a prefix", new byte[32], "k", java.util.List.of("account"), T0,
                        T0.plusSeconds(60), null, null, null));
            } catch (RuntimeException refused) {
                // the request handles it and goes on
            }
            accounts.create(index, "after-a-failed-call@example.org", "$argon2id$x", T0);
            return CREATED;
        });

        assertThat(outcome.ran()).contains(CREATED);
        assertThat(accounts.byEmailIndex(index)).isPresent();
        assertThat(answers.find("caller-i", claim.keyDigest(), T0)).isPresent();
    }

    @Test
    void an_answer_commits_with_the_effect_of_its_work() {
        IdempotencyClaim claim = claim("caller-e", T0);
        byte[] index = index(5);

        answers.runOnce(claim, () -> {
            accounts.create(index, "kept@example.org", "$argon2id$x", T0);
            return CREATED;
        });

        assertThat(accounts.byEmailIndex(index)).isPresent();
        assertThat(answers.find("caller-e", claim.keyDigest(), T0)).isPresent();
    }

    @Test
    void a_concurrent_claim_of_the_same_key_waits_for_the_first_and_then_replays_it() throws Exception {
        IdempotencyClaim claim = claim("caller-f", T0);
        byte[] index = index(6);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();

        CompletableFuture<RunOnceOutcome> first = CompletableFuture.supplyAsync(
                () -> answers.runOnce(claim, () -> {
                    runs.incrementAndGet();
                    accounts.create(index, "only-once@example.org", "$argon2id$x", T0);
                    firstRunning.countDown();
                    await(releaseFirst);
                    return CREATED;
                }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<RunOnceOutcome> second = CompletableFuture.supplyAsync(
                () -> answers.runOnce(claim, () -> {
                    runs.incrementAndGet();
                    return CREATED;
                }));
        Thread.sleep(300);
        assertThat(second).as("waits while the first holds the key").isNotDone();

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).ran()).isPresent();
        assertThat(second.get(10, TimeUnit.SECONDS).earlierAnswer()).isPresent();
        assertThat(runs).hasValue(1);
    }

    @Test
    void an_expired_answer_is_not_replayed_and_its_key_is_claimed_afresh() {
        IdempotencyClaim old = claim("caller-g", T0);
        answers.runOnce(old, () -> CREATED);
        Instant dayLater = old.expiresAt();
        IdempotentResponse later = new IdempotentResponse(200, Map.of(), new byte[0]);

        assertThat(answers.find("caller-g", old.keyDigest(), dayLater)).isEmpty();
        RunOnceOutcome fresh = answers.runOnce(claim("caller-g", old.keyDigest(), dayLater),
                () -> later);

        assertThat(fresh).isEqualTo(RunOnceOutcome.ran(later));
        assertThat(answers.find("caller-g", old.keyDigest(), dayLater)).map(k -> k.response()).contains(later);
    }

    @Test
    void the_kept_body_is_encrypted_at_rest() throws Exception {
        answers.runOnce(claim("caller-h", T0), () -> CREATED);
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT body_ciphertext FROM idempotency.answered_request WHERE caller_id = 'caller-h'");
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("capitalPence");
        }
    }

    private static IdempotencyClaim claim(String caller, Instant at) {
        return claim(caller, HexFormat.of().formatHex(UUID.randomUUID().toString().repeat(2).getBytes(
                StandardCharsets.US_ASCII), 0, 32), at);
    }

    private static IdempotencyClaim claim(String caller, String keyDigest, Instant at) {
        return new IdempotencyClaim(caller, keyDigest, "ab".repeat(32), at, at.plus(Duration.ofHours(24)));
    }

    private static byte[] index(int seed) {
        byte[] index = new byte[32];
        index[0] = (byte) seed;
        index[1] = 99;
        return index;
    }

    private static long rows(String caller) throws Exception {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM idempotency.answered_request WHERE caller_id = ?")) {
            s.setString(1, caller);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
