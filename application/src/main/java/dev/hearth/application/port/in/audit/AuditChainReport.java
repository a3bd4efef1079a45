package dev.hearth.application.port.in.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the operator's walk of the audit chain found.
 *
 * @param eventsChecked how many events verified before the walk ended (at the last event or at the first break)
 * @param head          the last event of an intact, non-empty chain as an anchor to keep, e.g. {@code 1042:9f86...}
 * @param firstBreak    where the chain first breaks; empty when intact
 */
public record AuditChainReport(long eventsChecked, Optional<String> head, Optional<Break> firstBreak) {

    public AuditChainReport {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    /** Whether every event verified (and the anchor, if one was given, matched). */
    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /**
     * Where and why the chain stops being trustworthy.
     *
     * @param sequence      the sequence at which the break was found
     * @param storedEventId the id of the event stored there, if any
     * @param reason        a stable code, e.g. {@code hash_mismatch}
     * @param detail        one plain sentence for the operator; never event contents
     */
    public record Break(long sequence, Optional<UUID> storedEventId, String reason, String detail) {

        public Break {
            Objects.requireNonNull(storedEventId, "storedEventId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
