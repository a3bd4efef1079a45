package dev.hearth.application.port.out.audit;

import java.util.List;

/**
 * Reads recorded audit events, oldest first, a page at a time. Pages are addressed by sequence (keyset pagination):
 * pass the last sequence of one page as {@code afterSequence} to get the next; 0 starts at the beginning.
 */
public interface ReadAuditTrailPort {

    /** Largest page size any implementation must accept. */
    int MAX_PAGE_SIZE = 1_000;

    /**
     * Up to {@code limit} events with a sequence greater than {@code afterSequence}, in sequence order.
     *
     * @param afterSequence 0 or more
     * @param limit         1 to {@link #MAX_PAGE_SIZE}
     */
    List<RecordedAuditEvent> readAfter(long afterSequence, int limit);

    /**
     * Like {@link #readAfter(long, int)}, limited to events about one target, e.g. everything done to one household.
     */
    List<RecordedAuditEvent> readForTarget(String targetType, String targetId, long afterSequence, int limit);

    /** Checks the paging arguments every implementation takes. */
    static void checkPage(long afterSequence, int limit) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
