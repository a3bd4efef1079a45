package dev.hearth.adapter.out.postgres;

import static dev.hearth.application.port.out.household.HouseholdFixtures.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.audit.AuditEvents;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.application.port.out.crypto.UndecryptableFieldException;
import dev.hearth.application.port.out.household.HouseholdFixtures;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.wire.json.WireJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What PostgreSQL itself guarantees for stored households, beyond the port contract: nothing sensitive at rest in
 * clear, ciphertexts bound to their rows, row-level security by transaction setting, the application role's
 * privileges, rows that do not move, saved estimates that never change, and a household change and its audit event
 * committing or rolling back together.
 */
class HouseholdStorageInPostgresTest {

    private static HouseholdDatabase db;
    private static JdbiHouseholdAdapter households;

    private HouseholdRecord a;
    private HouseholdRecord b;
    private DebtRecord aDebt;
    private DebtRecord bDebt;
    private SavedEstimateRecord bEstimate;

    @BeforeAll
    static void start() {
        db = HouseholdDatabase.start(HouseholdStorageInPostgresTest.class);
        households = db.households;
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    /** Household A (one claimant, a plain debt) and household B (every fact kind, a full debt, an estimate). */
    @BeforeEach
    void twoHouseholds() {
        db.empty();
        a = households.insert(HouseholdFixtures.single(1), CREATED);
        aDebt = households.insert(a.id(), HouseholdFixtures.plainDebt(1_234), CREATED);
        b = households.insert(HouseholdFixtures.everyFactKind(), CREATED);
        bDebt = households.insert(b.id(), HouseholdFixtures.debtWithEverything(), CREATED);
        UcEstimateRequest inputs = HouseholdFixtures.estimateInputs(b.circumstances());
        bEstimate = households.savedEstimates().insert(b.id(), 1, CREATED, "0.1.0-test", inputs,
                HouseholdFixtures.estimate(inputs));
    }

    // ----- encryption at rest ----------------------------------------------------------------------------------------

    @Test
    void no_creditor_note_amount_or_date_of_birth_is_stored_in_clear_anywhere_in_the_rows() throws SQLException {
        List<String> secrets = List.of(HouseholdFixtures.CREDITOR, "Okafor", "Northmoor",
                HouseholdFixtures.FIRST_CLAIMANT_BORN.toString(), Long.toString(HouseholdFixtures.BALANCE_PENCE),
                "104317", "82350", "312645", "PIP_DAILY_LIVING_ENHANCED", "COUNCIL_TAX", "dateOfBirth");
        for (String table : List.of("household", "household_debt", "saved_estimate")) {
            List<byte[]> raw = rawColumns(table);
            assertThat(raw).as(table).isNotEmpty();
            for (byte[] value : raw) {
                String asLatin1 = new String(value, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(asLatin1).as(table + " holds " + secret).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void each_document_is_the_wire_json_of_the_record_encrypted_under_the_primary_key_for_its_row() throws Exception {
        byte[] stored = bytes("SELECT circumstances FROM household WHERE id = ?", b.id());

        assertThat(FieldKeyset.keyIdOf(stored)).hasValue(db.encryption.keyset().primaryKeyId());
        byte[] json = db.encryption.decrypt(stored, FieldLocation.of("household", "circumstances", b.id()));
        assertThat(WireJson.newMapper().readValue(json, HouseholdCircumstances.class))
                .isEqualTo(HouseholdFixtures.everyFactKind());
        byte[] inputs = db.encryption.decrypt(bytes("SELECT inputs FROM saved_estimate WHERE id = ?", bEstimate.id()),
                FieldLocation.of("saved_estimate", "inputs", bEstimate.id()));
        assertThat(WireJson.newMapper().readValue(inputs, UcEstimateRequest.class))
                .as("a request body `hearth estimate universal-credit --input` accepts").isEqualTo(bEstimate.inputs());
    }

    @Test
    void a_document_copied_to_another_household_fails_to_decrypt_and_the_error_names_the_row_not_the_value() {
        db.audit.asSuperuserWithTriggersOff("UPDATE household SET circumstances = (SELECT circumstances FROM household"
                + " WHERE id = ?) WHERE id = ?", b.id(), a.id());

        assertThatThrownBy(() -> households.load(a.id())).isInstanceOfSatisfying(UndecryptableFieldException.class,
                e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
                    assertThat(e.location()).isEqualTo(FieldLocation.of("household", "circumstances", a.id()));
                    assertThat(e.getMessage()).contains(a.id().toString()).doesNotContain("1987");
                });
        assertThat(households.load(b.id())).isPresent();
    }

    @Test
    void a_document_that_decrypts_but_is_not_the_expected_json_is_an_internal_error_naming_the_row() {
        FieldLocation location = FieldLocation.of("household_debt", "facts", aDebt.id());
        byte[] wrongShape = db.encryption.encryptString("{\"creditor\": \"Jane Doe\", \"unknownField\": 1}", location);
        db.audit.asSuperuserWithTriggersOff("UPDATE household_debt SET facts = ? WHERE id = ?", wrongShape,
                aDebt.id());

        assertThatThrownBy(() -> households.load(a.id(), aDebt.id()))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL);
                    assertThat(e.getMessage()).contains(location.toString()).doesNotContain("Jane");
                    assertThat(e.getCause().getMessage()).doesNotContain("Jane").doesNotContain("unknownField");
                });
    }

    @Test
    void every_document_column_is_registered_for_key_rotation() throws SQLException {
        List<String> byteaColumns = new ArrayList<>();
        try (Connection c = db.audit.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name || '.' || column_name FROM information_schema.columns"
                     + " WHERE table_schema = current_schema() AND data_type = 'bytea'"
                     + " AND table_name IN ('household', 'household_debt', 'saved_estimate', 'household_note')")) {
            while (rs.next()) {
                byteaColumns.add(rs.getString(1));
            }
        }
        assertThat(EncryptedColumns.all()).extracting(Object::toString)
                // the household tables live in the default schema; columns of other schemas (identity, idempotency)
                // are named schema.table.column
                .filteredOn(column -> column.chars().filter(ch -> ch == '.').count() == 1)
                .containsExactlyInAnyOrderElementsOf(byteaColumns);
    }

