package dev.hearth.application.port.out.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chain format is a published contract: its bytes and hash are pinned, and every field takes part. */
class AuditChainFormatTest {

    static final UUID ID = UUID.fromString("0190f3a2-7c1e-7d2b-9c55-3f0e1a2b3c4d");
    static final AuditEvent EVENT = new AuditEvent("acct_1", "household.created", "household", "h-1",
            Instant.parse("2026-05-14T09:30:00.000001Z"), "req-1", "Policy SG-4.2", Map.of("b", "2", "a", "1"));

    @Test
    void the_encoding_is_exactly_the_documented_bytes() {
        String expected = ""
                + "0000000f" + hex("hearth.audit.v1")
                + "0000000000000007"                                   // sequence
                + "0190f3a27c1e7d2b" + "9c553f0e1a2b3c4d"              // event id
                + "00".repeat(32)                                      // previous hash (genesis)
                + "00000006" + hex("acct_1")
                + "00000011" + hex("household.created")
                + "00000009" + hex("household")
                + "00000003" + hex("h-1")
                + "000000006a059618" + "000003e8"                      // 1778751000 s, 1000 ns
                + "00000005" + hex("req-1")
                + "01" + "0000000d" + hex("Policy SG-4.2")
                + "00000002" + "00000001" + hex("a") + "00000001" + hex("1")
                + "00000001" + hex("b") + "00000001" + hex("2");

        assertThat(HexFormat.of().formatHex(AuditChainFormat.encode(7, ID, AuditHash.GENESIS, EVENT)))
                .isEqualTo(expected);
    }

    @Test
    void the_hash_is_sha256_of_the_encoding_pinned_so_a_format_change_shows_in_review() {
        // computed independently of Java: the documented bytes above through Python's hashlib.sha256
        assertThat(AuditChainFormat.hash(7, ID, AuditHash.GENESIS, EVENT).hex()).isEqualTo(PINNED_HASH);
    }

    static final String PINNED_HASH = "5559aaecc27f9a5b04e3309520c1071dee50adb38407b4faa5bb063d96387721";

    /** A change to any one field changes the hash. */
    static Stream<Arguments> changes() {
        return Stream.of(
                change("actorId", e -> new AuditEvent("acct_2", e.action(), e.targetType(), e.targetId(),
                        e.occurredAt(), e.correlationId(), e.justification(), e.details())),
                change("action", e -> new AuditEvent(e.actorId(), "household.deleted", e.targetType(), e.targetId(),
                        e.occurredAt(), e.correlationId(), e.justification(), e.details())),
                change("targetType", e -> new AuditEvent(e.actorId(), e.action(), "account", e.targetId(),
                        e.occurredAt(), e.correlationId(), e.justification(), e.details())),
                change("targetId", e -> new AuditEvent(e.actorId(), e.action(), e.targetType(), "h-2",
                        e.occurredAt(), e.correlationId(), e.justification(), e.details())),
                change("occurredAt by one microsecond", e -> new AuditEvent(e.actorId(), e.action(), e.targetType(),
                        e.targetId(), e.occurredAt().plusNanos(1_000), e.correlationId(), e.justification(),
                        e.details())),
                change("correlationId", e -> new AuditEvent(e.actorId(), e.action(), e.targetType(), e.targetId(),
                        e.occurredAt(), "req-2", e.justification(), e.details())),
                change("justification removed", e -> new AuditEvent(e.actorId(), e.action(), e.targetType(),
                        e.targetId(), e.occurredAt(), e.correlationId(), null, e.details())),
                change("a detail value", e -> e.withDetail("a", "9")),
                change("a detail added", e -> e.withDetail("c", "3")));
    }

    private static Arguments change(String what, UnaryOperator<AuditEvent> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "changing {0} changes the hash")
    @MethodSource("changes")
    void every_field_takes_part_in_the_hash(String what, UnaryOperator<AuditEvent> change) {
        AuditEvent changed = change.apply(EVENT);
        assertThat(changed).isNotEqualTo(EVENT);
        assertThat(AuditChainFormat.hash(7, ID, AuditHash.GENESIS, changed))
                .isNotEqualTo(AuditChainFormat.hash(7, ID, AuditHash.GENESIS, EVENT));
    }

    @Test
    void length_prefixes_keep_a_character_moved_between_key_and_value_from_colliding() {
        AuditEvent keyAb = new AuditEvent("acct_1", "a.b", "t", "i", EVENT.occurredAt(), "r", null, Map.of("ab", "1"));
        AuditEvent keyA = new AuditEvent("acct_1", "a.b", "t", "i", EVENT.occurredAt(), "r", null, Map.of("a", "b1"));
        assertThat(AuditChainFormat.hash(1, ID, AuditHash.GENESIS, keyAb))
                .isNotEqualTo(AuditChainFormat.hash(1, ID, AuditHash.GENESIS, keyA));
    }

    @Test
    void the_place_in_the_chain_takes_part_in_the_hash() {
        AuditHash base = AuditChainFormat.hash(7, ID, AuditHash.GENESIS, EVENT);
        assertThat(AuditChainFormat.hash(8, ID, AuditHash.GENESIS, EVENT)).isNotEqualTo(base);
        assertThat(AuditChainFormat.hash(7, UUID.randomUUID(), AuditHash.GENESIS, EVENT)).isNotEqualTo(base);
        assertThat(AuditChainFormat.hash(7, ID, base, EVENT)).isNotEqualTo(base);
    }

    @Test
    void anchors_print_and_parse_as_sequence_colon_hash() {
        AuditChainAnchor anchor = new AuditChainAnchor(1042, AuditChainFormat.hash(7, ID, AuditHash.GENESIS, EVENT));
        assertThat(AuditChainAnchor.parse(anchor.toString())).isEqualTo(anchor);
        assertThatThrownBy(() -> AuditChainAnchor.parse("1042")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChainAnchor.parse("x:" + "0".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChainAnchor.parse("0:" + "0".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChainAnchor.parse("5:ABC")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
