package dev.hearth.application.port.in.audit;

/**
 * What a walk of the audit chain found.
 *
 * @param intact        true when every event's hash and link to the one before it verified
 * @param eventsChecked how many events verified before the walk ended (at the last event or at the first break)
 * @param headSequence  the sequence of the last event of an intact chain (keep it with headHash as an anchor to check
 *                      later that nothing before it was rewritten); null for an empty or broken chain
 * @param headHash      the hash of that event, hex; null for an empty or broken chain
 * @param breakSequence the sequence where the chain first breaks; null when intact
 * @param breakReason   why it breaks there, a stable code such as {@code hash_mismatch}; null when intact
 */
public record AuditTrailVerification(boolean intact, long eventsChecked, Long headSequence, String headHash,
                                     Long breakSequence, String breakReason) {
}
