package dev.hearth.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.audit.AuditChainBreak;
import dev.hearth.application.port.out.audit.AuditChainVerification;
import dev.hearth.application.port.out.audit.AuditEvents;
import dev.hearth.application.port.out.audit.AuditHash;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL itself guarantees for the audit trail, beyond the port contract: the application role's privileges,
 * the append-only trigger even for the owner, the chain check on insert, serialised concurrent appenders, joining the
 * caller's transaction, and verification across pages.
 */
class AuditTrailInPostgresTest {

    private static AuditDatabase audit;
    private static JdbiAuditLogAdapter log;

    @BeforeAll
    static void start() {
        audit = AuditDatabase.start(AuditTrailInPostgresTest.class);
        audit.assumeSuperuser();
        log = audit.postgres.auditLog();
    }

    @AfterAll
    static void stop() {
        if (audit != null) {
            audit.close();
        }
    }

    @BeforeEach
    void empty() {
        audit.emptyAuditTrail();
    }

    // ----- privileges ------------------------------------------------------------------------------------------------

    @Test
    void the_application_role_cannot_log_in_and_may_only_insert_and_select_audit_events() throws SQLException {
        assertThat(queryRow("SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'hearth_app'"))
                .containsExactly("f", "f", "f");
        assertThat(queryRow("""
                SELECT has_table_privilege('hearth_app', 'audit.event', 'SELECT'),
                       has_table_privilege('hearth_app', 'audit.event', 'INSERT'),
                       has_table_privilege('hearth_app', 'audit.event', 'UPDATE'),
                       has_table_privilege('hearth_app', 'audit.event', 'DELETE'),
                       has_table_privilege('hearth_app', 'audit.event', 'TRUNCATE'),
                       has_table_privilege('hearth_app', 'audit.event', 'REFERENCES'),
                       has_table_privilege('hearth_app', 'audit.event', 'TRIGGER'),
                       has_schema_privilege('hearth_app', 'audit', 'USAGE'),
                       has_schema_privilege('hearth_app', 'audit', 'CREATE'),
                       has_schema_privilege('public', 'audit', 'USAGE')
                """)).containsExactly("t", "t", "f", "f", "f", "f", "f", "t", "f", "f");
    }

    @Test
    void as_the_application_role_update_delete_truncate_and_create_are_denied() throws SQLException {
        log.append(AuditEvents.householdUpdated(1));
        for (String statement : List.of(
                "UPDATE audit.event SET actor_id = 'acct_mallory'",
                "DELETE FROM audit.event",
                "TRUNCATE audit.event",
                "CREATE TABLE audit.shadow (id int)",
                "ALTER TABLE audit.event DISABLE TRIGGER event_is_append_only")) {
            // 42501 insufficient_privilege (also "must be owner" for ALTER TABLE)
            assertThat(sqlStateOf("SET ROLE hearth_app; " + statement)).as(statement).isEqualTo("42501");
        }
        assertThat(log.verify().eventsChecked()).isEqualTo(1);
    }

    @Test
    void even_the_owner_cannot_update_delete_or_truncate_audit_events() throws SQLException {
        log.append(AuditEvents.householdUpdated(1));
        assertThat(queryRow("SELECT tableowner = current_user FROM pg_tables WHERE schemaname = 'audit'"
                + " AND tablename = 'event'")).containsExactly("t");
        for (String statement : List.of(
                "UPDATE audit.event SET actor_id = 'acct_mallory' WHERE seq = 1",
                "UPDATE audit.event SET actor_id = 'acct_mallory' WHERE false",
                "DELETE FROM audit.event WHERE seq = 1",
                "DELETE FROM audit.event WHERE false",
                "TRUNCATE audit.event")) {
            assertThat(sqlStateOf(statement)).as(statement).isEqualTo("HA001");
        }
        assertThat(log.verify().eventsChecked()).isEqualTo(1);
    }

    @Test
    void an_insert_that_does_not_extend_the_chain_is_refused_even_for_the_owner() throws SQLException {
        RecordedAuditEvent first = log.append(AuditEvents.householdUpdated(1));
        String insert = """
                INSERT INTO audit.event (seq, event_id, actor_id, action, target_type, target_id, occurred_at,
                                         correlation_id, previous_hash, hash)
                VALUES (%d, gen_random_uuid(), 'acct_1', 'household.updated', 'household', 'h1', now(), 'req-x',
                        decode('%s', 'hex'), decode('%s', 'hex'))
                """;
        String forged = "ab".repeat(32);
        // a gap in the sequence, a second successor of event 1 (a fork), and a wrong previous hash
        assertThat(sqlStateOf(insert.formatted(5, first.hash().hex(), forged))).isEqualTo("HA002");
        assertThat(sqlStateOf(insert.formatted(2, AuditHash.GENESIS.hex(), forged))).isEqualTo("HA002");
        assertThat(sqlStateOf(insert.formatted(1, AuditHash.GENESIS.hex(), forged))).isEqualTo("HA002");
        assertThat(log.verify().intact()).isTrue();
    }

    // ----- tampering found ---------------------------------------------------------------------------------------

