package dev.hearth.application.port.out.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * What a walk of the audit chain found.
 *
 * @param eventsChecked how many events verified before the walk ended (at the head or at the first break)
 * @param head          the last event of an intact chain, to keep as an anchor; empty for an empty chain or a broken one
 * @param firstBreak    the first break, or empty when the chain is intact
 */
public record AuditChainVerification(long eventsChecked, Optional<AuditChainAnchor> head,
                                     Optional<AuditChainBreak> firstBreak) {

    public AuditChainVerification {
        if (eventsChecked < 0) {
            throw new IllegalArgumentException("eventsChecked cannot be negative");
        }
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
        if (head.isPresent() && firstBreak.isPresent()) {
            throw new IllegalArgumentException("a broken chain has no trustworthy head");
        }
    }

    /** Whether every event verified (and the anchor, if one was given, matched). */
    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
