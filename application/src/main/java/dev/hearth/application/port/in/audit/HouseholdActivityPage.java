package dev.hearth.application.port.in.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of a household's audit events, oldest first.
 *
 * @param events            the events on this page
 * @param nextAfterSequence pass as {@code after} to read the next page; null on the last page
 */
public record HouseholdActivityPage(List<Entry> events, Long nextAfterSequence) {

    public HouseholdActivityPage {
        events = List.copyOf(events);
    }

    /**
     * One audit event about the household. It holds no personal data: people are opaque ids.
     *
     * @param sequence      the event's position in the whole audit chain
     * @param occurredAt    when it happened (UTC, ISO-8601)
     * @param actorId       who acted: an account id, {@code anonymous} before sign-in existed, or a system job
     * @param action        what was done, e.g. {@code household.changed}
     * @param correlationId the request id (X-Request-Id) of the request that did it
     * @param justification why, where a justification is required (a crisis override); otherwise null
     * @param details       small non-personal facts, e.g. the version before and after
     */
    public record Entry(long sequence, Instant occurredAt, String actorId, String action, String correlationId,
                        String justification, Map<String, String> details) {
        public Entry {
            details = Map.copyOf(details);
        }
    }
}
