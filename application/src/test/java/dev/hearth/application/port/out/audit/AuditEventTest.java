package dev.hearth.application.port.out.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** An audit event holds no personal data: the shapes it refuses, and what it normalises. */
class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-05-14T09:30:00Z");

    static AuditEvent with(String actor, String action, String targetType, String targetId, String correlation) {
        return new AuditEvent(actor, action, targetType, targetId, AT, correlation, null, Map.of());
    }

    /** field | bad value | why it must be refused. */
    static Stream<Arguments> refusedShapes() {
        return Stream.of(
                Arguments.of("actorId", "jane.doe@example.org", "an e-mail address is personal data"),
                Arguments.of("actorId", "Jane Doe", "a name with a space is personal data"),
                Arguments.of("actorId", "", "an actor is required"),
                Arguments.of("actorId", "x".repeat(129), "ids are at most 128 characters"),
                Arguments.of("action", "Household.Created", "actions are lower-case codes"),
                Arguments.of("action", "household created", "actions have no spaces"),
                Arguments.of("action", "household..created", "no empty segment"),
                Arguments.of("action", "a".repeat(65), "actions are at most 64 characters"),
                Arguments.of("targetType", "house-hold", "target types are snake_case"),
                Arguments.of("targetId", "flat 3, 12 high street", "an address is personal data"),
                Arguments.of("correlationId", "req\nforged log line", "no control characters in ids"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused: {2}")
    @MethodSource("refusedShapes")
    void identifiers_and_codes_that_could_carry_personal_data_are_refused_without_echoing_them(
            String field, String value, String why) {
        assertThatThrownBy(() -> build(field, value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field)
                .satisfies(e -> {
                    if (!value.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(value);
                    }
                });
    }

    private static AuditEvent build(String field, String value) {
        return switch (field) {
            case "actorId" -> with(value, "household.created", "household", "h1", "req-1");
            case "action" -> with("acct_1", value, "household", "h1", "req-1");
            case "targetType" -> with("acct_1", "household.created", value, "h1", "req-1");
            case "targetId" -> with("acct_1", "household.created", "household", value, "req-1");
            default -> with("acct_1", "household.created", "household", "h1", value);
        };
    }

    @Test
    void details_values_cannot_hold_sentences_or_email_addresses() {
        AuditEvent event = AuditEvents.householdUpdated(1);
        assertThatThrownBy(() -> event.withDetail("note", "rang Jane about arrears"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("details.note")
                .hasMessageNotContaining("Jane");
        assertThatThrownBy(() -> event.withDetail("email", "jane@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.withDetail("Bad-Key", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void at_most_sixteen_details_are_kept() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < AuditEvent.MAX_DETAILS; i++) {
            many.put("k" + i, "v" + i);
        }
        AuditEvent sixteen = new AuditEvent("acct_1", "a.b", "t", "i", AT, "r", null, many);
        assertThat(sixteen.details()).hasSize(16);
        many.put("k16", "v16");
        assertThatThrownBy(() -> new AuditEvent("acct_1", "a.b", "t", "i", AT, "r", null, many))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void details_are_held_sorted_by_key_and_cannot_be_changed_afterwards() {
        Map<String, String> mutable = new HashMap<>(Map.of("zeta", "1", "alpha", "2", "mid", "3"));
        AuditEvent event = new AuditEvent("acct_1", "a.b", "t", "i", AT, "r", null, mutable);
        mutable.put("late", "4");

        assertThat(event.details().keySet()).containsExactly("alpha", "mid", "zeta");
        assertThatThrownBy(() -> event.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_justification_is_absent_or_real_text() {
        AuditEvent event = AuditEvents.householdUpdated(1);
        assertThat(event.withJustification("Policy SG-4.2\nline two").justification()).contains("\n");
        assertThatThrownBy(() -> event.withJustification("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.withJustification("x".repeat(2_001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.withJustification("nul\u0000byte")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event.withJustification("broken \uD800 surrogate"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_time_is_kept_to_the_microsecond_as_postgresql_stores_it() {
        AuditEvent event = new AuditEvent("acct_1", "a.b", "t", "i", Instant.parse("2026-05-14T09:30:00.123456789Z"),
                "r", null, Map.of());
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-05-14T09:30:00.123456Z"));
        assertThatThrownBy(() -> new AuditEvent("acct_1", "a.b", "t", "i", Instant.parse("1969-12-31T23:59:59Z"),
                "r", null, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
