package dev.hearth.adapter.out.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The readiness verdicts for a primary and a replica (the table in {@link PostgresHealthCheck}). */
class PostgresHealthCheckTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static TestDatabase db;

    private ServerAvailability primary;
    private ServerAvailability replica;

    @BeforeAll
    static void database() {
        db = TestPostgres.instance().createDatabase("health_verdicts");
    }

    @BeforeEach
    void trackers() {
        // probes that never answer: only the test marks a server up or down
        primary = new ServerAvailability("primary", () -> {
            throw new SQLException("x", "08001");
        }, Duration.ofHours(1));
        replica = new ServerAvailability("replica", () -> {
            throw new SQLException("x", "08001");
        }, Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        primary.close();
        replica.close();
    }

    private static DataSource reachable() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(db.jdbcUrl());
        dataSource.setUser(db.user());
        if (db.password() != null) {
            dataSource.setPassword(db.password());
        }
        return dataSource;
    }

    private static DataSource unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:" + port + "/nothing");
        dataSource.setUser("nobody");
        dataSource.setPassword("secret-password");
        return dataSource;
    }

    private DependencyHealth check(DataSource primaryData, DataSource replicaData) {
        try (PostgresHealthCheck health = new PostgresHealthCheck(primaryData, primary, replicaData,
                replicaData == null ? null : replica, TIMEOUT, "external server")) {
            return health.check();
        }
    }

    @Test
    void both_servers_answering_is_up() {
        DependencyHealth health = check(reachable(), reachable());
        assertThat(health.state()).isEqualTo(DependencyState.UP);
        assertThat(health.detail()).matches("external server, SELECT 1 answered in \\d+ ms; replica answered in \\d+ ms");
    }

    @Test
    void a_primary_alone_answering_is_up_as_before() {
        DependencyHealth health = check(reachable(), null);
        assertThat(health.state()).isEqualTo(DependencyState.UP);
        assertThat(health.detail()).matches("external server, SELECT 1 answered in \\d+ ms");
    }

    @Test
    void a_primary_known_to_be_down_with_the_replica_answering_is_degraded_and_says_writes_are_paused() {
        primary.markDown(new SQLException("x", "08001"));
        DependencyHealth health = check(reachable(), reachable());
        assertThat(health.state()).isEqualTo(DependencyState.DEGRADED);
        assertThat(health.detail()).isEqualTo("primary unreachable: reads from replica (may be delayed), writes "
                + "paused (primary unreachable, retrying)");
    }

    @Test
    void a_replica_found_unreachable_is_marked_down_and_the_verdict_is_degraded() throws IOException {
        DependencyHealth health = check(reachable(), unreachable());
        assertThat(health.state()).isEqualTo(DependencyState.DEGRADED);
        assertThat(health.detail()).startsWith("replica unreachable: reads from the primary")
                .doesNotContain("127.0.0.1", "nobody", "secret");
        assertThat(replica.isUp()).isFalse();
        assertThat(primary.isUp()).isTrue();
    }

    @Test
    void both_servers_down_is_down_and_so_is_a_lone_primary_that_is_down() throws IOException {
        primary.markDown(new SQLException("x", "08001"));
        replica.markDown(new SQLException("x", "08001"));
        assertThat(check(reachable(), reachable()).state()).isEqualTo(DependencyState.DOWN);
        assertThat(check(unreachable(), null).state()).isEqualTo(DependencyState.DOWN);
    }
}
