package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.out.audit.AuditChainVerification;
import dev.hearth.application.port.out.audit.AuditEvents;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.testsupport.TestReplicatedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence for issue 5's "Primary and replica": two real PostgreSQL servers in streaming replication on loopback.
 * A writer appends to the audit trail and a reader reads through {@link Database#read} without pause while the primary
 * is stopped (fast shutdown) and started again. Nothing is restarted on Hearth's side.
 */
class PrimaryReplicaFailoverTest {

    private static TestReplicatedPostgres pair;
    private static PostgresAdapters postgres;

    @BeforeAll
    static void start() {
        pair = TestReplicatedPostgres.start("failover");
        postgres = PostgresAdapters.start(
                PostgresSettings.external(pair.primaryJdbcUrl(), TestReplicatedPostgres.USER, null)
                        .withReplicaJdbcUrl(pair.replicaJdbcUrl()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        pair.awaitReplicaCaughtUp(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void reads_continue_from_the_replica_writes_pause_and_every_acknowledged_write_survives_the_primary_going_away()
            throws Exception {
        assertThat(postgres.replicaConfigured()).isTrue();
        assertThat(postgres.health().check().state()).isEqualTo(DependencyState.UP);
        Database database = postgres.database();

        List<RecordedAuditEvent> acknowledged = new CopyOnWriteArrayList<>();
        List<ApplicationException> refused = new CopyOnWriteArrayList<>();
        List<Throwable> unexpectedWriteFailures = new CopyOnWriteArrayList<>();
        List<Freshness> freshnessSeen = new CopyOnWriteArrayList<>();
        List<Throwable> readFailures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger attempt = new AtomicInteger();

        Thread writer = new Thread(() -> {
            while (running.get()) {
                try {
                    acknowledged.add(postgres.auditLog().append(AuditEvents.householdUpdated(attempt.incrementAndGet())));
                } catch (ApplicationException e) {
                    refused.add(e);
                } catch (Throwable e) {
                    unexpectedWriteFailures.add(e);
                }
                pause(10);
            }
        }, "failover-writer");
        Thread reader = new Thread(() -> {
            while (running.get()) {
                try {
                    freshnessSeen.add(database.read(PrimaryReplicaFailoverTest::countEvents).freshness());
                } catch (Throwable e) {
                    readFailures.add(e);
                }
                pause(10);
            }
        }, "failover-reader");
        writer.start();
        reader.start();
        try {
            // 1. both servers up: writes acknowledged, reads current
            await("writes acknowledged before the outage", () -> acknowledged.size() >= 20);
            assertThat(refused).isEmpty();

            // 2. the primary goes away in the middle of the run
            pair.stopPrimary();
            await("the primary noticed as unreachable", () -> !postgres.primaryReachable());
            int acknowledgedBeforeOutage = acknowledged.size();

            DependencyHealth degraded = postgres.health().check();
            assertThat(degraded.state()).isEqualTo(DependencyState.DEGRADED);
            assertThat(degraded.detail()).startsWith("primary unreachable: reads from replica (may be delayed), "
                    + "writes paused");

            long start = System.nanoTime();
            assertThatThrownBy(() -> postgres.auditLog().append(AuditEvents.householdUpdated(100_000)))
                    .isInstanceOfSatisfying(ApplicationException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.WRITES_UNAVAILABLE);
                        assertThat(e.retryAfter()).contains(Database.RETRY_AFTER);
                        assertThat(e.getMessage()).isEqualTo(Database.WRITES_PAUSED_DETAIL);
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a paused write fails at once")
                    .isLessThan(Duration.ofMillis(250));

            Read<Long> delayed = database.read(PrimaryReplicaFailoverTest::countEvents);
            assertThat(delayed.freshness()).isEqualTo(Freshness.POSSIBLY_DELAYED);
            // the standby received everything the primary acknowledged: a fast shutdown sends all WAL first
            assertThat(delayed.value()).isGreaterThanOrEqualTo(acknowledgedBeforeOutage);

            pause(1_500); // the writer and the reader keep going through the outage
            assertThat(acknowledged).hasSize(acknowledgedBeforeOutage);

            // 3. the primary returns: recovery without restarting anything
            pair.startPrimary();
            await("writes acknowledged again after the primary returned",
                    () -> acknowledged.size() >= acknowledgedBeforeOutage + 20);
        } finally {
            running.set(false);
            writer.join(10_000);
            reader.join(10_000);
        }

        org.slf4j.LoggerFactory.getLogger(PrimaryReplicaFailoverTest.class).info(
                "failover run: {} writes acknowledged, {} refused as paused, {} with unknown outcome; {} reads, {} "
                        + "marked possibly delayed",
                acknowledged.size(), refused.stream().filter(e -> e.errorCode() == ErrorCode.WRITES_UNAVAILABLE).count(),
                refused.stream().filter(e -> e.errorCode() == ErrorCode.SERVICE_UNAVAILABLE).count(),
                freshnessSeen.size(), freshnessSeen.stream().filter(f -> f == Freshness.POSSIBLY_DELAYED).count());
        assertThat(postgres.primaryReachable()).isTrue();
        assertThat(postgres.health().check().state()).isEqualTo(DependencyState.UP);
        assertThat(database.read(PrimaryReplicaFailoverTest::countEvents).freshness()).isEqualTo(Freshness.CURRENT);

        assertThat(unexpectedWriteFailures).isEmpty();
        assertThat(readFailures).as("reads never failed: the replica answered throughout").isEmpty();
        assertThat(freshnessSeen).contains(Freshness.CURRENT, Freshness.POSSIBLY_DELAYED);
        assertThat(refused).isNotEmpty().allSatisfy(e -> {
            // paused writes, or the one in flight when the server went (its outcome unknown): never a success
            assertThat(e.errorCode()).isIn(ErrorCode.WRITES_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE);
            if (e.errorCode() == ErrorCode.WRITES_UNAVAILABLE) {
                assertThat(e.retryAfter()).contains(Database.RETRY_AFTER);
            }
        });

        // every write that returned normally is on the primary, exactly as acknowledged, and the chain is whole
        Map<Long, String> stored = hashesOnPrimary();
        for (RecordedAuditEvent event : acknowledged) {
            assertThat(stored.get(event.sequence())).as("event %d", event.sequence()).isEqualTo(event.hash().hex());
        }
        AuditChainVerification verification = postgres.auditLog().verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isGreaterThanOrEqualTo(acknowledged.size());
    }

    private static long countEvents(org.jdbi.v3.core.Handle handle) {
        return handle.createQuery("SELECT count(*) FROM audit.event").mapTo(Long.class).one();
    }

    private static Map<Long, String> hashesOnPrimary() throws SQLException {
        Map<Long, String> hashes = new HashMap<>();
        try (Connection c = TestReplicatedPostgres.connect(pair.primaryJdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit.event")) {
            while (rs.next()) {
                hashes.put(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2)));
            }
        }
        return hashes;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            pause(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
