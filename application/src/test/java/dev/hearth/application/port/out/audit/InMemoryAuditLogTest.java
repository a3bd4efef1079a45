package dev.hearth.application.port.out.audit;

/** The audit port contract, run against the in-memory fake use-case tests rely on. */
class InMemoryAuditLogTest extends AuditLogContractTest {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AppendAuditEventPort appender() {
        return log;
    }

    @Override
    protected ReadAuditTrailPort reader() {
        return log;
    }

    @Override
    protected VerifyAuditChainPort verifier() {
        return log;
    }

    @Override
    protected void resetToEmpty() {
        log.clear();
    }

    @Override
    protected void tamperWithActor(long sequence, String newActorId) {
        log.replaceStored(sequence, recorded -> withActor(recorded, newActorId));
    }

    @Override
    protected void rewriteWithFreshHash(long sequence, String newAction) {
        log.replaceStored(sequence, recorded -> withActionAndFreshHash(recorded, newAction));
    }

    @Override
    protected void deleteStored(long sequence) {
        log.removeStored(sequence);
    }
}
