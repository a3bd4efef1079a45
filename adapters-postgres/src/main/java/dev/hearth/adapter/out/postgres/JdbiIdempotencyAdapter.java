package dev.hearth.adapter.out.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.UuidV7;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.model.IdempotentResponse;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.idempotency.IdempotencyClaim;
import dev.hearth.application.port.out.idempotency.KeepIdempotentAnswersPort;
import dev.hearth.application.port.out.idempotency.KeptAnswer;
import dev.hearth.application.port.out.idempotency.RunOnceOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Answers of requests sent with an idempotency key (table {@code idempotency.answered_request}, migration
 * {@code V61__idempotency_keys.sql}, ADR 0026). {@link #runOnce} opens one transaction on the primary, inserts the claim
 * first, runs the request's work inside it (every adapter on the same database joins the open handle, ADR 0015), writes
 * the answer, and commits. The unique key (caller, key digest) is the guarantee: a second transaction inserting the
 * same claim waits for the first, then finds its committed answer and runs nothing. Only the key's SHA-256 is stored;
 * the answer body is encrypted bound to its row ({@link EncryptedColumns#IDEMPOTENT_ANSWER_BODY}).
 */
public final class JdbiIdempotencyAdapter implements KeepIdempotentAnswersPort {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final Database database;
    private final FieldEncryptionPort encryption;

    JdbiIdempotencyAdapter(Database database, FieldEncryptionPort encryption) {
        this.database = Objects.requireNonNull(database, "database");
        this.encryption = Objects.requireNonNull(encryption, "encryption");
    }

    /** Read on the primary: a replica may not have the answer the primary just committed. */
    @Override
    public Optional<KeptAnswer> find(String callerId, String keyDigest, Instant now) {
        return database.withHandle(h -> answered(h, callerId, keyDigest, now));
    }

    @Override
    public RunOnceOutcome runOnce(IdempotencyClaim claim, Supplier<IdempotentResponse> work) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(work, "work");
        UUID id = UuidV7.at(claim.claimedAt());
        RuntimeException[] workFailure = new RuntimeException[1];
        try {
            RunOnceOutcome outcome = runOnce(claim, work, id, workFailure);
            if (outcome == null) {
                throw workFailure[0];
            }
            return outcome;
        } catch (RuntimeException e) {
            if (e == workFailure[0]) {
                throw e;
            }
            // the database layer turns whatever leaves a transaction into an ApplicationException; a failure of the
            // request itself (a domain rule refusing its input, say) must reach the HTTP layer as it was thrown
            if (workFailure[0] != null && !(workFailure[0] instanceof ApplicationException)) {
                throw workFailure[0];
            }
            throw e;
        }
    }

    private RunOnceOutcome runOnce(IdempotencyClaim claim, Supplier<IdempotentResponse> work, UUID id,
                            RuntimeException[] workFailure) {
        return database.inTransaction(h -> {
            // waits while another transaction holds the same (caller, key); claims afresh over an expired answer
            Optional<UUID> claimed = h.createQuery("""
                            INSERT INTO idempotency.answered_request
                                (id, caller_id, key_digest, fingerprint, claimed_at, expires_at)
                            VALUES (:id, :caller, :key, :fingerprint, :claimed, :expires)
                            ON CONFLICT (caller_id, key_digest) DO UPDATE
                                SET id = EXCLUDED.id, fingerprint = EXCLUDED.fingerprint,
                                    claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at,
                                    status = NULL, headers = NULL, body_ciphertext = NULL
                                WHERE answered_request.expires_at <= EXCLUDED.claimed_at
                            RETURNING id""")
                    .bind("id", id).bind("caller", claim.callerId()).bind("key", claim.keyDigest())
                    .bind("fingerprint", claim.fingerprint()).bind("claimed", utc(claim.claimedAt()))
                    .bind("expires", utc(claim.expiresAt()))
                    .mapTo(UUID.class).findOne();
            if (claimed.isEmpty()) {
                return RunOnceOutcome.alreadyAnswered(answered(h, claim.callerId(), claim.keyDigest(), claim.claimedAt())
                        .orElseThrow(() -> new IllegalStateException("a claimed key has no committed answer")));
            }
            IdempotentResponse response;
            try {
                response = database.withEachCallInASavepoint(work);
            } catch (RuntimeException e) {
                // what the request committed before it failed stays committed, as it would have without a key (a
                // refused change is audited, say); only the claim goes, so the key may be sent again
                workFailure[0] = e;
                h.createUpdate("DELETE FROM idempotency.answered_request WHERE id = :id").bind("id", id).execute();
                return null;
            }
            h.createUpdate("""
                            UPDATE idempotency.answered_request
                            SET status = :status, headers = CAST(:headers AS jsonb), body_ciphertext = :body
                            WHERE id = :id""")
                    .bind("id", id).bind("status", (short) response.status())
                    .bind("headers", json(response.headers()))
                    .bind("body", encryption.encrypt(response.body(), location(id)))
                    .execute();
            return RunOnceOutcome.ran(response);
        });
    }

    private Optional<KeptAnswer> answered(Handle h, String callerId, String keyDigest, Instant now) {
        return h.createQuery("""
                        SELECT id, fingerprint, status, headers::text AS headers, body_ciphertext
                        FROM idempotency.answered_request
                        WHERE caller_id = :caller AND key_digest = :key AND expires_at > :now
                          AND status IS NOT NULL""")
                .bind("caller", callerId).bind("key", keyDigest).bind("now", utc(now))
                .map((rs, ctx) -> answer(rs)).findOne();
    }

    private KeptAnswer answer(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        byte[] body = encryption.decrypt(rs.getBytes("body_ciphertext"), location(id));
        return new KeptAnswer(rs.getString("fingerprint"),
                new IdempotentResponse(rs.getInt("status"), headers(rs.getString("headers")), body));
    }

    private static dev.hearth.application.port.out.crypto.FieldLocation location(UUID id) {
        return EncryptedColumns.IDEMPOTENT_ANSWER_BODY.location(id.toString());
    }

    private static String json(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers are plain strings", e);
        }
    }

    private static Map<String, String> headers(String json) {
        try {
            return JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are a JSON object of strings", e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
