package dev.hearth.application.port.out.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies an audit chain one event at a time, in sequence order, so an implementation can stream millions of events
 * through it without holding them. Every implementation of {@link VerifyAuditChainPort} walks with this class, so the
 * checks are the same everywhere.
 *
 * <p>For each event, in this order: its sequence is the one expected (1, then one more each time; a jump means
 * events were deleted); its {@code previousHash} is the hash of the event before it; its stored {@code hash} equals
 * {@link AuditChainFormat#recompute the hash of its contents}. The walk stops at the first break. At the end, an
 * optional {@link AuditChainAnchor} must name an event that was seen with the same hash.
 *
 * <pre>{@code
 * AuditChainWalk walk = new AuditChainWalk(anchor);   // anchor may be null
 * for (RecordedAuditEvent e : eventsInSequenceOrder) {
 *     if (!walk.accept(e)) break;                     // broken: stop reading
 * }
 * AuditChainVerification result = walk.finish();
 * }</pre>
 */
public final class AuditChainWalk {

    private final AuditChainAnchor anchor;
    private long expectedSequence = 1;
    private AuditHash previousHash = AuditHash.GENESIS;
    private long checked;
    private AuditChainBreak firstBreak;
    private boolean anchorSeen;

    /** A walk with no anchor. */
    public AuditChainWalk() {
        this(null);
    }

    /** A walk that also checks the chain still holds {@code anchor} (null for none). */
    public AuditChainWalk(AuditChainAnchor anchor) {
        this.anchor = anchor;
    }

    /**
     * Checks the next event.
     *
     * @return true while the chain is intact; false once a break is found (further events are ignored)
     */
    public boolean accept(RecordedAuditEvent event) {
        Objects.requireNonNull(event, "event");
        if (firstBreak != null) {
            return false;
        }
        long sequence = event.sequence();
        if (sequence > expectedSequence) {
            String missing = sequence - expectedSequence == 1 ? "event " + expectedSequence + " is missing"
                    : "events " + expectedSequence + " to " + (sequence - 1) + " are missing";
            return broken(expectedSequence, null, AuditChainBreak.Reason.EVENT_MISSING,
                    missing + ": the chain jumps from " + (expectedSequence - 1) + " to " + sequence);
        }
        if (sequence < expectedSequence) {
            return broken(sequence, event.eventId(), AuditChainBreak.Reason.OUT_OF_ORDER,
                    "event " + sequence + " came after event " + (expectedSequence - 1));
        }
        if (!event.previousHash().equals(previousHash)) {
            return broken(sequence, event.eventId(), AuditChainBreak.Reason.PREVIOUS_HASH_MISMATCH,
                    "event " + sequence + " records a previous hash that is not the hash of event "
                            + (sequence - 1) + ": one of the two was rewritten, hashes included");
        }
        if (!AuditChainFormat.recompute(event).equals(event.hash())) {
            return broken(sequence, event.eventId(), AuditChainBreak.Reason.HASH_MISMATCH,
                    "the contents of event " + sequence + " no longer match its hash: it was changed after it"
                            + " was recorded");
        }
        if (anchor != null && anchor.sequence() == sequence) {
            anchorSeen = true;
            if (!anchor.hash().equals(event.hash())) {
                return broken(sequence, event.eventId(), AuditChainBreak.Reason.ANCHOR_MISMATCH,
                        "event " + sequence + " has a different hash from the anchor kept for it: the chain up to"
                                + " it was rewritten");
            }
        }
        checked++;
        previousHash = event.hash();
        expectedSequence = sequence + 1;
        return true;
    }

    /**
     * Records a stored event that could not be read back as an event at all (for example a field edited into a shape
     * {@link AuditEvent} refuses). Always a break.
     *
     * @param why a plain sentence that does not quote the stored value
     */
    public boolean acceptUnreadable(long sequence, UUID eventId, String why) {
        if (firstBreak != null) {
            return false;
        }
        if (sequence > expectedSequence) {
            return broken(expectedSequence, null, AuditChainBreak.Reason.EVENT_MISSING,
                    "event " + expectedSequence + " is missing: the chain jumps from " + (expectedSequence - 1)
                            + " to " + sequence);
        }
        return broken(sequence, eventId, AuditChainBreak.Reason.UNREADABLE_EVENT,
                "event " + sequence + " cannot be read back as an audit event (" + why + "): it was changed after"
                        + " it was recorded");
    }

    /** Whether no break has been found so far. */
    public boolean intact() {
        return firstBreak == null;
    }

    /** The outcome, once every event was accepted (or the walk stopped at a break). */
    public AuditChainVerification finish() {
        if (firstBreak == null && anchor != null && !anchorSeen) {
            long last = expectedSequence - 1;
            firstBreak = new AuditChainBreak(anchor.sequence(), null, AuditChainBreak.Reason.ANCHOR_MISSING,
                    "the chain ends at event " + last + " but an anchor was kept for event " + anchor.sequence()
                            + ": events were removed from the end");
        }
        if (firstBreak != null) {
            return new AuditChainVerification(checked, Optional.empty(), Optional.of(firstBreak));
        }
        Optional<AuditChainAnchor> head = checked == 0 ? Optional.empty()
                : Optional.of(new AuditChainAnchor(expectedSequence - 1, previousHash));
        return new AuditChainVerification(checked, head, Optional.empty());
    }

    private boolean broken(long sequence, UUID eventId, AuditChainBreak.Reason reason, String detail) {
        firstBreak = new AuditChainBreak(sequence, eventId, reason, detail);
        return false;
    }
}
