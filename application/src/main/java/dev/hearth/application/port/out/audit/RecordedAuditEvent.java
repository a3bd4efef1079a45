package dev.hearth.application.port.out.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * An event as the audit trail holds it: the event itself, its place in the chain and the hashes that chain it.
 *
 * @param sequence     its position: 1 for the first event, then each event exactly one more than the one before
 * @param eventId      a unique id for cross-references (a UUID version 7, whose time part is {@code occurredAt})
 * @param event        what happened
 * @param previousHash the {@code hash} of the event at {@code sequence - 1}, or {@link AuditHash#GENESIS} for the first
 * @param hash         SHA-256 of this event's canonical encoding, which includes {@code previousHash}
 *                     (see {@link AuditChainFormat})
 */
public record RecordedAuditEvent(long sequence, UUID eventId, AuditEvent event, AuditHash previousHash,
                                 AuditHash hash) {

    public RecordedAuditEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** Where this event leaves the chain: its sequence and hash, to keep as an anchor. */
    public AuditChainAnchor anchor() {
        return new AuditChainAnchor(sequence, hash);
    }
}
