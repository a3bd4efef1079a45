package dev.hearth.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.port.in.audit.AuditChainReport;
import dev.hearth.application.port.in.audit.VerifyAuditChainQuery;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator's verification ({@code hearth audit verify}) records itself exactly as the API's does. */
class VerifyAuditChainTest {

    private static final Instant NOW = Instant.parse("2026-05-14T09:00:00Z");

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AuditTrailService service = new AuditTrailService(log, log, log, Clock.fixed(NOW, ZoneOffset.UTC));
    private final CallContext operator = CallContext.system("audit-verify", "run-1");

    private RecordedAuditEvent append(int n) {
        return log.append(AuditEvent.of("acct_" + n, "household.updated", "household", "h" + n,
                NOW.minusSeconds(100 - n), "req-" + n));
    }

    @Test
    void an_intact_chain_reports_its_head_and_is_recorded_as_audit_verified_by_the_system_actor() {
        append(1);
        RecordedAuditEvent last = append(2);

        AuditChainReport report = service.verify(new VerifyAuditChainQuery(operator, Optional.empty()));

        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(2);
        assertThat(report.head()).contains("2:" + last.hash().hex());
        AuditEvent recorded = log.events().get(2);
        assertThat(recorded.action()).isEqualTo("audit.verified");
        assertThat(recorded.actorId()).isEqualTo("system:audit-verify");
        assertThat(recorded.correlationId()).isEqualTo("audit-verify:run-1");
        assertThat(recorded.occurredAt()).isEqualTo(NOW);
        assertThat(recorded.details()).containsEntry("intact", "true").containsEntry("events_checked", "2");
    }

    @Test
    void an_anchor_the_chain_no_longer_holds_is_a_break_with_the_stored_event_and_is_recorded() {
        RecordedAuditEvent first = append(1);

        AuditChainReport report = service.verify(new VerifyAuditChainQuery(operator,
                Optional.of("1:" + "ab".repeat(32))));

        assertThat(report.intact()).isFalse();
        assertThat(report.head()).isEmpty();
        AuditChainReport.Break at = report.firstBreak().orElseThrow();
        assertThat(at.sequence()).isEqualTo(1);
        assertThat(at.storedEventId()).contains(first.eventId());
        assertThat(at.reason()).isEqualTo("anchor_mismatch");
        assertThat(at.detail()).isNotBlank();
        assertThat(log.events().get(1).details()).containsEntry("intact", "false")
                .containsEntry("break_sequence", "1");
    }

    @Test
    void a_malformed_anchor_is_refused_before_anything_is_read() {
        assertThatThrownBy(() -> new VerifyAuditChainQuery(operator, Optional.of("yesterday")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an anchor is written <sequence>:<64 hex characters>");
    }
}