    @Test
    void a_row_a_superuser_edited_into_an_invalid_event_is_reported_as_unreadable_at_that_row() {
        for (int n = 1; n <= 4; n++) {
            log.append(AuditEvents.householdUpdated(n));
        }
        audit.asSuperuserWithTriggersOff(
                "UPDATE audit.event SET details = '{\"note\": \"rang Jane Doe\"}'::jsonb WHERE seq = 2");

        AuditChainVerification result = log.verify();

        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(2);
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.UNREADABLE_EVENT);
            assertThat(b.detail()).contains("details.note").doesNotContain("Jane");
        });
        assertThatThrownBy(() -> log.readAfter(0, 10)).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.getMessage()).contains("2").doesNotContain("Jane"));
    }

    @Test
    void the_verifier_reads_past_its_first_page_and_finds_a_change_beyond_it() {
        int total = JdbiAuditLogAdapter.VERIFY_PAGE + 50;
        audit.postgres.database().useTransaction(h -> {   // one transaction: the appends join it, so it is quick
            for (int n = 1; n <= total; n++) {
                log.append(AuditEvents.householdUpdated(n));
            }
        });
        assertThat(log.verify().eventsChecked()).isEqualTo(total);

        long tampered = JdbiAuditLogAdapter.VERIFY_PAGE + 20;
        audit.asSuperuserWithTriggersOff("UPDATE audit.event SET target_id = 'h-other' WHERE seq = ?", tampered);

        AuditChainVerification result = log.verify();
        assertThat(result.eventsChecked()).isEqualTo(tampered - 1);
        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(tampered);
            assertThat(b.reason()).isEqualTo(AuditChainBreak.Reason.HASH_MISMATCH);
        });
    }

    // ----- concurrency ----------------------------------------------------------------------------------------------

    @Test
    void concurrent_appenders_are_serialised_into_one_unbroken_chain() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<RecordedAuditEvent>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<RecordedAuditEvent>> appender = () -> {
                    start.await();
                    List<RecordedAuditEvent> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(log.append(AuditEvents.householdUpdated(thread * 1000 + i)));
                    }
                    return mine;
                };
                futures.add(pool.submit(appender));
            }
            start.countDown();
            List<RecordedAuditEvent> all = new ArrayList<>();
            for (Future<List<RecordedAuditEvent>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).extracting(RecordedAuditEvent::sequence).doesNotHaveDuplicates()
                    .hasSize(threads * perThread)
                    .containsExactlyInAnyOrderElementsOf(
                            java.util.stream.LongStream.rangeClosed(1, threads * perThread).boxed().toList());
            assertThat(all).extracting(RecordedAuditEvent::previousHash).doesNotHaveDuplicates();
            AuditChainVerification result = log.verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.eventsChecked()).isEqualTo(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    // ----- transactions and roles --------------------------------------------------------------------------------

    @Test
    void an_event_appended_inside_the_callers_transaction_is_rolled_back_with_it() {
        assertThatThrownBy(() -> audit.postgres.database().useTransaction(h -> {
            h.execute("INSERT INTO hearth_meta (key, value) VALUES ('rolled_back_change', 'x')");
            log.append(AuditEvents.householdUpdated(1));
            throw new IllegalStateException("the use case fails after recording");
        })).hasRootCauseMessage("the use case fails after recording");

        assertThat(log.readAfter(0, 10)).isEmpty();
        long changes = audit.postgres.database().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM hearth_meta WHERE key = 'rolled_back_change'").mapTo(Long.class).one());
        assertThat(changes).isZero();
        assertThat(log.append(AuditEvents.householdUpdated(2)).sequence()).isEqualTo(1);
    }

    @Test
    void an_event_appended_inside_the_callers_transaction_commits_with_it_and_leaves_its_role_as_it_was() {
        List<String> rolesSeen = new ArrayList<>();
        audit.postgres.database().useTransaction(h -> {
            rolesSeen.add(h.createQuery("SELECT current_user").mapTo(String.class).one());
            log.append(AuditEvents.householdUpdated(1));
            rolesSeen.add(h.createQuery("SELECT current_user").mapTo(String.class).one());
            h.execute("INSERT INTO hearth_meta (key, value) VALUES ('committed_change', 'x') "
                    + "ON CONFLICT (key) DO NOTHING");
        });

        assertThat(rolesSeen).hasSize(2).allMatch(role -> role.equals(audit.db.user()));
        assertThat(log.readAfter(0, 10)).hasSize(1);
    }

    @Test
    void appending_inside_a_repeatable_read_transaction_is_refused_rather_than_risking_a_stale_head() {
        log.append(AuditEvents.householdUpdated(1));

        // switched by hand-written SQL: refused (by JDBI's nesting check, and failing that by the adapter's own)
        assertThatThrownBy(() -> audit.postgres.database().useTransaction(h -> {
            h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            log.append(AuditEvents.householdUpdated(2));
        })).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL))
                .rootCause().message().matches("(?s).*READ[ _]COMMITTED.*");

        // and a transaction JDBI knows to be REPEATABLE READ cannot be joined either
        assertThatThrownBy(() -> audit.postgres.database().jdbi().useTransaction(
                TransactionIsolationLevel.REPEATABLE_READ, h -> log.append(AuditEvents.householdUpdated(2))))
                .isInstanceOf(ApplicationException.class);
        assertThat(log.verify().eventsChecked()).isEqualTo(1);
    }

    @Test
    void appends_run_as_the_application_role_so_its_privileges_are_what_count() throws SQLException {
        execute("REVOKE INSERT ON audit.event FROM hearth_app");
        try {
            assertThatThrownBy(() -> log.append(AuditEvents.householdUpdated(1)))
                    .isInstanceOfSatisfying(ApplicationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL));
        } finally {
            execute("GRANT INSERT ON audit.event TO hearth_app");
        }
        assertThat(log.append(AuditEvents.householdUpdated(1)).sequence()).isEqualTo(1);
    }

    // ----- helpers ------------------------------------------------------------------------------------------------

    private static List<String> queryRow(String sql) throws SQLException {
        try (Connection c = audit.db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from " + sql).isTrue();
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getString(i));
            }
            return row;
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = audit.db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The SQLSTATE the statement fails with, run in a fresh session as the test's login (the owner). */
    private static String sqlStateOf(String sql) throws SQLException {
        try (Connection c = audit.db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
            return "no error";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
