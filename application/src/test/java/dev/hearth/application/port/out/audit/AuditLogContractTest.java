package dev.hearth.application.port.out.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the audit ports must do, run against the in-memory fake and the PostgreSQL adapter.
 * A subclass supplies the ports and a few tampering hooks that go around the ports, as an attacker with raw access
 * to the store would.
 */
public abstract class AuditLogContractTest {

    /** The port that appends. */
    protected abstract AppendAuditEventPort appender();

    /** The port that reads. */
    protected abstract ReadAuditTrailPort reader();

    /** The port that verifies. */
    protected abstract VerifyAuditChainPort verifier();

    /** Empties the store before each test (bypassing any protection: tests only). */
    protected abstract void resetToEmpty();

    /** Changes the actor id stored for the event at {@code sequence}, leaving its stored hash as it was. */
    protected abstract void tamperWithActor(long sequence, String newActorId);

    /** Rewrites the action of the event at {@code sequence} and stores the freshly recomputed hash with it. */
    protected abstract void rewriteWithFreshHash(long sequence, String newAction);

    /** Deletes the stored event at {@code sequence}. */
    protected abstract void deleteStored(long sequence);

    @BeforeEach
    void startEmpty() {
        resetToEmpty();
    }

    private List<RecordedAuditEvent> appendSeries(int count) {
        List<RecordedAuditEvent> recorded = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            recorded.add(appender().append(AuditEvents.householdUpdated(n)));
        }
        return recorded;
    }

    @Test
    void the_first_event_gets_sequence_one_and_links_to_the_genesis_hash() {
        RecordedAuditEvent first = appender().append(AuditEvents.householdUpdated(1));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditHash.GENESIS);
    }

    @Test
    void each_event_gets_the_next_sequence_and_the_hash_of_the_one_before() {
        List<RecordedAuditEvent> recorded = appendSeries(4);

        assertThat(recorded).extracting(RecordedAuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        for (int i = 1; i < recorded.size(); i++) {
            assertThat(recorded.get(i).previousHash()).isEqualTo(recorded.get(i - 1).hash());
        }
    }

    @Test
    void the_stored_hash_is_the_sha256_the_chain_format_defines() {
        for (RecordedAuditEvent recorded : appendSeries(3)) {
            assertThat(recorded.hash()).isEqualTo(AuditChainFormat.hash(recorded.sequence(), recorded.eventId(),
                    recorded.previousHash(), recorded.event()));
        }
    }

    @Test
    void event_ids_are_distinct_version_7_uuids_carrying_the_time_it_happened() {
        List<RecordedAuditEvent> recorded = appendSeries(5);

        assertThat(recorded).extracting(RecordedAuditEvent::eventId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        RecordedAuditEvent first = recorded.get(0);
        assertThat(first.eventId().getMostSignificantBits() >>> 16)
                .isEqualTo(first.event().occurredAt().toEpochMilli());
    }

    @Test
    void an_event_reads_back_equal_to_what_was_appended_to_the_microsecond() {
        AuditEvent override = AuditEvents.crisisOverride("0190f3a2-7c1e-7d2b-9c55-000000000042");
        AuditEvent plain = AuditEvent.of("system:key-rotation", "keys.rotated", "keyset", "field-keyset",
                Instant.parse("2026-05-14T09:30:00.999999999Z"), "job-7");
        RecordedAuditEvent first = appender().append(override);
        RecordedAuditEvent second = appender().append(plain);

        List<RecordedAuditEvent> read = reader().readAfter(0, 10);

        assertThat(read).containsExactly(first, second);
        assertThat(read.get(0).event().justification()).contains("SG-4.2").contains("\n");
        assertThat(read.get(0).event().details()).containsExactly(
                Map.entry("expires_in_minutes", "240"), Map.entry("policy", "SG-4.2"));
        assertThat(read.get(1).event().occurredAt()).isEqualTo(Instant.parse("2026-05-14T09:30:00.999999Z"));
        assertThat(read.get(1).event().justification()).isNull();
    }

    @Test
    void reading_after_a_sequence_pages_through_the_trail_in_order() {
        List<RecordedAuditEvent> recorded = appendSeries(5);

        assertThat(reader().readAfter(0, 2)).containsExactly(recorded.get(0), recorded.get(1));
        assertThat(reader().readAfter(2, 2)).containsExactly(recorded.get(2), recorded.get(3));
        assertThat(reader().readAfter(4, 2)).containsExactly(recorded.get(4));
        assertThat(reader().readAfter(5, 2)).isEmpty();
    }

    @Test
    void reading_for_a_target_returns_only_the_events_about_it() {
        appendSeries(3);
        String household = "0190f3a2-7c1e-7d2b-9c55-000000000042";
        RecordedAuditEvent opened = appender().append(AuditEvents.crisisOverride(household));
        appendSeries(1);
        RecordedAuditEvent again = appender().append(AuditEvents.crisisOverride(household));

        assertThat(reader().readForTarget("household", household, 0, 10)).containsExactly(opened, again);
        assertThat(reader().readForTarget("household", household, opened.sequence(), 10)).containsExactly(again);
        assertThat(reader().readForTarget("account", household, 0, 10)).isEmpty();
    }

    @Test
    void paging_arguments_out_of_range_are_refused() {
        assertThatThrownBy(() -> reader().readAfter(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader().readAfter(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader().readAfter(0, ReadAuditTrailPort.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_chain_is_intact_and_has_no_head() {
        AuditChainVerification result = verifier().verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isZero();
        assertThat(result.head()).isEmpty();
    }

    @Test
    void an_untouched_chain_verifies_and_reports_its_head_as_an_anchor() {
        List<RecordedAuditEvent> recorded = appendSeries(5);

        AuditChainVerification result = verifier().verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(5);
        assertThat(result.head()).contains(recorded.get(4).anchor());
    }

    @Test
    void an_event_changed_in_the_store_is_found_exactly_where_it_was_changed() {
        List<RecordedAuditEvent> recorded = appendSeries(5);

        tamperWithActor(3, "acct_mallory");
        AuditChainVerification result = verifier().verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.eventsChecked()).isEqualTo(2);
        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.eventId()).isEqualTo(recorded.get(2).eventId());
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.HASH_MISMATCH);
            assertThat(b.detail()).contains("event 3").doesNotContain("mallory");
        });
        assertThat(result.head()).isEmpty();
    }

    @Test
    void an_event_deleted_from_the_middle_is_found_as_missing() {
        appendSeries(5);

        deleteStored(3);
        AuditChainVerification result = verifier().verify();

        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(3);
            assertThat(b.storedEventId()).isEmpty();
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.EVENT_MISSING);
            assertThat(b.detail()).contains("event 3 is missing");
        });
        assertThat(result.eventsChecked()).isEqualTo(2);
    }

    @Test
    void an_event_rewritten_with_a_fresh_hash_breaks_the_link_from_the_next_event() {
        List<RecordedAuditEvent> recorded = appendSeries(5);

        rewriteWithFreshHash(3, "household.viewed");
        AuditChainVerification result = verifier().verify();

        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.eventId()).isEqualTo(recorded.get(3).eventId());
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.PREVIOUS_HASH_MISMATCH);
        });
    }

    @Test
    void an_anchor_kept_from_an_earlier_run_still_verifies_as_the_chain_grows() {
        appendSeries(3);
        AuditChainAnchor anchor = verifier().verify().head().orElseThrow();
        appendSeries(2);

        AuditChainVerification result = verifier().verify(anchor);

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(5);
    }

    @Test
    void events_cut_off_the_end_are_found_only_with_an_anchor() {
        appendSeries(5);
        AuditChainAnchor anchor = verifier().verify().head().orElseThrow();

        deleteStored(5);

        assertThat(verifier().verify().intact()).as("the chain alone cannot tell").isTrue();
        assertThat(verifier().verify(anchor).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.ANCHOR_MISSING);
        });
    }

    @Test
    void the_last_event_rewritten_with_a_fresh_hash_is_found_only_with_an_anchor() {
        appendSeries(5);
        AuditChainAnchor anchor = verifier().verify().head().orElseThrow();

        rewriteWithFreshHash(5, "household.viewed");

        assertThat(verifier().verify().intact()).as("the chain alone cannot tell").isTrue();
        assertThat(verifier().verify(anchor).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(5);
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.ANCHOR_MISMATCH);
        });
    }

    @Test
    void appending_after_a_verification_continues_the_same_chain() {
        appendSeries(2);
        AuditChainAnchor head = verifier().verify().head().orElseThrow();

        RecordedAuditEvent next = appender().append(AuditEvents.householdUpdated(3));

        assertThat(next.sequence()).isEqualTo(head.sequence() + 1);
        assertThat(next.previousHash()).isEqualTo(head.hash());
        assertThat(verifier().verify().intact()).isTrue();
    }

    /** Helper for subclasses: the record with a different event and the stored hash unchanged. */
    protected static RecordedAuditEvent withActor(RecordedAuditEvent recorded, String actorId) {
        AuditEvent e = recorded.event();
        AuditEvent changed = new AuditEvent(actorId, e.action(), e.targetType(), e.targetId(), e.occurredAt(),
                e.correlationId(), e.justification(), e.details());
        return new RecordedAuditEvent(recorded.sequence(), recorded.eventId(), changed, recorded.previousHash(),
                recorded.hash());
    }

    /** Helper for subclasses: the record with a different action and a freshly computed hash. */
    protected static RecordedAuditEvent withActionAndFreshHash(RecordedAuditEvent recorded, String action) {
        AuditEvent e = recorded.event();
        AuditEvent changed = new AuditEvent(e.actorId(), action, e.targetType(), e.targetId(), e.occurredAt(),
                e.correlationId(), e.justification(), e.details());
        UUID id = recorded.eventId();
        return new RecordedAuditEvent(recorded.sequence(), id, changed, recorded.previousHash(),
                AuditChainFormat.hash(recorded.sequence(), id, recorded.previousHash(), changed));
    }
}
