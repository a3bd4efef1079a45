package dev.hearth.application.port.out.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where and why the audit chain stops being trustworthy. Everything before {@code sequence} verified; nothing from
 * {@code sequence} on can be trusted until the break is explained (see {@code docs/runbooks/audit-verify.md}).
 *
 * @param sequence the sequence at which the break was found: the altered event, the first missing one, or the
 *                 anchored one
 * @param eventId  the id of the event stored at {@code sequence}, or null when no event is stored there
 * @param reason   what kind of break
 * @param detail   one plain sentence for the operator; never contains event contents
 */
public record AuditChainBreak(long sequence, UUID eventId, Reason reason, String detail) {

    public AuditChainBreak {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The stored event's id, if an event is stored at the break. */
    public Optional<UUID> storedEventId() {
        return Optional.ofNullable(eventId);
    }

    /** Kinds of break, each with a stable code printed by {@code hearth audit verify}. */
    public enum Reason {
        /** An event's contents no longer produce its stored hash: it was changed after it was recorded. */
        HASH_MISMATCH("hash_mismatch"),
        /**
         * An event's recorded previous hash is not the hash of the event before it: that event (or this one) was
         * rewritten, hashes included.
         */
        PREVIOUS_HASH_MISMATCH("previous_hash_mismatch"),
        /** Sequence numbers jump: the event at {@code sequence} (and perhaps more) was deleted. */
        EVENT_MISSING("event_missing"),
        /** Sequence numbers go backwards or repeat. */
        OUT_OF_ORDER("out_of_order"),
        /** A stored row cannot be read back as an event at all (a field no longer has a valid shape). */
        UNREADABLE_EVENT("unreadable_event"),
        /** The chain ends before the anchored event: events were removed from the end. */
        ANCHOR_MISSING("anchor_missing"),
        /** The anchored event's hash differs from the anchor: history up to it was rewritten. */
        ANCHOR_MISMATCH("anchor_mismatch");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** Stable machine-readable code. */
        public String code() {
            return code;
        }
    }
}