    // ----- row-level security ----------------------------------------------------------------------------------------

    @Test
    void row_level_security_is_enabled_and_forced_on_every_household_table() throws SQLException {
        for (String table : List.of("household", "household_debt", "saved_estimate")) {
            assertThat(row("SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = '" + table
                    + "'::regclass")).as(table).containsExactly("t", "t");
        }
    }

    @Test
    void scoped_to_household_a_the_application_role_sees_and_changes_nothing_of_household_b() throws SQLException {
        try (Connection c = asApplication(a.id().toString(), null)) {
            assertThat(count(c, "SELECT count(*) FROM household")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM household WHERE id = '" + b.id() + "'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM household_debt WHERE household_id = '" + b.id() + "'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM household_debt")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM saved_estimate")).isZero();
            assertThat(update(c, "UPDATE household SET version = version + 1 WHERE id = '" + b.id() + "'")).isZero();
            assertThat(update(c, "UPDATE household_debt SET version = version + 1")).isEqualTo(1);
            assertThat(update(c, "DELETE FROM household_debt WHERE household_id = '" + b.id() + "'")).isZero();
            assertThat(update(c, "DELETE FROM saved_estimate")).isZero();
            c.rollback();
        }
        assertThat(households.load(b.id(), bDebt.id())).isPresent();
        assertThat(households.savedEstimates().load(b.id(), bEstimate.id())).isPresent();
    }

    @Test
    void scoped_to_household_a_a_row_for_household_b_cannot_be_written() throws SQLException {
        byte[] facts = bytes("SELECT facts FROM household_debt WHERE id = ?", aDebt.id());
        try (Connection c = asApplication(a.id().toString(), null);
             PreparedStatement insert = c.prepareStatement("INSERT INTO household_debt (id, household_id, version,"
                     + " created_at, updated_at, facts) VALUES (gen_random_uuid(), ?, 1, now(), now(), ?)")) {
            insert.setObject(1, b.id());
            insert.setBytes(2, facts);
            assertThatThrownBy(insert::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).as("row-level security violation").isEqualTo("42501"));
        }
    }

    @Test
    void with_no_household_setting_the_application_role_sees_nothing_at_all() throws SQLException {
        try (Connection c = asApplication(null, null)) {
            for (String table : List.of("household", "household_debt", "saved_estimate")) {
                assertThat(count(c, "SELECT count(*) FROM " + table)).as(table).isZero();
            }
            assertThat(update(c, "UPDATE household SET version = version + 1")).isZero();
            c.rollback();
        }
        try (Connection c = asApplication(null, "some")) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("only 'all' opens every household").isZero();
        }
    }

    @Test
    void the_all_households_scope_sees_every_household() throws SQLException {
        try (Connection c = asApplication(null, "all")) {
            assertThat(count(c, "SELECT count(*) FROM household")).isEqualTo(2);
            assertThat(count(c, "SELECT count(*) FROM household_debt")).isEqualTo(2);
        }
    }

    @Test
    void the_adapter_leaves_no_scope_and_no_role_behind_in_a_transaction_it_joined() {
        List<String> seen = households.inTransaction(() -> {
            households.load(a.id());
            households.list(dev.hearth.application.port.model.PageRequest.first());
            return db.audit.postgres.database().withHandle(h -> h.createQuery("SELECT current_user || '|' ||"
                    + " coalesce(current_setting('hearth.household_id', true), '') || '|' ||"
                    + " coalesce(current_setting('hearth.household_scope', true), '')").mapTo(String.class).list());
        });
        assertThat(seen).containsExactly(db.audit.db.user() + "||");
    }

    // ----- row-level security by account (ADR 0019) ------------------------------------------------------------------

    @Test
    void the_account_line_alone_hides_a_household_the_account_is_not_a_member_of_even_when_the_transaction_names_it()
            throws SQLException {
        UUID member = account();
        addMember(a.id(), member, "member");
        try (Connection c = asAccount(b.id().toString(), member)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("B named, not a member").isZero();
            assertThat(count(c, "SELECT count(*) FROM household_debt")).isZero();
            assertThat(count(c, "SELECT count(*) FROM saved_estimate")).isZero();
            assertThat(update(c, "UPDATE household SET version = version + 1")).isZero();
            assertThat(update(c, "DELETE FROM household_debt")).isZero();
        }
        try (Connection c = asAccount(a.id().toString(), member)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("A named, a member").isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM household_debt")).isEqualTo(1);
        }
        try (Connection c = asAccount(null, member)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("no household named: its own").isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM household WHERE id = '" + b.id() + "'")).isZero();
        }
    }

    @Test
    void a_crisis_override_opens_its_household_to_its_account_only_until_it_expires() throws SQLException {
        UUID support = account();
        db.audit.asSuperuserWithTriggersOff("INSERT INTO crisis_override (id, household_id, account_id, opened_at,"
                + " expires_at, justification) VALUES (gen_random_uuid(), ?, ?, now() - interval '2 hours',"
                + " now() - interval '1 hour', 'expired, SG-4')", b.id(), support);
        try (Connection c = asAccount(b.id().toString(), support)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("expired").isZero();
        }
        db.audit.asSuperuserWithTriggersOff("INSERT INTO crisis_override (id, household_id, account_id, opened_at,"
                + " expires_at, justification) VALUES (gen_random_uuid(), ?, ?, now() - interval '1 minute',"
                + " now() + interval '1 hour', 'open, SG-4')", b.id(), support);
        try (Connection c = asAccount(b.id().toString(), support)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("open").isEqualTo(1);
        }
        try (Connection c = asAccount(a.id().toString(), support)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("another household").isZero();
        }
    }

    @Test
    void the_adapter_acting_for_an_account_reads_only_its_households_and_lists_exactly_them() {
        UUID member = account();
        addMember(a.id(), member, "owner");
        assertThat(households.actingAs(member.toString(), () -> households.load(b.id()))).isEmpty();
        assertThat(households.actingAs(member.toString(), () -> households.list(b.id(),
                dev.hearth.application.port.model.PageRequest.first()).value().items())).isEmpty();
        assertThat(households.actingAs(member.toString(), () -> households.load(a.id()))).isPresent();
        assertThat(households.listForMember(member, dev.hearth.application.port.model.PageRequest.first())
                .value().items()).extracting(HouseholdRecord::id).containsExactly(a.id());
        assertThat(households.actingAs("system:job", () -> households.load(b.id())))
                .as("a job acts for no account").isPresent();
    }

    // ----- writes by role (ADR 0019, migration V52): reading and writing are separate policies -----------------------

    @Test
    void a_support_account_with_an_open_crisis_override_sees_the_household_but_changes_and_deletes_nothing()
            throws SQLException {
        UUID support = account();
        db.audit.asSuperuserWithTriggersOff("INSERT INTO crisis_override (id, household_id, account_id, opened_at,"
                + " expires_at, justification) VALUES (gen_random_uuid(), ?, ?, now() - interval '1 minute',"
                + " now() + interval '1 hour', 'open, SG-4')", b.id(), support);
        try (Connection c = asAccount(b.id().toString(), support)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("read under the override").isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM household_debt")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM saved_estimate")).isEqualTo(1);
            assertThat(update(c, "UPDATE household SET version = version + 1")).isZero();
            assertThat(update(c, "UPDATE household_debt SET version = version + 1")).isZero();
            assertThat(update(c, "DELETE FROM household_debt")).isZero();
            assertThat(update(c, "DELETE FROM saved_estimate")).isZero();
            assertThat(update(c, "DELETE FROM household")).isZero();
            assertThat(insertDebt(c, b.id())).isEqualTo(ROW_LEVEL_SECURITY_VIOLATION);
            assertThat(insertNote(c, b.id())).isEqualTo(ROW_LEVEL_SECURITY_VIOLATION);
            c.rollback();
        }
        assertThat(households.load(b.id())).hasValueSatisfying(r -> assertThat(r.value().version()).isEqualTo(1));
        assertThat(households.load(b.id(), bDebt.id())).isPresent();
        assertThat(households.savedEstimates().load(b.id(), bEstimate.id())).isPresent();
    }

    @Test
    void an_adviser_cannot_change_facts_or_debts_but_may_add_a_note() throws SQLException {
        UUID adviser = account();
        addMember(b.id(), adviser, "adviser");
        try (Connection c = asAccount(b.id().toString(), adviser)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("an adviser reads").isEqualTo(1);
            assertThat(update(c, "UPDATE household SET version = version + 1")).isZero();
            assertThat(update(c, "UPDATE household_debt SET version = version + 1")).isZero();
            assertThat(update(c, "DELETE FROM household_debt")).isZero();
            assertThat(update(c, "DELETE FROM saved_estimate")).isZero();
            assertThat(update(c, "DELETE FROM household")).isZero();
            assertThat(insertDebt(c, b.id())).isEqualTo(ROW_LEVEL_SECURITY_VIOLATION);
            assertThat(insertNote(c, b.id())).as("NOTES").isEqualTo("1 row");
            assertThat(update(c, "DELETE FROM household_note")).as("only the owner deletes notes").isZero();
            c.rollback();
        }
        assertThatThrownBy(() -> households.actingAs(adviser.toString(),
                () -> households.update(b, HouseholdFixtures.single(2), CREATED)))
                .as("through the adapter too").isInstanceOf(ApplicationException.class);
        assertThat(households.load(b.id())).hasValueSatisfying(r -> assertThat(r.value().version()).isEqualTo(1));
    }

    @Test
    void a_member_changes_facts_and_debts_but_neither_adds_a_note_nor_deletes_the_household() throws SQLException {
        UUID member = account();
        addMember(b.id(), member, "member");
        try (Connection c = asAccount(b.id().toString(), member)) {
            assertThat(update(c, "UPDATE household SET version = version + 1")).isEqualTo(1);
            assertThat(update(c, "UPDATE household_debt SET version = version + 1")).isEqualTo(1);
            assertThat(insertDebt(c, b.id())).isEqualTo("1 row");
            assertThat(update(c, "DELETE FROM household")).isZero();
            assertThat(insertNote(c, b.id())).as("a member lacks NOTES").isEqualTo(ROW_LEVEL_SECURITY_VIOLATION);
            c.rollback();
        }
    }

    @Test
    void the_owner_changes_adds_notes_and_deletes_the_household_with_everything_in_it() throws SQLException {
        UUID owner = account();
        addMember(b.id(), owner, "owner");
        try (Connection c = asAccount(b.id().toString(), owner)) {
            assertThat(update(c, "UPDATE household SET version = version + 1")).isEqualTo(1);
            assertThat(update(c, "UPDATE household_debt SET version = version + 1")).isEqualTo(1);
            assertThat(insertDebt(c, b.id())).isEqualTo("1 row");
            assertThat(insertNote(c, b.id())).isEqualTo("1 row");
            assertThat(update(c, "DELETE FROM household_note")).isEqualTo(1);
            assertThat(insertNote(c, b.id())).isEqualTo("1 row");
            assertThat(update(c, "DELETE FROM household_debt WHERE id <> '" + bDebt.id() + "'")).isEqualTo(1);
            assertThat(update(c, "DELETE FROM household")).isEqualTo(1);
            c.commit();
        }
        for (String table : List.of("household_debt", "saved_estimate", "household_note", "household_member")) {
            assertThat(row("SELECT count(*) FROM " + table + " WHERE household_id = '" + b.id() + "'"))
                    .as(table + " deleted with the household").containsExactly("0");
        }
        assertThat(households.load(a.id(), aDebt.id())).as("another household untouched").isPresent();
    }

    @Test
    void an_account_not_in_the_household_writes_nothing_even_when_the_transaction_names_it() throws SQLException {
        UUID stranger = account();
        addMember(a.id(), stranger, "owner");
        try (Connection c = asAccount(b.id().toString(), stranger)) {
            assertThat(update(c, "DELETE FROM household")).isZero();
            assertThat(insertDebt(c, b.id())).isEqualTo(ROW_LEVEL_SECURITY_VIOLATION);
            assertThat(insertNote(c, b.id())).isEqualTo(ROW_LEVEL_SECURITY_VIOLATION);
            c.rollback();
        }
        try (Connection c = asAccount(null, stranger)) {
            assertThat(count(c, "SELECT count(*) FROM household")).as("its own household is listed").isEqualTo(1);
            assertThat(update(c, "UPDATE household SET version = version + 1"))
                    .as("no household named: nothing is writable").isZero();
            c.rollback();
        }
    }

    private static final String ROW_LEVEL_SECURITY_VIOLATION = "42501";

    /** Inserts a debt into {@code household} in a savepoint: "1 row", or the SQLSTATE it was refused with. */
    private String insertDebt(Connection c, UUID household) throws SQLException {
        byte[] facts = bytes("SELECT facts FROM household_debt WHERE id = ?", bDebt.id());
        return insertInSavepoint(c, "INSERT INTO household_debt (id, household_id, version, created_at, updated_at,"
                + " facts) VALUES (gen_random_uuid(), ?, 1, now(), now(), ?)", household, facts);
    }

    /** Inserts an adviser note into {@code household} in a savepoint: "1 row", or the SQLSTATE it was refused with. */
    private String insertNote(Connection c, UUID household) throws SQLException {
        byte[] ciphertext = bytes("SELECT facts FROM household_debt WHERE id = ?", bDebt.id());
        return insertInSavepoint(c, "INSERT INTO household_note (id, household_id, author_id, created_at, text)"
                + " VALUES (gen_random_uuid(), ?, 'test', now(), ?)", household, ciphertext);
    }

    private static String insertInSavepoint(Connection c, String sql, UUID household, byte[] bytes)
            throws SQLException {
        java.sql.Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setObject(1, household);
            insert.setBytes(2, bytes);
            String result = insert.executeUpdate() + " row";
            c.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            c.rollback(savepoint);
            return e.getSQLState();
        }
    }

    private static UUID account() {
        UUID id = UUID.randomUUID();
        byte[] index = new byte[32];
        new java.security.SecureRandom().nextBytes(index);
        db.audit.asSuperuserWithTriggersOff("INSERT INTO identity.account (id, email_index, email_ciphertext,"
                + " password_hash, created_at) VALUES (?, ?, ?, '$argon2id$test', now())", id, index, new byte[40]);
        return id;
    }

    private static void addMember(UUID household, UUID account, String role) {
        db.audit.asSuperuserWithTriggersOff("INSERT INTO household_member (household_id, account_id, role, granted_at,"
                + " granted_by) VALUES (?, ?, ?, now(), 'test')", household, account, role);
    }

    private static Connection asAccount(String householdId, UUID account) throws SQLException {
        Connection c = asApplication(householdId, null);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('hearth.account_id', '" + account + "', true)");
        }
        return c;
    }

    // ----- privileges and triggers -----------------------------------------------------------------------------------

    @Test
    void the_application_role_may_read_and_write_households_and_debts_but_never_update_a_saved_estimate()
            throws SQLException {
        assertThat(row("""
                SELECT has_table_privilege('hearth_app', 'household', 'SELECT, INSERT, UPDATE, DELETE'),
                       has_table_privilege('hearth_app', 'household_debt', 'SELECT, INSERT, UPDATE, DELETE'),
                       has_table_privilege('hearth_app', 'saved_estimate', 'SELECT, INSERT, DELETE'),
                       has_table_privilege('hearth_app', 'saved_estimate', 'UPDATE'),
                       has_table_privilege('hearth_app', 'household', 'TRUNCATE'),
                       has_table_privilege('public', 'household', 'SELECT')
                """)).containsExactly("t", "t", "t", "f", "f", "f");
        try (Connection c = asApplication(b.id().toString(), null)) {
            assertThatThrownBy(() -> update(c, "UPDATE saved_estimate SET engine_version = 'forged'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void even_the_owner_cannot_change_a_saved_estimate_except_by_re_encrypting_it_under_another_key()
            throws SQLException {
        assertThat(sqlStateOf("UPDATE saved_estimate SET engine_version = 'forged'")).isEqualTo("HH002");
        assertThat(sqlStateOf("UPDATE saved_estimate SET household_version = 2")).isEqualTo("HH002");
        // same key: a different document is refused, even one encrypted for the right row
        assertThat(sqlStateOf("UPDATE saved_estimate SET result = inputs")).isEqualTo("HH002");
        assertThat(households.savedEstimates().load(b.id(), bEstimate.id()).orElseThrow().value())
                .isEqualTo(bEstimate);
    }

    @Test
    void a_debt_cannot_be_moved_to_another_household_even_by_the_owner() throws SQLException {
        assertThat(sqlStateOf("UPDATE household_debt SET household_id = '" + a.id() + "' WHERE id = '" + bDebt.id()
                + "'")).isEqualTo("HH001");
        assertThat(sqlStateOf("UPDATE household SET created_at = now() WHERE id = '" + a.id() + "'"))
                .isEqualTo("HH001");
    }

    // ----- transactions with the audit trail -------------------------------------------------------------------------

    @Test
    void a_household_change_and_its_audit_event_roll_back_together() {
        JdbiAuditLogAdapter log = db.audit.postgres.auditLog();
        List<UUID> written = new ArrayList<>();

        assertThatThrownBy(() -> households.inTransaction(() -> {
            HouseholdRecord created = households.insert(HouseholdFixtures.single(9), CREATED);
            written.add(created.id());
            written.add(households.insert(created.id(), HouseholdFixtures.plainDebt(5), CREATED).id());
            log.append(AuditEvents.householdUpdated(1));
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "refused after recording");
        })).hasMessage("refused after recording");

        assertThat(households.load(written.get(0))).isEmpty();
        assertThat(households.load(written.get(0), written.get(1))).isEmpty();
        assertThat(log.readAfter(0, 10)).isEmpty();
    }

    @Test
    void a_household_change_and_its_audit_event_commit_together() {
        JdbiAuditLogAdapter log = db.audit.postgres.auditLog();

        HouseholdRecord changed = households.inTransaction(() -> {
            HouseholdRecord locked = households.lockForUpdate(a.id()).orElseThrow();
            HouseholdRecord updated = households.update(locked, HouseholdFixtures.single(2), CREATED.plusSeconds(1));
            log.append(AuditEvents.householdUpdated(1));
            return updated;
        });

        assertThat(households.load(a.id()).orElseThrow().value()).isEqualTo(changed);
        assertThat(log.readAfter(0, 10)).hasSize(1);
        assertThat(log.verify().intact()).isTrue();
    }

    // ----- helpers ---------------------------------------------------------------------------------------------------

    /**
     * A connection in an open transaction as {@code hearth_app}, with the RLS settings as given (null: not set), as the
     * adapter would set them; the caller rolls back or closes it.
     */
    private static Connection asApplication(String householdId, String scope) throws SQLException {
        Connection c = db.audit.db.connect();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL ROLE hearth_app");
            if (householdId != null) {
                s.execute("SELECT set_config('hearth.household_id', '" + householdId + "', true)");
            }
            if (scope != null) {
                s.execute("SELECT set_config('hearth.household_scope', '" + scope + "', true)");
            }
        }
        return c;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** Every bytea value of every row of {@code table}, read as the superuser (no RLS). */
    private static List<byte[]> rawColumns(String table) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection c = db.audit.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            StringBuilder clear = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if ("bytea".equals(rs.getMetaData().getColumnTypeName(i))) {
                        values.add(rs.getBytes(i));
                    } else {
                        clear.append(rs.getString(i)).append('|');
                    }
                }
            }
            values.add(clear.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return values;
    }

    private static byte[] bytes(String sql, UUID id) throws SQLException {
        try (Connection c = db.audit.db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }

    private static List<String> row(String sql) throws SQLException {
        try (Connection c = db.audit.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from " + sql).isTrue();
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getString(i));
            }
            return row;
        }
    }

    /** The SQLSTATE the statement fails with, run as the test's login (the owner, a superuser). */
    private static String sqlStateOf(String sql) throws SQLException {
        try (Connection c = db.audit.db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
            return "no error";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }
}
