package dev.hearth.adapter.out.postgres;

import static dev.hearth.application.port.out.household.HouseholdFixtures.CREATED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.KeyRotation;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.household.HouseholdFixtures;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code hearth keys rotate} over the household tables, run as a login that row-level security applies to (not a
 * superuser, no BYPASSRLS, as a production login must be): it re-encrypts every household, debt and saved estimate
 * under the new primary key, the saved-estimate trigger lets exactly that through, and everything reads back with the
 * old key disabled.
 */
class HouseholdKeyRotationTest {

    /** The household tables' encrypted columns (the identity schema's are rotated by the same code, tested there). */
    private static final List<EncryptedColumn> HOUSEHOLD_COLUMNS = List.of(EncryptedColumns.HOUSEHOLD_CIRCUMSTANCES,
            EncryptedColumns.HOUSEHOLD_DEBT_FACTS, EncryptedColumns.SAVED_ESTIMATE_INPUTS,
            EncryptedColumns.SAVED_ESTIMATE_RESULT);

    private static final String PASSWORD = "rotation-test";

    private static HouseholdDatabase db;
    private static String login;
    private static PostgresAdapters asLogin;

    @BeforeAll
    static void start() throws SQLException {
        db = HouseholdDatabase.start(HouseholdKeyRotationTest.class);
        login = "hearth_rotation_test_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36)
                .toLowerCase(Locale.ROOT);
        execute("CREATE ROLE " + login + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + PASSWORD + "'");
        // what the owner login has and hearth_app lacks: UPDATE of a saved estimate's ciphertexts
        execute("GRANT hearth_app TO " + login);
        execute("GRANT UPDATE (inputs, result) ON saved_estimate TO " + login);
        asLogin = PostgresAdapters.start(PostgresSettings.external(db.audit.db.jdbcUrl(), login, PASSWORD));
    }

    @AfterAll
    static void stop() throws SQLException {
        if (asLogin != null) {
            asLogin.close();
        }
        if (login != null) {
            execute("DROP OWNED BY " + login);
            execute("DROP ROLE " + login);
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void rotation_re_encrypts_every_household_row_under_the_new_key_and_they_still_read_back() throws SQLException {
        List<HouseholdRecord> stored = new ArrayList<>();
        List<DebtRecord> debts = new ArrayList<>();
        List<SavedEstimateRecord> estimates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HouseholdRecord household = db.households.insert(i == 0 ? HouseholdFixtures.everyFactKind()
                    : HouseholdFixtures.single(i), CREATED.plusSeconds(i));
            stored.add(household);
            debts.add(db.households.insert(household.id(), HouseholdFixtures.debtWithEverything(), CREATED));
            UcEstimateRequest inputs = HouseholdFixtures.estimateInputs(household.circumstances());
            estimates.add(db.households.savedEstimates().insert(household.id(), 1, CREATED, "0.1.0-test", inputs,
                    HouseholdFixtures.estimate(inputs)));
        }
        assertThat(countAsLogin("SELECT count(*) FROM household"))
                .as("row-level security applies to this login: without the 'all' scope it sees nothing").isZero();
        FieldKeyset old = db.encryption.keyset();
        int oldKey = old.primaryKeyId();
        FieldKeyset added = old.withNewKey();
        int newKey = added.keys().stream().filter(k -> !k.primary()).findFirst().orElseThrow().id();
        KeyRotation rotation = asLogin.keyRotation(TinkFieldEncryptionAdapter.create(added.withPrimary(newKey)));

        List<KeyRotation.RotationReport> reports = rotation.reEncryptAll(HOUSEHOLD_COLUMNS, 2, p -> { });

        assertThat(reports).hasSize(4).allSatisfy(r -> {
            assertThat(r.scanned()).as(r.toString()).isEqualTo(3);
            assertThat(r.reEncrypted()).as(r.toString()).isEqualTo(3);
            assertThat(r.complete()).isTrue();
        });
        assertThat(rotation.census(HOUSEHOLD_COLUMNS)).allSatisfy(census -> {
            assertThat(census.count(oldKey)).as(census.column().toString()).isZero();
            assertThat(census.count(newKey)).as(census.column().toString()).isEqualTo(3);
        });
        assertThat(rotation.reEncryptAll(HOUSEHOLD_COLUMNS, 2, p -> { }))
                .as("a second run changes nothing").allSatisfy(r -> assertThat(r.alreadyCurrent()).isEqualTo(3));

        JdbiHouseholdAdapter withoutOldKey = db.householdsWith(TinkFieldEncryptionAdapter.create(
                added.withPrimary(newKey).withKeyDisabled(oldKey)));
        for (int i = 0; i < 3; i++) {
            HouseholdRecord household = stored.get(i);
            assertThat(withoutOldKey.load(household.id()).orElseThrow().value()).isEqualTo(household);
            assertThat(withoutOldKey.load(household.id(), debts.get(i).id()).orElseThrow().value())
                    .isEqualTo(debts.get(i));
            assertThat(withoutOldKey.savedEstimates().load(household.id(), estimates.get(i).id()).orElseThrow()
                    .value()).isEqualTo(estimates.get(i));
        }
    }

    private static long countAsLogin(String sql) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", login);
        properties.setProperty("password", PASSWORD);
        try (Connection c = java.sql.DriverManager.getConnection(db.audit.db.jdbcUrl(), properties);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.audit.db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
