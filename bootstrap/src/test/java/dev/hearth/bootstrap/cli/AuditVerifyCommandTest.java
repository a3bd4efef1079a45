package dev.hearth.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.bootstrap.HearthMain;
import dev.hearth.bootstrap.cli.HearthMainTest.Run;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearth audit verify} against real PostgreSQL, one fresh migrated database per test: the output and exit codes
 * of docs/runbooks/audit-verify.md, and a row tampered with as a superuser would is named by its sequence.
 */
class AuditVerifyCommandTest {

    @TempDir
    Path dataDir;

    private TestDatabase db;
    private Map<String, String> env;
    private PostgresAdapters postgres;

    static Map<String, String> environment(TestDatabase db, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", db.jdbcUrl());
        env.put("DATABASE_USER", db.user());
        if (db.password() != null) {
            env.put("DATABASE_PASSWORD", db.password());
        }
        env.put("HEARTH_DATA_DIR", dataDir.toString());
        return env;
    }

    @BeforeEach
    void migratedDatabase() {
        db = TestPostgres.instance().createDatabase(AuditVerifyCommandTest.class);
        env = environment(db, dataDir);
        assertThat(HearthMainTest.run(env, "migrate").exitCode()).isZero();
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
    }

    @AfterEach
    void close() {
        postgres.close();
    }

    private List<RecordedAuditEvent> append(int events) {
        List<RecordedAuditEvent> recorded = new ArrayList<>();
        for (int n = 1; n <= events; n++) {
            recorded.add(postgres.auditLog().append(AuditEvent.of("acct_" + n, "household.updated", "household",
                    "h" + n, Instant.parse("2026-05-14T10:00:00Z").plusSeconds(n), "req-" + n)));
        }
        return recorded;
    }

    @Test
    void an_empty_chain_is_intact_with_no_head() {
        Run run = HearthMainTest.run(env, "audit", "verify");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("audit chain intact: 0 events verified\n");
    }

    @Test
    void an_intact_chain_exits_0_and_prints_the_head_as_an_anchor_to_keep() {
        RecordedAuditEvent last = append(3).get(2);

        Run run = HearthMainTest.run(env, "audit", "verify");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("audit chain intact: 3 events verified\n"
                + "head (keep this anchor): 3:" + last.hash().hex() + "\n");
    }

    @Test
    void a_verification_from_the_command_line_is_recorded_as_audit_verified_by_the_system() {
        append(2);

        Run run = HearthMainTest.run(env, "audit", "verify");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<RecordedAuditEvent> trail = postgres.auditLog().readAfter(0, 1_000);
        assertThat(trail).hasSize(3);
        AuditEvent recorded = trail.get(2).event();
        assertThat(recorded.action()).isEqualTo("audit.verified");
        assertThat(recorded.actorId()).isEqualTo("system:audit-verify");
        assertThat(recorded.correlationId()).startsWith("audit-verify:");
        assertThat(recorded.details()).containsEntry("intact", "true").containsEntry("events_checked", "2");
        assertThat(HearthMainTest.run(env, "audit", "verify").out())
                .as("the recording event joins the chain like any other")
                .startsWith("audit chain intact: 3 events verified\n");
    }

    @Test
    void a_verification_that_finds_a_break_is_recorded_with_where_it_broke() {
        RecordedAuditEvent anchored = append(2).get(1);

        Run forged = HearthMainTest.run(env, "audit", "verify", "--anchor", "2:" + "cd".repeat(32));

        assertThat(forged.exitCode()).isEqualTo(HearthMain.EXIT_FAILURE);
        List<RecordedAuditEvent> trail = postgres.auditLog().readAfter(0, 1_000);
        assertThat(trail).hasSize(3);
        assertThat(trail.get(2).event().details()).containsEntry("intact", "false")
                .containsEntry("break_sequence", Long.toString(anchored.sequence()));
    }

    @Test
    void a_kept_anchor_still_verifies_after_more_events_and_a_rewritten_one_is_a_break() {
        RecordedAuditEvent anchored = append(2).get(1);
        append(2);

        Run kept = HearthMainTest.run(env, "audit", "verify", "--anchor", "2:" + anchored.hash().hex());
        Run forged = HearthMainTest.run(env, "audit", "verify", "--anchor", "2:" + "ab".repeat(32));
        Run beyondTheEnd = HearthMainTest.run(env, "audit", "verify", "--anchor", "9:" + anchored.hash().hex());

        assertThat(kept.exitCode()).isZero();
        assertThat(kept.out()).startsWith("audit chain intact: 4 events verified\n");
        assertThat(forged.exitCode()).isEqualTo(HearthMain.EXIT_FAILURE);
        assertThat(forged.out()).startsWith("audit chain BROKEN at event 2 (event id " + anchored.eventId()
                + "): anchor_mismatch\n");
        assertThat(beyondTheEnd.exitCode()).isEqualTo(HearthMain.EXIT_FAILURE);
        assertThat(beyondTheEnd.out()).contains(": anchor_missing\n");
    }

    @Test
    void a_row_tampered_with_as_superuser_exits_1_naming_that_sequence() throws SQLException {
        List<RecordedAuditEvent> events = append(5);
        assumeThat(superuser()).as("tampering needs a superuser login").isTrue();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");   // triggers off for this session, as an attacker
            s.execute("UPDATE audit.event SET target_id = 'h-other' WHERE seq = 3");
        }

        Run run = HearthMainTest.run(env, "audit", "verify");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_FAILURE);
        assertThat(run.out()).startsWith("audit chain BROKEN at event 3 (event id " + events.get(2).eventId()
                + "): hash_mismatch\n").endsWith("\n2 events verified before the break\n")
                .doesNotContain("head", "h-other");
    }

    @Test
    void a_malformed_anchor_is_bad_usage() {
        Run run = HearthMainTest.run(env, "audit", "verify", "--anchor", "yesterday");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("--anchor: an anchor is written <sequence>:<64 hex characters>");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void bad_configuration_is_bad_usage() {
        Run run = HearthMainTest.run(Map.of("HEARTH_PROFILE", "production"), "audit", "verify");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("DATABASE_URL: required when HEARTH_PROFILE=production");
    }

    @Test
    void a_database_that_cannot_be_read_is_no_verdict_and_exits_1() {
        TestDatabase unmigrated = TestPostgres.instance().createDatabase("audit_verify_unmigrated");

        Run run = HearthMainTest.run(environment(unmigrated, dataDir), "audit", "verify");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("audit chain NOT VERIFIED", "not a verdict on the chain");
    }

    private boolean superuser() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
