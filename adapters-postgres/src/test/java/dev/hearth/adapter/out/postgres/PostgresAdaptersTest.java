package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.internal.SqlFailures;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresAdaptersTest {

    private static PostgresAdapters postgres;

    @BeforeAll
    static void startAndMigrate() {
        TestDatabase db = TestPostgres.instance().createDatabase(PostgresAdaptersTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        MigrationResult first = postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        assertThat(first.migrationsExecuted()).isPositive();
    }

    @AfterAll
    static void close() {
        postgres.close();
    }

    @Test
    void migrating_an_up_to_date_schema_runs_nothing_and_reports_the_version() {
        MigrationResult again = postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        assertThat(again.migrationsExecuted()).isZero();
        assertThat(again.schemaVersion()).isNotEqualTo("none").matches("\\d+(\\.\\d+)*");
    }

    @Test
    void the_first_migration_records_this_installation_in_hearth_meta() {
        String installation = postgres.database().withHandle(h -> h
                .createQuery("SELECT value FROM hearth_meta WHERE key = 'installation_id'")
                .mapTo(String.class).one());
        assertThat(installation).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_reachable_server_is_up_required_and_named_postgres() {
        DependencyHealth health = postgres.health().check();
        assertThat(postgres.health().name()).isEqualTo("postgres");
        assertThat(postgres.health().required()).isTrue();
        assertThat(health.state()).isEqualTo(DependencyState.UP);
        assertThat(health.detail()).startsWith("external server, SELECT 1 answered in");
        assertThat(postgres.embedded()).isFalse();
        assertThat(postgres.describe()).startsWith("PostgreSQL at jdbc:postgresql://");
    }

    @Test
    void a_failing_statement_leaves_the_adapter_as_an_internal_error_that_quotes_no_data() {
        postgres.database().useTransaction(h -> h.execute(
                "CREATE TABLE IF NOT EXISTS secrets_probe (name text PRIMARY KEY)"));
        postgres.database().useTransaction(h -> h.execute("INSERT INTO secrets_probe VALUES ('Jane Doe')"));

        assertThatThrownBy(() -> postgres.database().useTransaction(
                h -> h.execute("INSERT INTO secrets_probe VALUES ('Jane Doe')")))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
                    assertThat(e.getMessage()).isEqualTo(SqlFailures.INTERNAL_DETAIL).doesNotContain("Jane");
                    assertThat(SqlFailures.sqlState(e.getCause())).isEqualTo("23505");
                });
    }

    @Test
    void a_transaction_that_throws_is_rolled_back() {
        postgres.database().useTransaction(h -> h.execute("CREATE TABLE IF NOT EXISTS rollback_probe (n int)"));
        assertThatThrownBy(() -> postgres.database().useTransaction(h -> {
            h.execute("INSERT INTO rollback_probe VALUES (1)");
            h.execute("SELECT no_such_column FROM rollback_probe");
        })).isInstanceOf(ApplicationException.class);
        int rows = postgres.database().withHandle(h -> h.createQuery("SELECT count(*) FROM rollback_probe")
                .mapTo(Integer.class).one());
        assertThat(rows).isZero();
    }

    @Test
    void an_unreachable_server_is_down_quickly_and_migrate_says_service_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (PostgresAdapters unreachable = PostgresAdapters.start(PostgresSettings.external(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing", "nobody", "secret-password"))) {
            long start = System.nanoTime();
            DependencyHealth health = unreachable.health().check();
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(health.state()).isEqualTo(DependencyState.DOWN);
            // the pool keeps retrying in the background, so the check either sees the refusal or times out
            assertThat(health.detail()).matches("unreachable.*|no answer within \\d+ ms")
                    .doesNotContain("127.0.0.1", "nobody", "secret");
            assertThat(millis).isLessThanOrEqualTo(PostgresAdapters.HEALTH_TIMEOUT.toMillis() + 500);

            assertThatThrownBy(() -> unreachable.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate())))
                    .isInstanceOfSatisfying(ApplicationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE))
                    .hasMessageNotContaining("secret");
        }
    }

    @Test
    void closing_twice_is_harmless_and_a_closed_adapter_reports_down_without_throwing() {
        TestDatabase db = TestPostgres.instance().createDatabase("closing_twice");
        PostgresAdapters adapters = PostgresAdapters.start(
                PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        adapters.close();
        adapters.close();
        assertThat(adapters.health().check().state()).isEqualTo(DependencyState.DOWN);
    }
}
