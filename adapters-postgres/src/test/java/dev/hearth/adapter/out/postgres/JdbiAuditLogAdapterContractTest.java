package dev.hearth.adapter.out.postgres;

import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditLogContractTest;
import dev.hearth.application.port.out.audit.ReadAuditTrailPort;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.audit.VerifyAuditChainPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The audit port contract against real PostgreSQL. Tampering goes around every protection as a superuser would: with
 * triggers off for one session ({@code session_replication_role = replica}), or with the append-only trigger disabled
 * inside one transaction.
 */
class JdbiAuditLogAdapterContractTest extends AuditLogContractTest {

    private static AuditDatabase audit;

    @BeforeAll
    static void start() {
        audit = AuditDatabase.start(JdbiAuditLogAdapterContractTest.class);
        audit.assumeSuperuser();
    }

    @AfterAll
    static void stop() {
        if (audit != null) {
            audit.close();
        }
    }

    @Override
    protected AppendAuditEventPort appender() {
        return audit.postgres.auditLog();
    }

    @Override
    protected ReadAuditTrailPort reader() {
        return audit.postgres.auditLog();
    }

    @Override
    protected VerifyAuditChainPort verifier() {
        return audit.postgres.auditLog();
    }

    @Override
    protected void resetToEmpty() {
        audit.emptyAuditTrail();
    }

    @Override
    protected void tamperWithActor(long sequence, String newActorId) {
        audit.asSuperuserWithTriggersOff("UPDATE audit.event SET actor_id = ? WHERE seq = ?", newActorId, sequence);
    }

    @Override
    protected void rewriteWithFreshHash(long sequence, String newAction) {
        RecordedAuditEvent stored = audit.postgres.auditLog().readAfter(sequence - 1, 1).get(0);
        RecordedAuditEvent rewritten = withActionAndFreshHash(stored, newAction);
        audit.asOwnerWithAppendOnlyTriggerDisabled("UPDATE audit.event SET action = ?, hash = ? WHERE seq = ?",
                newAction, rewritten.hash().bytes(), sequence);
    }

    @Override
    protected void deleteStored(long sequence) {
        audit.asSuperuserWithTriggersOff("DELETE FROM audit.event WHERE seq = ?", sequence);
    }
}
