package dev.hearth.application.port.out.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The audit trail in memory, for use-case tests: the same chain (sequence, hashes, {@link AuditChainWalk}
 * verification) as the PostgreSQL adapter, without a database. {@link AuditLogContractTest} runs against both.
 *
 * <p>Beyond the ports it offers test hooks a real store never would: {@link #events()} to assert what a use case
 * recorded, and {@link #replaceStored}/{@link #removeStored}/{@link #clear()} to simulate tampering.
 */
public final class InMemoryAuditLog implements AppendAuditEventPort, ReadAuditTrailPort, VerifyAuditChainPort {

    private final List<RecordedAuditEvent> stored = new ArrayList<>();
    private final Random random;

    /** A log whose event ids come from a fixed seed, so test runs repeat exactly. */
    public InMemoryAuditLog() {
        this(new Random(20_260_514L));
    }

    /** A log whose event ids come from {@code random}. */
    public InMemoryAuditLog(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public synchronized RecordedAuditEvent append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        RecordedAuditEvent last = stored.isEmpty() ? null : stored.get(stored.size() - 1);
        RecordedAuditEvent recorded = AuditChainFormat.chain(last, uuidV7(event.occurredAt()), event);
        stored.add(recorded);
        return recorded;
    }

    @Override
    public synchronized List<RecordedAuditEvent> readAfter(long afterSequence, int limit) {
        ReadAuditTrailPort.checkPage(afterSequence, limit);
        return stored.stream().filter(e -> e.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public synchronized List<RecordedAuditEvent> readForTarget(String targetType, String targetId, long afterSequence,
                                                               int limit) {
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        ReadAuditTrailPort.checkPage(afterSequence, limit);
        return stored.stream()
                .filter(e -> e.sequence() > afterSequence)
                .filter(e -> e.event().targetType().equals(targetType) && e.event().targetId().equals(targetId))
                .limit(limit).toList();
    }

    @Override
    public AuditChainVerification verify() {
        return verify(null);
    }

    @Override
    public synchronized AuditChainVerification verify(AuditChainAnchor anchor) {
        AuditChainWalk walk = new AuditChainWalk(anchor);
        for (RecordedAuditEvent event : stored) {
            if (!walk.accept(event)) {
                break;
            }
        }
        return walk.finish();
    }

    /** Every event recorded so far, oldest first (what a use-case test asserts on). */
    public synchronized List<AuditEvent> events() {
        return stored.stream().map(RecordedAuditEvent::event).toList();
    }

    /** Test hook: replaces the stored event at {@code sequence} with whatever {@code change} makes of it. */
    public synchronized void replaceStored(long sequence, UnaryOperator<RecordedAuditEvent> change) {
        int index = indexOf(sequence);
        stored.set(index, change.apply(stored.get(index)));
    }

    /** Test hook: removes the stored event at {@code sequence}, as a deleted row would be. */
    public synchronized void removeStored(long sequence) {
        stored.remove(indexOf(sequence));
    }

    /** Test hook: forgets everything. */
    public synchronized void clear() {
        stored.clear();
    }

    private int indexOf(long sequence) {
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).sequence() == sequence) {
                return i;
            }
        }
        throw new IllegalArgumentException("no stored event " + sequence);
    }

    /** A UUID version 7 (RFC 9562) whose time part is {@code at}, to the millisecond. */
    private UUID uuidV7(Instant at) {
        long millis = at.toEpochMilli();
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
