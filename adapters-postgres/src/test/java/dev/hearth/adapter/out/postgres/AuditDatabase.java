package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A migrated test database for the audit tests, plus raw superuser access that goes around every protection, as an
 * attacker with the server's superuser password would.
 */
final class AuditDatabase implements AutoCloseable {

    final TestDatabase db;
    final PostgresAdapters postgres;

    private AuditDatabase(TestDatabase db, PostgresAdapters postgres) {
        this.db = db;
        this.postgres = postgres;
    }

    static AuditDatabase start(Class<?> testClass) {
        TestDatabase db = TestPostgres.instance().createDatabase(testClass);
        PostgresAdapters postgres = PostgresAdapters.start(
                PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        return new AuditDatabase(db, postgres);
    }

    /** Skips the calling test unless the test login is a superuser (the embedded server's is; an external may not be). */
    void assumeSuperuser() {
        assumeThat(superuser()).as("tampering needs a superuser login").isTrue();
    }

    boolean superuser() {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL as the superuser with triggers off for this session only ({@code session_replication_role}). */
    void asSuperuserWithTriggersOff(String sql, Object... parameters) {
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica");
            }
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    p.setObject(i + 1, parameters[i]);
                }
                p.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL in one transaction with the append-only trigger disabled inside it (other sessions never see it off). */
    void asOwnerWithAppendOnlyTriggerDisabled(String sql, Object... parameters) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit.event DISABLE TRIGGER event_is_append_only");
            }
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    p.setObject(i + 1, parameters[i]);
                }
                p.execute();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit.event ENABLE TRIGGER event_is_append_only");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties the audit trail (tests only). */
    void emptyAuditTrail() {
        asSuperuserWithTriggersOff("TRUNCATE audit.event");
    }

    @Override
    public void close() {
        postgres.close();
    }
}
