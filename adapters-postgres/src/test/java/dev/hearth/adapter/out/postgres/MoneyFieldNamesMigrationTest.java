package dev.hearth.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.adapter.out.postgres.internal.Migrator;
import dev.hearth.application.port.in.household.ReplayReport;
import dev.hearth.application.port.in.household.ReplaySavedEstimateQuery;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.service.household.SavedEstimatesService;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V60 (ADR 0025) re-encodes the stored documents in the new money field names, and an estimate saved before
 * it still replays identically. The documents under {@code documents-before-v60/} are what the release before the
 * change wrote: {@code universal-credit-result.json} is the output of {@code hearth estimate universal-credit -i
 * universal-credit-inputs.json} from the jar built at commit b9ca9ca (the last commit with the old names); the
 * household's facts are those inputs without {@code assessmentPeriodStart}, as {@code HouseholdCircumstances.of}
 * stores them. Each test starts from a database migrated to V52 (the schema before V60) holding those documents,
 * encrypted as the old release encrypted them.
 */
class MoneyFieldNamesMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);
    private static final CallContext CALLER = new CallContext("operator", "req-v60");

    private final TinkFieldEncryptionAdapter encryption = TinkFieldEncryptionAdapter.create(FieldKeyset.generate());
    private final UUID householdId = UUID.randomUUID();
    private final UUID estimateId = UUID.randomUUID();

    @Test
    void an_estimate_saved_in_the_old_shape_replays_identically_after_the_migration() throws Exception {
        TestDatabase db = databaseBeforeV60();
        storeOldDocuments(db, encryption);

        try (PostgresAdapters postgres = adapters(db)) {
            // V60 and every later migration (V61 idempotency keys, ...)
            assertThat(postgres.migrate(encryption).migrationsExecuted()).isPositive();
            assertThat(v60Applied(db)).as("V60 ran").isTrue();
            JdbiHouseholdAdapter households = postgres.households(encryption);
            SavedEstimatesService estimates = new SavedEstimatesService(households, households.savedEstimates(),
                    households.savedEstimates(), households, postgres.auditLog(), CLOCK, "0.2.0+v60test");

            ReplayReport report = estimates.replay(new ReplaySavedEstimateQuery(householdId, estimateId, CALLER));

            assertThat(report.differences()).isEmpty();
            assertThat(report.identical()).isTrue();
            assertThat(report.linesCompared()).as("every result line was compared, not none").isGreaterThan(30);
        }
    }

    @Test
    void every_renamed_money_field_keeps_its_value_in_the_stored_documents() throws Exception {
        TestDatabase db = databaseBeforeV60();
        storeOldDocuments(db, encryption);

        try (PostgresAdapters postgres = adapters(db)) {
            postgres.migrate(encryption);
            JdbiHouseholdAdapter households = postgres.households(encryption);

            HouseholdCircumstances facts = households.load(householdId).map(r -> r.value())
                    .map(HouseholdRecord::circumstances).orElseThrow();
            SavedEstimateRecord saved = households.savedEstimates().load(householdId, estimateId)
                    .orElseThrow().value();
            UcEstimateRequest inputs = saved.inputs();
            UcEstimate result = saved.result();

            assertThat(facts).isEqualTo(HouseholdCircumstances.of(inputs));
            assertThat(inputs.capitalPence()).isEqualTo(Pence.of(740_000));
            assertThat(inputs.claimants().get(0).netEarningsPence()).isEqualTo(Pence.of(120_000));
            assertThat(inputs.claimants().get(1).netEarningsPence()).isEqualTo(Pence.of(30_000));
            assertThat(inputs.housing().rent().amountPence()).isEqualTo(Pence.of(95_000));
            assertThat(inputs.housing().eligibleServiceCharges().amountPence()).isEqualTo(Pence.of(2_500));
            assertThat(((LhaSource.Supplied) inputs.housing().lha()).monthlyRatesPence())
                    .containsEntry(LhaCategory.THREE_BEDROOMS, Pence.of(95_000));
            assertThat(inputs.otherIncome().get(0).amountPence()).isEqualTo(Pence.of(5_000));
            assertThat(inputs.childcare().costsPaidPence()).isEqualTo(Pence.of(40_000));
            assertThat(inputs.deductions().get(0).amountPence()).isEqualTo(Pence.of(6_000));
            assertThat(result.awardPence()).isEqualTo(Pence.of(201_478));
            assertThat(result.paymentPence()).isEqualTo(Pence.of(195_478));
            assertThat(result.housing().capRentPence()).contains(Pence.of(95_000));
            assertThat(result.meansTest().earningsReductionPence()).isEqualTo(Pence.of(59_015));
            assertThat(result.deductions().get(0).appliedPence()).isEqualTo(Pence.of(6_000));
            assertThat(result.benefitCap().earningsThresholdPence()).isEqualTo(Pence.of(88_100));
        }
    }

    @Test
    void the_household_keeps_its_version_and_saved_estimates_stay_unchangeable() throws Exception {
        TestDatabase db = databaseBeforeV60();
        storeOldDocuments(db, encryption);

        try (PostgresAdapters postgres = adapters(db)) {
            postgres.migrate(encryption);

            assertThat(postgres.households(encryption).load(householdId).orElseThrow().value().version())
                    .isEqualTo(3);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE saved_estimate SET inputs = result"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("saved_estimate is never changed");
            }
        }
    }

    @Test
    void a_document_the_keyset_cannot_decrypt_fails_the_migration_and_changes_nothing() throws Exception {
        TestDatabase db = databaseBeforeV60();
        storeOldDocuments(db, TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        byte[] before = circumstancesCiphertext(db);

        try (PostgresAdapters postgres = adapters(db)) {
            assertThatThrownBy(() -> postgres.migrate(encryption)).hasMessageContaining("migration failed");
        }

        assertThat(circumstancesCiphertext(db)).isEqualTo(before);
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(version::int) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).as("V60 rolled back: the schema is still at V52").isEqualTo(52);
        }
    }

    @Test
    void a_fresh_database_gets_the_migration_with_nothing_to_re_encode() {
        TestDatabase db = TestPostgres.instance().createDatabase(MoneyFieldNamesMigrationTest.class);

        try (PostgresAdapters postgres = adapters(db)) {
            assertThat(Integer.parseInt(postgres.migrate(encryption).schemaVersion())).isGreaterThanOrEqualTo(60);
            assertThat(v60Applied(db)).isTrue();
            assertThat(postgres.migrate(encryption).migrationsExecuted()).isZero();
        }
    }

    /** Whether Flyway's history records V60 as applied successfully. */
    private static boolean v60Applied(TestDatabase db) {
        try (java.sql.Connection c = db.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(
                     "SELECT count(*) FROM flyway_schema_history WHERE version = '60' AND success")) {
            rs.next();
            return rs.getLong(1) == 1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase databaseBeforeV60() {
        TestDatabase db = TestPostgres.instance().createDatabase(MoneyFieldNamesMigrationTest.class);
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations(Migrator.LOCATION)
                .target("52").load().migrate();
        return db;
    }

    private static PostgresAdapters adapters(TestDatabase db) {
        return PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
    }

    /** The old release's rows, written directly (the test login is the embedded server's superuser). */
    private void storeOldDocuments(TestDatabase db, TinkFieldEncryptionAdapter keys) throws Exception {
        Instant created = Instant.parse("2026-05-20T10:00:00Z");
        try (Connection c = db.connect()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO household (id, version, created_at, "
                    + "updated_at, circumstances) VALUES (?, 3, ?, ?, ?)")) {
                p.setObject(1, householdId);
                p.setObject(2, java.sql.Timestamp.from(created));
                p.setObject(3, java.sql.Timestamp.from(created));
                p.setBytes(4, keys.encrypt(document("household-circumstances.json"),
                        EncryptedColumns.HOUSEHOLD_CIRCUMSTANCES.location(householdId.toString())));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO saved_estimate (id, household_id, "
                    + "household_version, created_at, kind, engine_version, ruleset_version, assessment_period_start,"
                    + " inputs, result) VALUES (?, ?, 3, ?, 'universal_credit', '0.1.0-SNAPSHOT+b9ca9ca', ?, ?, ?, ?)")) {
                p.setObject(1, estimateId);
                p.setObject(2, householdId);
                p.setObject(3, java.sql.Timestamp.from(created));
                p.setString(4, "uc-estimate.v1 (rates 2025-26, 2026-27)");
                p.setObject(5, LocalDate.of(2026, 5, 14));
                p.setBytes(6, keys.encrypt(document("universal-credit-inputs.json"),
                        EncryptedColumns.SAVED_ESTIMATE_INPUTS.location(estimateId.toString())));
                p.setBytes(7, keys.encrypt(document("universal-credit-result.json"),
                        EncryptedColumns.SAVED_ESTIMATE_RESULT.location(estimateId.toString())));
                p.executeUpdate();
            }
        }
    }

    private byte[] circumstancesCiphertext(TestDatabase db) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT circumstances FROM household WHERE id = ?")) {
            p.setObject(1, householdId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                byte[] value = rs.getBytes(1);
                return Arrays.copyOf(value, value.length);
            }
        }
    }

    private static byte[] document(String name) throws IOException {
        try (InputStream in = MoneyFieldNamesMigrationTest.class.getResourceAsStream("/documents-before-v60/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
