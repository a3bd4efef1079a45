package dev.hearth.adapter.out.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.Read;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where {@link Database} sends each call. Two databases on the test server stand for the primary and the replica; each
 * holds one row naming itself, so a read shows where it went. Availability is set by hand through probes the test
 * controls.
 */
class DatabaseRoutingTest {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(50);

    private static TestDatabase primaryDb;
    private static TestDatabase replicaDb;

    private final AtomicBoolean primaryProbeAnswers = new AtomicBoolean(false);
    private final AtomicBoolean replicaProbeAnswers = new AtomicBoolean(false);
    private ServerAvailability primaryAvailability;
    private ServerAvailability replicaAvailability;
    private final ManualProbeScheduler primaryProbes = new ManualProbeScheduler();
    private final ManualProbeScheduler replicaProbes = new ManualProbeScheduler();

    @BeforeAll
    static void createServers() throws SQLException {
        primaryDb = TestPostgres.instance().createDatabase("routing_primary");
        replicaDb = TestPostgres.instance().createDatabase("routing_replica");
        for (TestDatabase db : new TestDatabase[] {primaryDb, replicaDb}) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE whoami (name text NOT NULL)");
                s.execute("INSERT INTO whoami VALUES ('" + (db == primaryDb ? "primary" : "replica") + "')");
            }
        }
    }

    @BeforeEach
    void trackers() {
        primaryAvailability = new ServerAvailability("primary", () -> answer(primaryProbeAnswers),
                PROBE_INTERVAL, primaryProbes.clock(), primaryProbes);
        replicaAvailability = new ServerAvailability("replica", () -> answer(replicaProbeAnswers),
                PROBE_INTERVAL, replicaProbes.clock(), replicaProbes);
    }

    @AfterEach
    void closeTrackers() {
        primaryAvailability.close();
        replicaAvailability.close();
    }

    private static void answer(AtomicBoolean answers) throws SQLException {
        if (!answers.get()) {
            throw new SQLException("refused", "08001");
        }
    }

    private Database withReplica() {
        return new Database(jdbi(primaryDb.jdbcUrl()), primaryAvailability, jdbi(replicaDb.jdbcUrl()),
                replicaAvailability);
    }

    private Database primaryOnly() {
        return new Database(jdbi(primaryDb.jdbcUrl()), primaryAvailability, null, null);
    }

    private static Jdbi jdbi(String url) {
        Properties properties = new Properties();
        if (primaryDb.user() != null) {
            properties.setProperty("user", primaryDb.user());
        }
        if (primaryDb.password() != null) {
            properties.setProperty("password", primaryDb.password());
        }
        properties.setProperty("connectTimeout", "2");
        return Jdbi.create(url, properties);
    }

    private static String whoami(Handle handle) {
        return handle.createQuery("SELECT name FROM whoami ORDER BY name LIMIT 1").mapTo(String.class).one();
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/nothing";
        }
    }

    @Test
    void with_both_servers_up_a_read_goes_to_the_replica_and_is_current() {
        Read<String> read = withReplica().read(DatabaseRoutingTest::whoami);
        assertThat(read.value()).isEqualTo("replica");
        assertThat(read.freshness()).isEqualTo(Freshness.CURRENT);
    }

    @Test
    void writes_and_reads_that_must_be_latest_go_to_the_primary() {
        Database database = withReplica();
        assertThat(database.withHandle(DatabaseRoutingTest::whoami)).isEqualTo("primary");
        assertThat(database.inTransaction(DatabaseRoutingTest::whoami)).isEqualTo("primary");
    }

    @Test
    void a_read_runs_in_a_read_only_transaction_so_a_write_inside_it_fails() {
        assertThatThrownBy(() -> withReplica().read(h -> h.execute("INSERT INTO whoami VALUES ('x')")))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
                    assertThat(SqlFailures.sqlState(e.getCause())).isEqualTo("25006"); // read_only_sql_transaction
                });
        assertThat(replicaAvailability.isUp()).as("a failing statement is not an unreachable server").isTrue();
    }

    @Test
    void with_no_replica_a_read_goes_to_the_primary_and_is_current() {
        Read<String> read = primaryOnly().read(DatabaseRoutingTest::whoami);
        assertThat(read.value()).isEqualTo("primary");
        assertThat(read.freshness()).isEqualTo(Freshness.CURRENT);
    }

    @Test
    void a_read_inside_a_primary_transaction_joins_it_and_sees_the_callers_own_uncommitted_write() {
        Database database = withReplica();
        Read<Long> seen = database.inTransaction(h -> {
            h.execute("INSERT INTO whoami VALUES ('zz-uncommitted')");
            return database.read(inner -> inner.createQuery("SELECT count(*) FROM whoami WHERE name = "
                    + "'zz-uncommitted'").mapTo(Long.class).one());
        });
        assertThat(seen.value()).isEqualTo(1L);
        assertThat(seen.freshness()).isEqualTo(Freshness.CURRENT);
        database.useTransaction(h -> h.execute("DELETE FROM whoami WHERE name = 'zz-uncommitted'"));
    }

    @Test
    void a_read_inside_a_primary_handle_without_a_transaction_also_stays_on_the_primary() {
        Database database = withReplica();
        Read<String> read = database.withHandle(h -> database.read(DatabaseRoutingTest::whoami));
        assertThat(read.value()).isEqualTo("primary");
        assertThat(read.freshness()).isEqualTo(Freshness.CURRENT);
    }

    @Test
    void nested_primary_transactions_share_one_transaction_so_an_outer_rollback_undoes_the_inner_write() {
        // how JDBI joins: the outermost call's handle is bound to the thread and reused by nested calls
        Database database = primaryOnly();
        assertThatThrownBy(() -> database.useTransaction(h -> {
            database.useTransaction(inner -> inner.execute("INSERT INTO whoami VALUES ('zz-rolled-back')"));
            throw new IllegalStateException("outer fails after the inner call returned");
        })).isInstanceOf(ApplicationException.class);
        long rows = database.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM whoami WHERE name = 'zz-rolled-back'").mapTo(Long.class).one());
        assertThat(rows).isZero();
    }

    @Test
    void while_the_primary_is_down_reads_come_from_the_replica_marked_possibly_delayed() {
        primaryAvailability.markDown(new SQLException("x", "08001"));
        Read<String> read = withReplica().read(DatabaseRoutingTest::whoami);
        assertThat(read.value()).isEqualTo("replica");
        assertThat(read.freshness()).isEqualTo(Freshness.POSSIBLY_DELAYED);
    }

    @Test
    void while_the_primary_is_down_writes_fail_at_once_with_writes_unavailable_and_retry_after() {
        primaryAvailability.markDown(new SQLException("x", "08001"));
        Database database = withReplica();
        for (Runnable write : new Runnable[] {
                () -> database.inTransaction(h -> h.execute("INSERT INTO whoami VALUES ('never')")),
                () -> database.useTransaction(h -> h.execute("INSERT INTO whoami VALUES ('never')")),
                () -> database.withHandle(h -> h.execute("INSERT INTO whoami VALUES ('never')"))}) {
            long start = System.nanoTime();
            assertThatThrownBy(write::run).isInstanceOfSatisfying(ApplicationException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(ErrorCode.WRITES_UNAVAILABLE);
                assertThat(e.retryAfter()).contains(Database.RETRY_AFTER);
                assertThat(e.getMessage()).isEqualTo(Database.WRITES_PAUSED_DETAIL);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
        }
        primaryProbeAnswers.set(true);
        awaitUp(primaryAvailability, primaryProbes);
        long stored = database.withHandle(h -> h.createQuery("SELECT count(*) FROM whoami WHERE name = 'never'")
                .mapTo(Long.class).one());
        assertThat(stored).isZero();
    }

    @Test
    void an_unreachable_replica_sends_reads_to_the_primary_and_is_skipped_until_its_probe_answers() throws Exception {
        Database database = new Database(jdbi(primaryDb.jdbcUrl()), primaryAvailability, jdbi(closedPortUrl()),
                replicaAvailability);

        Read<String> first = database.read(DatabaseRoutingTest::whoami);
        assertThat(first.value()).isEqualTo("primary");
        assertThat(first.freshness()).isEqualTo(Freshness.CURRENT);
        assertThat(replicaAvailability.isUp()).isFalse();

        long start = System.nanoTime();
        assertThat(database.read(DatabaseRoutingTest::whoami).value()).isEqualTo("primary");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void with_the_primary_down_and_no_replica_a_read_fails_at_once_with_service_unavailable() {
        primaryAvailability.markDown(new SQLException("x", "08001"));
        assertThatThrownBy(() -> primaryOnly().read(DatabaseRoutingTest::whoami))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
                    assertThat(e.retryAfter()).contains(Database.RETRY_AFTER);
                    assertThat(e.getMessage()).isEqualTo(Database.READS_UNAVAILABLE_DETAIL);
                });
    }

    @Test
    void with_both_servers_down_a_read_fails_with_service_unavailable() {
        primaryAvailability.markDown(new SQLException("x", "08001"));
        replicaAvailability.markDown(new SQLException("x", "08001"));
        assertThatThrownBy(() -> withReplica().read(DatabaseRoutingTest::whoami))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }

    @Test
    void a_primary_that_cannot_be_reached_is_marked_down_and_the_write_is_refused_as_not_saved() throws Exception {
        Database database = new Database(jdbi(closedPortUrl()), primaryAvailability, null, null);
        assertThatThrownBy(() -> database.useTransaction(h -> h.execute("SELECT 1")))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.WRITES_UNAVAILABLE);
                    assertThat(SqlFailures.sqlState(e.getCause())).startsWith("08");
                });
        assertThat(primaryAvailability.isUp()).isFalse();
    }

    @Test
    void a_failing_statement_does_not_mark_the_primary_down() {
        Database database = primaryOnly();
        assertThatThrownBy(() -> database.useTransaction(h -> h.execute("SELECT no_such_column FROM whoami")))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL));
        assertThat(primaryAvailability.isUp()).isTrue();
    }

    @Test
    void a_connection_lost_while_committing_is_reported_as_an_unknown_outcome_never_as_success() throws Exception {
        primaryProbeAnswers.set(true); // the server is fine: only this one connection is cut
        Database database = primaryOnly();
        assertThatThrownBy(() -> database.useTransaction(h -> {
            h.execute("INSERT INTO whoami VALUES ('zz-unknown')");
            int pid = h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
            try (Connection admin = primaryDb.connect(); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")"); // the COMMIT that follows finds no server
            }
        })).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e.getMessage()).isEqualTo(Database.OUTCOME_UNKNOWN_DETAIL);
        });
        awaitUp(primaryAvailability, primaryProbes);
    }

    /** The next probe (at most one interval away) finds the server and marks it up. */
    private static void awaitUp(ServerAvailability availability, ManualProbeScheduler probes) {
        probes.advance(PROBE_INTERVAL);
        assertThat(availability.isUp()).as("up again at the next probe").isTrue();
    }
}
