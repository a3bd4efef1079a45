package dev.hearth.adapter.out.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // SQLSTATE meanings from the PostgreSQL manual, Appendix A "PostgreSQL Error Codes"
                Arguments.of("connection refused (08001)", new SQLException("x", "08001"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("connection failure (08006)", new SQLException("x", "08006"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("admin shutdown (57P01)", new SQLException("x", "57P01"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("cannot connect now (57P03)", new SQLException("x", "57P03"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("too many connections (53300)", new SQLException("x", "53300"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("serialization failure (40001)", new SQLException("x", "40001"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("deadlock (40P01)", new SQLException("x", "40P01"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("statement timeout (57014)", new SQLException("x", "57014"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("pool timeout", new SQLTransientConnectionException("pool empty"), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("socket refused", new RuntimeException(new ConnectException("refused")), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("wrapped twice", new IllegalStateException(new RuntimeException(new SQLException("x", "08003"))), ErrorCode.SERVICE_UNAVAILABLE),
                Arguments.of("unique violation (23505)", new SQLException("Key (name)=(Jane)", "23505"), ErrorCode.INTERNAL),
                Arguments.of("syntax error (42601)", new SQLException("x", "42601"), ErrorCode.INTERNAL),
                Arguments.of("no SQLSTATE", new SQLException("x"), ErrorCode.INTERNAL),
                Arguments.of("not SQL at all", new IllegalArgumentException("x"), ErrorCode.INTERNAL));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("failures")
    void database_failures_become_application_exceptions_by_whether_a_retry_may_help(
            String name, Throwable failure, ErrorCode expected) {
        ApplicationException translated = SqlFailures.translate(failure);
        assertThat(translated.errorCode()).isEqualTo(expected);
        assertThat(translated.getCause()).isSameAs(failure);
        assertThat(translated.getMessage()).isIn(SqlFailures.UNAVAILABLE_DETAIL, SqlFailures.INTERNAL_DETAIL);
    }

    @Test
    void a_chained_sql_exception_is_inspected_too() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("x", "40001"));
        assertThat(SqlFailures.translate(batch).errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void an_application_exception_passes_through_unchanged() {
        ApplicationException original = new ApplicationException(ErrorCode.RATES_NOT_AVAILABLE, "no rates");
        assertThat(SqlFailures.translate(original)).isSameAs(original);
    }

    static Stream<Arguments> connectionFailures() {
        SQLTransientConnectionException poolTimeoutAfterRefusal = new SQLTransientConnectionException(
                "hearth-primary - Connection is not available, request timed out after 5000ms",
                new SQLException("Connection refused", "08001"));
        return Stream.of(
                // SQLSTATE meanings from the PostgreSQL manual, Appendix A "PostgreSQL Error Codes"
                Arguments.of("connection refused (08001)", new SQLException("x", "08001"), true),
                Arguments.of("connection failure (08006)", new SQLException("x", "08006"), true),
                Arguments.of("admin shutdown (57P01)", new SQLException("x", "57P01"), true),
                Arguments.of("crash shutdown (57P02)", new SQLException("x", "57P02"), true),
                Arguments.of("cannot connect now (57P03)", new SQLException("x", "57P03"), true),
                Arguments.of("socket refused", new RuntimeException(new ConnectException("refused")), true),
                Arguments.of("pool timeout after a refused connection", poolTimeoutAfterRefusal, true),
                Arguments.of("pool timeout with every connection busy", new SQLTransientConnectionException("busy"),
                        false),
                Arguments.of("too many connections (53300)", new SQLException("x", "53300"), false),
                Arguments.of("serialization failure (40001)", new SQLException("x", "40001"), false),
                Arguments.of("statement timeout (57014)", new SQLException("x", "57014"), false),
                Arguments.of("read-only transaction (25006)", new SQLException("x", "25006"), false),
                Arguments.of("not SQL at all", new IllegalStateException("x"), false));
    }

    @ParameterizedTest(name = "{0} -> server unreachable: {2}")
    @MethodSource("connectionFailures")
    void only_failures_that_mean_the_server_is_unreachable_count_as_a_lost_connection(
            String name, Throwable failure, boolean lost) {
        assertThat(SqlFailures.connectionLost(failure)).isEqualTo(lost);
        assertThat(SqlFailures.connectionLost(new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, "x",
                java.util.List.of(), failure))).as("seen through a translated exception").isEqualTo(lost);
    }

    @Test
    void a_lost_connection_attached_only_as_suppressed_still_counts_as_lost_and_retryable() {
        // what JDBI throws when the rollback on a dead connection fails: the original failure is only suppressed
        IllegalStateException rollbackFailed = new IllegalStateException("failed to rollback");
        rollbackFailed.addSuppressed(new RuntimeException("statement failed",
                new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(SqlFailures.connectionLost(rollbackFailed)).isTrue();
        assertThat(SqlFailures.translate(rollbackFailed).errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(SqlFailures.sqlState(rollbackFailed)).isEqualTo("57P01");
    }

    @Test
    void setting_the_isolation_level_on_a_connection_the_pool_closed_counts_as_the_connection_lost() {
        // seen in PrimaryReplicaFailoverTest about one run in three: Hikari closed the pooled connection as the primary
        // stopped, and its closed proxy reports "Connection is closed" without a SQLSTATE; that answered 500
        Exception failure = new org.jdbi.v3.core.transaction.UnableToManipulateTransactionIsolationLevelException(2,
                new SQLException("Connection is closed"));

        assertThat(SqlFailures.connectionLost(failure)).isTrue();
    }

    @Test
    void a_statement_failing_without_a_sqlstate_is_not_taken_for_a_lost_connection() {
        assertThat(SqlFailures.connectionLost(new SQLException("Connection is closed"))).isFalse();
        assertThat(SqlFailures.translate(new SQLException("syntax")).errorCode()).isEqualTo(ErrorCode.INTERNAL);
    }

    @Test
    void an_exception_that_suppresses_itself_through_a_cycle_is_walked_once() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);

        assertThat(SqlFailures.connectionLost(a)).isFalse();
    }
}
