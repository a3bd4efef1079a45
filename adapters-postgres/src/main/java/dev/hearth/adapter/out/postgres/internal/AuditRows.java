package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.AuditHash;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The SQL of the {@code audit.event} table (migration {@code V12__audit_trail.sql}) and the mapping between its rows
 * and {@link RecordedAuditEvent}. A row that no longer forms a valid event (someone edited it into a shape
 * {@link AuditEvent} refuses) comes back as {@link Stored.Unreadable} rather than failing the read, so the verifier can
 * report it.
 */
public final class AuditRows {

    /** Key of the transaction-scoped advisory lock that serialises appenders: the bytes of "HearthAU". */
    public static final long CHAIN_LOCK_KEY = 0x4865617274684155L;

    private static final String COLUMNS = """
            seq, event_id, actor_id, action, target_type, target_id, occurred_at, correlation_id, justification,
            (SELECT coalesce(array_agg(d.key ORDER BY d.key), '{}') FROM jsonb_each_text(details) d) AS detail_keys,
            (SELECT coalesce(array_agg(d.value ORDER BY d.key), '{}') FROM jsonb_each_text(details) d) AS detail_values,
            previous_hash, hash
            """;

    private AuditRows() {
    }

    /** Waits for, then holds until the transaction ends, the lock every appender takes. */
    public static void lockChain(Handle handle) {
        handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", CHAIN_LOCK_KEY)
                .mapTo(Integer.class).one();
    }

    /** The last stored event's sequence and hash, if any (must run after {@link #lockChain}, in a new statement). */
    public static java.util.Optional<Head> head(Handle handle) {
        return handle.createQuery("SELECT seq, hash FROM audit.event ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new Head(rs.getLong("seq"), AuditHash.of(rs.getBytes("hash"))))
                .findOne();
    }

    /** Inserts a recorded event. */
    public static void insert(Handle handle, RecordedAuditEvent recorded) {
        AuditEvent event = recorded.event();
        String[] keys = event.details().keySet().toArray(String[]::new);
        String[] values = event.details().values().toArray(String[]::new);
        handle.createUpdate("""
                        INSERT INTO audit.event (seq, event_id, actor_id, action, target_type, target_id, occurred_at,
                                                 correlation_id, justification, details, previous_hash, hash)
                        VALUES (:seq, :eventId, :actorId, :action, :targetType, :targetId, :occurredAt,
                                :correlationId, :justification, jsonb_object(:keys, :values), :previousHash, :hash)
                        """)
                .bind("seq", recorded.sequence())
                .bind("eventId", recorded.eventId())
                .bind("actorId", event.actorId())
                .bind("action", event.action())
                .bind("targetType", event.targetType())
                .bind("targetId", event.targetId())
                .bind("occurredAt", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                .bind("correlationId", event.correlationId())
                .bind("justification", event.justification())
                .bindArray("keys", String.class, (Object[]) keys)
                .bindArray("values", String.class, (Object[]) values)
                .bind("previousHash", recorded.previousHash().bytes())
                .bind("hash", recorded.hash().bytes())
                .execute();
    }

    /** Up to {@code limit} stored events after {@code afterSequence}, in order. */
    public static java.util.List<Stored> after(Handle handle, long afterSequence, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audit.event WHERE seq > :after ORDER BY seq LIMIT :limit")
                .bind("after", afterSequence).bind("limit", limit)
                .map(AuditRows::map).list();
    }

    /** Like {@link #after}, for one target. */
    public static java.util.List<Stored> forTarget(Handle handle, String targetType, String targetId,
                                                   long afterSequence, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + """
                         FROM audit.event
                        WHERE target_type = :targetType AND target_id = :targetId AND seq > :after
                        ORDER BY seq LIMIT :limit
                        """)
                .bind("targetType", targetType).bind("targetId", targetId)
                .bind("after", afterSequence).bind("limit", limit)
                .map(AuditRows::map).list();
    }

    private static Stored map(ResultSet rs, StatementContext ctx) throws SQLException {
        long seq = rs.getLong("seq");
        UUID eventId = rs.getObject("event_id", UUID.class);
        try {
            Map<String, String> details = new LinkedHashMap<>();
            String[] keys = strings(rs.getArray("detail_keys"));
            String[] values = strings(rs.getArray("detail_values"));
            for (int i = 0; i < keys.length; i++) {
                details.put(keys[i], values[i]);
            }
            AuditEvent event = new AuditEvent(
                    rs.getString("actor_id"), rs.getString("action"), rs.getString("target_type"),
                    rs.getString("target_id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("correlation_id"), rs.getString("justification"), details);
            return new Stored.Readable(new RecordedAuditEvent(seq, eventId, event,
                    AuditHash.of(rs.getBytes("previous_hash")), AuditHash.of(rs.getBytes("hash"))));
        } catch (IllegalArgumentException | NullPointerException e) {
            // the message names the field and the expected shape, never the stored value
            return new Stored.Unreadable(seq, eventId, e.getMessage() == null ? "a required field is empty"
                    : e.getMessage());
        }
    }

    private static String[] strings(Array array) throws SQLException {
        try {
            return (String[]) array.getArray();
        } finally {
            array.free();
        }
    }

    /** The end of the chain. */
    public record Head(long sequence, AuditHash hash) {
    }

    /** A stored row: an event, or a row that no longer reads as one. */
    public sealed interface Stored {
        /** Its sequence number. */
        long sequence();

        /** A row that reads back as an event. */
        record Readable(RecordedAuditEvent event) implements Stored {
            @Override
            public long sequence() {
                return event.sequence();
            }
        }

        /** A row whose fields no longer form a valid event. */
        record Unreadable(long sequence, UUID eventId, String why) implements Stored {
        }
    }
}
