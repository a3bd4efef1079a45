package dev.hearth.adapter.out.postgres.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of the household tables ({@code household}, {@code household_debt}, {@code saved_estimate}; migration
 * {@code V20__households.sql}). Rows carry ciphertexts; encrypting and decrypting is the adapter's job. Every statement
 * names the household it works on, and runs inside {@link HouseholdScope} so row-level security agrees.
 */
public final class HouseholdRows {

    /** The household table and its encrypted column, as the AEAD location names them. */
    public static final String HOUSEHOLD = "household";
    public static final String HOUSEHOLD_DOCUMENT = "circumstances";
    /** The debt table and its encrypted column. */
    public static final String DEBT = "household_debt";
    public static final String DEBT_DOCUMENT = "facts";
    /** The saved-estimate table and its encrypted columns. */
    public static final String ESTIMATE = "saved_estimate";
    public static final String ESTIMATE_INPUTS = "inputs";
    public static final String ESTIMATE_RESULT = "result";
    /** The only kind of saved estimate so far. */
    public static final String UNIVERSAL_CREDIT = "universal_credit";

    private HouseholdRows() {
    }

    /** A household row. */
    public record Household(UUID id, long version, Instant createdAt, Instant updatedAt, byte[] circumstances) {
    }

    /** A debt row. */
    public record Debt(UUID id, UUID householdId, long version, Instant createdAt, Instant updatedAt, byte[] facts) {
    }

    /** A saved-estimate row. */
    public record Estimate(UUID id, UUID householdId, long householdVersion, Instant createdAt, String engineVersion,
                           String rulesetVersion, LocalDate periodStart, byte[] inputs, byte[] result) {
    }

    // ----- households ------------------------------------------------------------------------------------------------

    public static void insertHousehold(Handle h, Household row) {
        h.createUpdate("""
                        INSERT INTO household (id, version, created_at, updated_at, circumstances)
                        VALUES (:id, :version, :createdAt, :updatedAt, :doc)""")
                .bind("id", row.id()).bind("version", row.version()).bind("createdAt", utc(row.createdAt()))
                .bind("updatedAt", utc(row.updatedAt())).bind("doc", row.circumstances()).execute();
    }

