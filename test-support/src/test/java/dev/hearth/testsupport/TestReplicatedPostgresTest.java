package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestReplicatedPostgresTest {

    private static TestReplicatedPostgres pair;

    @BeforeAll
    static void start() {
        pair = TestReplicatedPostgres.start("replicated_probe");
    }

    @AfterAll
    static void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    @Order(1)
    void a_row_committed_on_the_primary_is_replayed_on_the_standby() throws SQLException {
        execute(pair.primaryJdbcUrl(), "CREATE TABLE note (n int PRIMARY KEY)", "INSERT INTO note VALUES (1), (2)");

        pair.awaitReplicaCaughtUp(Duration.ofSeconds(10));

        assertThat(count(pair.replicaJdbcUrl())).isEqualTo(2);
    }

    @Test
    @Order(2)
    void the_standby_is_in_recovery_and_refuses_writes() throws SQLException {
        try (Connection c = TestReplicatedPostgres.connect(pair.replicaJdbcUrl()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            // 25006 read_only_sql_transaction
            assertThatThrownBy(() -> s.execute("INSERT INTO note VALUES (3)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
        }
    }

    @Test
    @Order(3)
    void a_stopped_primary_refuses_connections_while_the_standby_still_answers_reads() throws SQLException {
        pair.stopPrimary();
        try {
            assertThat(pair.primaryRunning()).isFalse();
            assertThatThrownBy(() -> TestReplicatedPostgres.connect(pair.primaryJdbcUrl()).close())
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).startsWith("08"));
            assertThat(count(pair.replicaJdbcUrl())).isEqualTo(2);
        } finally {
            pair.startPrimary();
        }
    }

    @Test
    @Order(4)
    void a_restarted_primary_keeps_its_data_on_the_same_port_and_the_standby_follows_it_again() throws SQLException {
        assertThat(pair.primaryRunning()).isTrue();
        assertThat(count(pair.primaryJdbcUrl())).isEqualTo(2);

        execute(pair.primaryJdbcUrl(), "INSERT INTO note VALUES (3)");
        pair.awaitReplicaCaughtUp(Duration.ofSeconds(10));

        assertThat(count(pair.replicaJdbcUrl())).isEqualTo(3);
    }

    @Test
    @Order(5)
    void closing_stops_both_servers_and_removes_their_files() {
        TestReplicatedPostgres other = TestReplicatedPostgres.start("closing_probe");
        String primaryUrl = other.primaryJdbcUrl();
        String replicaUrl = other.replicaJdbcUrl();
        Path directory = other.root();
        assertThat(Files.isDirectory(directory)).isTrue();

        other.close();
        other.close();

        assertThat(directory).doesNotExist();
        assertThatThrownBy(() -> TestReplicatedPostgres.connect(primaryUrl).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> TestReplicatedPostgres.connect(replicaUrl).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void a_database_name_that_is_not_a_plain_identifier_is_refused() {
        assertThatThrownBy(() -> TestReplicatedPostgres.start("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = TestReplicatedPostgres.connect(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int count(String url) throws SQLException {
        try (Connection c = TestReplicatedPostgres.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM note")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
