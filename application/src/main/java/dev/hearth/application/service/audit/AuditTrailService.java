package dev.hearth.application.service.audit;

import dev.hearth.application.port.in.audit.AuditTrailVerification;
import dev.hearth.application.port.in.audit.HouseholdActivityPage;
import dev.hearth.application.port.in.audit.ListHouseholdActivityQuery;
import dev.hearth.application.port.in.audit.ListHouseholdActivityUseCase;
import dev.hearth.application.port.in.audit.VerifyAuditTrailQuery;
import dev.hearth.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditChainVerification;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.ReadAuditTrailPort;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.audit.VerifyAuditChainPort;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail as users and auditors read it: a household's own activity, and verification of the whole chain
 * (which is itself recorded, so a verification that found a break cannot be quietly forgotten).
 */
public final class AuditTrailService implements ListHouseholdActivityUseCase, VerifyAuditTrailUseCase {

    private static final String HOUSEHOLD = "household";

    private final ReadAuditTrailPort read;
    private final VerifyAuditChainPort chain;
    private final AppendAuditEventPort append;
    private final Clock clock;

    public AuditTrailService(ReadAuditTrailPort read, VerifyAuditChainPort chain, AppendAuditEventPort append,
                             Clock clock) {
        this.read = Objects.requireNonNull(read, "read");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.append = Objects.requireNonNull(append, "append");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HouseholdActivityPage list(ListHouseholdActivityQuery query) {
        List<RecordedAuditEvent> events = read.readForTarget(HOUSEHOLD, query.householdId().toString(),
                query.afterSequence(), query.limit() + 1);
        boolean more = events.size() > query.limit();
        List<HouseholdActivityPage.Entry> entries = new ArrayList<>();
        for (RecordedAuditEvent recorded : events.subList(0, Math.min(events.size(), query.limit()))) {
            AuditEvent e = recorded.event();
            entries.add(new HouseholdActivityPage.Entry(recorded.sequence(), e.occurredAt(), e.actorId(), e.action(),
                    e.correlationId(), e.justification(), e.details()));
        }
        Long next = more ? entries.get(entries.size() - 1).sequence() : null;
        return new HouseholdActivityPage(entries, next);
    }

    @Override
    public AuditTrailVerification verify(VerifyAuditTrailQuery query) {
        Instant now = clock.instant();
        AuditChainVerification walked = chain.verify();
        AuditTrailVerification result = new AuditTrailVerification(walked.intact(), walked.eventsChecked(),
                walked.head().map(h -> h.sequence()).orElse(null),
                walked.head().map(h -> h.hash().hex()).orElse(null),
                walked.firstBreak().map(b -> b.sequence()).orElse(null),
                walked.firstBreak().map(b -> b.reason().code()).orElse(null));
        AuditEvent event = AuditEvent.of(query.context().actorId(), "audit.verified", "audit_chain", "main", now,
                query.context().correlationId())
                .withDetail("intact", Boolean.toString(result.intact()))
                .withDetail("events_checked", Long.toString(result.eventsChecked()));
        if (result.breakSequence() != null) {
            event = event.withDetail("break_sequence", Long.toString(result.breakSequence()));
        }
        append.append(event);
        return result;
    }
}
