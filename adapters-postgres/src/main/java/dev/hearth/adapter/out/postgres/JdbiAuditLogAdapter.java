package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.internal.ApplicationRole;
import dev.hearth.adapter.out.postgres.internal.AuditRows;
import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.SqlFailures;
import dev.hearth.adapter.out.postgres.internal.UuidV7;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditChainAnchor;
import dev.hearth.application.port.out.audit.AuditChainFormat;
import dev.hearth.application.port.out.audit.AuditChainVerification;
import dev.hearth.application.port.out.audit.AuditChainWalk;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.AuditHash;
import dev.hearth.application.port.out.audit.ReadAuditTrailPort;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.audit.VerifyAuditChainPort;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The audit trail in PostgreSQL (schema {@code audit}, migration {@code V12__audit_trail.sql}, decision record
 * {@code docs/adr/0012-tamper-evident-audit-trail.md}). Obtain it from {@link PostgresAdapters#auditLog()}.
 *
 * <p><strong>Appending.</strong> In one READ COMMITTED transaction (the caller's, when one is open on this thread
 * through the same {@link PostgresAdapters}; otherwise its own): switch to the application role {@code hearth_app}
 * ({@code SET LOCAL ROLE}, which may only INSERT and SELECT here), take the chain's transaction-scoped advisory lock,
 * read the last event, compute the next sequence and hash ({@link AuditChainFormat}), insert, and switch the role
 * back. The lock is held until the transaction ends, so appenders queue and the chain never forks; a trigger in the
 * database checks that every insert extends the chain, whoever sends it.
 *
 * <p><strong>Verifying.</strong> One read-only REPEATABLE READ transaction (a consistent snapshot, so concurrent
 * appends do not disturb the walk) reads the chain in pages of {@value #VERIFY_PAGE} in sequence order through
 * {@link AuditChainWalk}, and stops at the first break.
 *
 * <p>Failures leave as {@link ApplicationException} ({@code SERVICE_UNAVAILABLE} when a retry may help, otherwise
 * {@code INTERNAL}); messages never contain event contents.
 */
public final class JdbiAuditLogAdapter implements AppendAuditEventPort, ReadAuditTrailPort, VerifyAuditChainPort {

    /** Events read per round trip while verifying. */
    public static final int VERIFY_PAGE = 1_000;

    private final Database database;

    JdbiAuditLogAdapter(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public RecordedAuditEvent append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        return database.inTransaction(handle -> {
            ApplicationRole.Switched role = ApplicationRole.assume(handle);
            AuditRows.lockChain(handle);
            // a new statement after the lock: under READ COMMITTED it sees every event committed before we got it
            Optional<AuditRows.Head> head = AuditRows.head(handle);
            long sequence = head.map(h -> Math.addExact(h.sequence(), 1)).orElse(1L);
            AuditHash previous = head.map(AuditRows.Head::hash).orElse(AuditHash.GENESIS);
            var eventId = UuidV7.at(event.occurredAt());
            RecordedAuditEvent recorded = new RecordedAuditEvent(sequence, eventId, event, previous,
                    AuditChainFormat.hash(sequence, eventId, previous, event));
            AuditRows.insert(handle, recorded);
            role.restore(handle);
            return recorded;
        });
    }

    @Override
    public List<RecordedAuditEvent> readAfter(long afterSequence, int limit) {
        ReadAuditTrailPort.checkPage(afterSequence, limit);
        // reads may be served by the replica (ADR 0015), so a household's activity stays visible while the primary is away
        return database.read(handle -> readable(asApplication(handle,
                () -> AuditRows.after(handle, afterSequence, limit)))).value();
    }

    @Override
    public List<RecordedAuditEvent> readForTarget(String targetType, String targetId, long afterSequence, int limit) {
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        ReadAuditTrailPort.checkPage(afterSequence, limit);
        return database.read(handle -> readable(asApplication(handle,
                () -> AuditRows.forTarget(handle, targetType, targetId, afterSequence, limit)))).value();
    }

    @Override
    public AuditChainVerification verify() {
        return walk(null);
    }

    @Override
    public AuditChainVerification verify(AuditChainAnchor anchor) {
        return walk(Objects.requireNonNull(anchor, "anchor"));
    }

    private AuditChainVerification walk(AuditChainAnchor anchor) {
        try {
            return database.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
                handle.execute("SET TRANSACTION READ ONLY");
                ApplicationRole.assumeWithinAnyTransaction(handle);
                AuditChainWalk walk = new AuditChainWalk(anchor);
                long after = 0;
                while (true) {
                    List<AuditRows.Stored> page = AuditRows.after(handle, after, VERIFY_PAGE);
                    for (AuditRows.Stored stored : page) {
                        boolean intact = stored instanceof AuditRows.Stored.Readable r
                                ? walk.accept(r.event())
                                : walk.acceptUnreadable(stored.sequence(),
                                        ((AuditRows.Stored.Unreadable) stored).eventId(),
                                        ((AuditRows.Stored.Unreadable) stored).why());
                        if (!intact) {
                            return walk.finish();
                        }
                    }
                    if (page.size() < VERIFY_PAGE) {
                        return walk.finish();
                    }
                    after = page.get(page.size() - 1).sequence();
                }
            });
        } catch (Exception e) {
            throw SqlFailures.translate(e);
        }
    }

    /** Reads as hearth_app; any isolation level will do for a read. */
    private static <T> T asApplication(Handle handle, java.util.function.Supplier<T> work) {
        ApplicationRole.Switched role = ApplicationRole.assumeWithinAnyTransaction(handle);
        T result = work.get();
        role.restore(handle);
        return result;
    }

    private static List<RecordedAuditEvent> readable(List<AuditRows.Stored> rows) {
        return rows.stream().map(stored -> {
            if (stored instanceof AuditRows.Stored.Readable r) {
                return r.event();
            }
            throw new ApplicationException(ErrorCode.INTERNAL,
                    "Audit event " + stored.sequence() + " cannot be read back; run `hearth audit verify`.");
        }).toList();
    }
}
