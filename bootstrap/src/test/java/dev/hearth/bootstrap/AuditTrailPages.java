package dev.hearth.bootstrap;

import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.ReadAuditTrailPort;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import java.util.ArrayList;
import java.util.List;

/** Reads the whole audit trail after a point, page by page, for end-to-end tests that assert which events happened. */
final class AuditTrailPages {

    private static final int PAGE = 1_000;

    private AuditTrailPages() {
    }

    /** Every event recorded after {@code sequence}, oldest first. */
    static List<RecordedAuditEvent> recordedAfter(ReadAuditTrailPort trail, long sequence) {
        List<RecordedAuditEvent> all = new ArrayList<>();
        List<RecordedAuditEvent> page;
        do {
            page = trail.readAfter(sequence, PAGE);
            all.addAll(page);
            sequence = page.isEmpty() ? sequence : page.get(page.size() - 1).sequence();
        } while (page.size() == PAGE);
        return all;
    }

    /** The events recorded after {@code sequence}, without their chain fields. */
    static List<AuditEvent> eventsAfter(ReadAuditTrailPort trail, long sequence) {
        return recordedAfter(trail, sequence).stream().map(RecordedAuditEvent::event).toList();
    }

    /** The sequence of the last event recorded, or 0 for an empty trail. */
    static long lastSequence(ReadAuditTrailPort trail) {
        List<RecordedAuditEvent> all = recordedAfter(trail, 0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }
}
