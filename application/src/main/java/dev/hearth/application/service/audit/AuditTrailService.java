package dev.hearth.application.service.audit;

import dev.hearth.application.port.in.audit.AuditChainReport;
import dev.hearth.application.port.in.audit.AuditTrailVerification;
import dev.hearth.application.port.in.audit.HouseholdActivityPage;
import dev.hearth.application.port.in.audit.ListHouseholdActivityQuery;
import dev.hearth.application.port.in.audit.ListHouseholdActivityUseCase;
import dev.hearth.application.port.in.audit.VerifyAuditChainQuery;
import dev.hearth.application.port.in.audit.VerifyAuditChainUseCase;
import dev.hearth.application.port.in.audit.VerifyAuditTrailQuery;
import dev.hearth.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditChainAnchor;
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
import java.util.Optional;

/**
 * The audit trail as users and auditors read it: a household's own activity, and verification of the whole chain
 * (which is itself recorded, so a verification that found a break cannot be quietly forgotten), whether asked through
 * the API or by an operator's {@code hearth audit verify}.
 */
public final class AuditTrailService implements ListHouseholdActivityUseCase, VerifyAuditTrailUseCase,
        VerifyAuditChainUseCase {

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
        AuditChainVerification walked = walkAndRecord(query.context(), Optional.empty());
        return new AuditTrailVerification(walked.intact(), walked.eventsChecked(),
                walked.head().map(h -> h.sequence()).orElse(null),
                walked.head().map(h -> h.hash().hex()).orElse(null),
                walked.firstBreak().map(b -> b.sequence()).orElse(null),
                walked.firstBreak().map(b -> b.reason().code()).orElse(null));
    }

    @Override
    public AuditChainReport verify(VerifyAuditChainQuery query) {
        AuditChainVerification walked = walkAndRecord(query.context(), query.anchor().map(AuditChainAnchor::parse));
        return new AuditChainReport(walked.eventsChecked(), walked.head().map(AuditChainAnchor::toString),
                walked.firstBreak().map(b -> new AuditChainReport.Break(b.sequence(), b.storedEventId(),
                        b.reason().code(), b.detail())));
    }

    /** Walks the chain (checking the anchor, if any), then records the verification as {@code audit.verified}. */
    private AuditChainVerification walkAndRecord(CallContext context, Optional<AuditChainAnchor> anchor) {
        Instant now = clock.instant();
        AuditChainVerification walked = anchor.isPresent() ? chain.verify(anchor.get()) : chain.verify();
        AuditEvent event = AuditEvent.of(context.actorId(), "audit.verified", "audit_chain", "main", now,
                context.correlationId())
                .withDetail("intact", Boolean.toString(walked.intact()))
                .withDetail("events_checked", Long.toString(walked.eventsChecked()));
        if (walked.firstBreak().isPresent()) {
            event = event.withDetail("break_sequence", Long.toString(walked.firstBreak().get().sequence()));
        }
        append.append(event);
        return walked;
    }
}