    public static Optional<Household> household(Handle h, UUID id, boolean lock) {
        return h.createQuery("SELECT id, version, created_at, updated_at, circumstances FROM household WHERE id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .bind("id", id).map((rs, ctx) -> household(rs)).findOne();
    }

    /** Up to {@code limit} households after {@code after} (null: from the first) in id order. */
    public static List<Household> households(Handle h, UUID after, int limit) {
        return h.createQuery("SELECT id, version, created_at, updated_at, circumstances FROM household"
                        + (after == null ? "" : " WHERE id > :after") + " ORDER BY id LIMIT :limit")
                .bindMap(after(after)).bind("limit", limit).map((rs, ctx) -> household(rs)).list();
    }

    /** Up to {@code limit} households {@code account} is a member of, after {@code after}, in id order. */
    public static List<Household> householdsOfMember(Handle h, UUID account, UUID after, int limit) {
        return h.createQuery("SELECT h.id, h.version, h.created_at, h.updated_at, h.circumstances FROM household h"
                        + " JOIN household_member m ON m.household_id = h.id AND m.account_id = :account"
                        + (after == null ? "" : " WHERE h.id > :after") + " ORDER BY h.id LIMIT :limit")
                .bind("account", account).bindMap(after(after)).bind("limit", limit)
                .map((rs, ctx) -> household(rs)).list();
    }

    /** Replaces the document if the version is still {@code expected}; the number of rows changed (0 or 1). */
    public static int updateHousehold(Handle h, UUID id, long expected, Instant at, byte[] doc) {
        return h.createUpdate("""
                        UPDATE household SET circumstances = :doc, version = version + 1, updated_at = :at
                        WHERE id = :id AND version = :expected""")
                .bind("doc", doc).bind("at", utc(at)).bind("id", id).bind("expected", expected).execute();
    }

    public static int deleteHousehold(Handle h, UUID id, long expected) {
        return h.createUpdate("DELETE FROM household WHERE id = :id AND version = :expected")
                .bind("id", id).bind("expected", expected).execute();
    }

    /** The stored version of a household, or empty when there is none (that this transaction may see). */
    public static OptionalLong householdVersion(Handle h, UUID id) {
        return h.createQuery("SELECT version FROM household WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static Household household(ResultSet rs) throws SQLException {
        return new Household(rs.getObject("id", UUID.class), rs.getLong("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getBytes("circumstances"));
    }

    // ----- debts -----------------------------------------------------------------------------------------------------

    public static void insertDebt(Handle h, Debt row) {
        h.createUpdate("""
                        INSERT INTO household_debt (id, household_id, version, created_at, updated_at, facts)
                        VALUES (:id, :householdId, :version, :createdAt, :updatedAt, :doc)""")
                .bind("id", row.id()).bind("householdId", row.householdId()).bind("version", row.version())
                .bind("createdAt", utc(row.createdAt())).bind("updatedAt", utc(row.updatedAt()))
                .bind("doc", row.facts()).execute();
    }

    public static Optional<Debt> debt(Handle h, UUID householdId, UUID id, boolean lock) {
        return h.createQuery("SELECT id, household_id, version, created_at, updated_at, facts FROM household_debt"
                        + " WHERE household_id = :householdId AND id = :id" + (lock ? " FOR UPDATE" : ""))
                .bind("householdId", householdId).bind("id", id).map((rs, ctx) -> debt(rs)).findOne();
    }

    public static List<Debt> debts(Handle h, UUID householdId, UUID after, int limit) {
        return h.createQuery("SELECT id, household_id, version, created_at, updated_at, facts FROM household_debt"
                        + " WHERE household_id = :householdId" + (after == null ? "" : " AND id > :after")
                        + " ORDER BY id LIMIT :limit")
                .bind("householdId", householdId).bindMap(after(after)).bind("limit", limit)
                .map((rs, ctx) -> debt(rs)).list();
    }

    public static int updateDebt(Handle h, UUID householdId, UUID id, long expected, Instant at, byte[] doc) {
        return h.createUpdate("""
                        UPDATE household_debt SET facts = :doc, version = version + 1, updated_at = :at
                        WHERE household_id = :householdId AND id = :id AND version = :expected""")
                .bind("doc", doc).bind("at", utc(at)).bind("householdId", householdId).bind("id", id)
                .bind("expected", expected).execute();
    }

    public static int deleteDebt(Handle h, UUID householdId, UUID id, long expected) {
        return h.createUpdate("DELETE FROM household_debt WHERE household_id = :householdId AND id = :id"
                        + " AND version = :expected")
                .bind("householdId", householdId).bind("id", id).bind("expected", expected).execute();
    }

    public static OptionalLong debtVersion(Handle h, UUID householdId, UUID id) {
        return h.createQuery("SELECT version FROM household_debt WHERE household_id = :householdId AND id = :id")
                .bind("householdId", householdId).bind("id", id)
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static Debt debt(ResultSet rs) throws SQLException {
        return new Debt(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getBytes("facts"));
    }

    // ----- saved estimates -------------------------------------------------------------------------------------------

    public static void insertEstimate(Handle h, Estimate row) {
        h.createUpdate("""
                        INSERT INTO saved_estimate (id, household_id, household_version, created_at, kind,
                                                    engine_version, ruleset_version, assessment_period_start,
                                                    inputs, result)
                        VALUES (:id, :householdId, :householdVersion, :createdAt, :kind, :engineVersion,
                                :rulesetVersion, :periodStart, :inputs, :result)""")
                .bind("id", row.id()).bind("householdId", row.householdId())
                .bind("householdVersion", row.householdVersion()).bind("createdAt", utc(row.createdAt()))
                .bind("kind", UNIVERSAL_CREDIT).bind("engineVersion", row.engineVersion())
                .bind("rulesetVersion", row.rulesetVersion()).bind("periodStart", row.periodStart())
                .bind("inputs", row.inputs()).bind("result", row.result()).execute();
    }

    private static final String ESTIMATE_COLUMNS = "id, household_id, household_version, created_at, engine_version,"
            + " ruleset_version, assessment_period_start, inputs, result";

    public static Optional<Estimate> estimate(Handle h, UUID householdId, UUID id) {
        return h.createQuery("SELECT " + ESTIMATE_COLUMNS + " FROM saved_estimate"
                        + " WHERE household_id = :householdId AND id = :id")
                .bind("householdId", householdId).bind("id", id).map((rs, ctx) -> estimate(rs)).findOne();
    }

    public static List<Estimate> estimates(Handle h, UUID householdId, UUID after, int limit) {
        return h.createQuery("SELECT " + ESTIMATE_COLUMNS + " FROM saved_estimate WHERE household_id = :householdId"
                        + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
                .bind("householdId", householdId).bindMap(after(after)).bind("limit", limit)
                .map((rs, ctx) -> estimate(rs)).list();
    }

    private static Estimate estimate(ResultSet rs) throws SQLException {
        return new Estimate(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getLong("household_version"), instant(rs, "created_at"), rs.getString("engine_version"),
                rs.getString("ruleset_version"), rs.getObject("assessment_period_start", LocalDate.class),
                rs.getBytes("inputs"), rs.getBytes("result"));
    }

    // ----- helpers ---------------------------------------------------------------------------------------------------

    /** The keyset bound, only when there is one (JDBI refuses bindings the statement does not use). */
    private static java.util.Map<String, ?> after(UUID after) {
        return after == null ? java.util.Map.of() : java.util.Map.of("after", after);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
