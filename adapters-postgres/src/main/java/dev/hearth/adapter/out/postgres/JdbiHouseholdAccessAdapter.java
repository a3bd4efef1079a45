package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.internal.ApplicationRole;
import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.HouseholdScope;
import dev.hearth.adapter.out.postgres.internal.SqlFailures;
import dev.hearth.adapter.out.postgres.internal.StoredDocuments;
import dev.hearth.adapter.out.postgres.internal.UuidV7;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.AdviserNoteRecord;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRole;
import dev.hearth.application.port.out.access.AdviserNotePort;
import dev.hearth.application.port.out.access.CrisisOverridePort;
import dev.hearth.application.port.out.access.HouseholdMembershipPort;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.crypto.FieldLocation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Who may reach a household, in PostgreSQL (migration {@code V40__household_access.sql}, decision record
 * {@code docs/adr/0019-household-authorization.md}): membership, crisis overrides and adviser notes (encrypted, bound
 * to {@code household_note|text|id}). Obtain it from {@link PostgresAdapters#householdAccess(FieldEncryptionPort)}.
 *
 * <p>Membership and overrides are read before any household scope exists (the access check), through
 * {@code Database.read} (the replica when configured, so checks keep answering while the primary is away). Every
 * statement runs as {@code hearth_app}; notes live under the household tables' row-level security. Writes join the
 * transaction open on this thread.
 */
public final class JdbiHouseholdAccessAdapter implements HouseholdMembershipPort, CrisisOverridePort, AdviserNotePort {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Database database;
    private final StoredDocuments documents;

    JdbiHouseholdAccessAdapter(Database database, FieldEncryptionPort encryption) {
        this.database = Objects.requireNonNull(database, "database");
        this.documents = new StoredDocuments(Objects.requireNonNull(encryption, "encryption"));
    }

    // ----- membership ------------------------------------------------------------------------------------------------

    @Override
    public Optional<HouseholdRole> roleOf(UUID householdId, UUID accountId) {
        return database.read(handle -> asApp(handle, h -> h.createQuery(
                        "SELECT role FROM household_member WHERE household_id = :h AND account_id = :a")
                .bind("h", householdId).bind("a", accountId).mapTo(String.class).findOne()
                .map(HouseholdRole::fromCode))).value();
    }

    @Override
    public boolean householdExists(UUID householdId) {
        return HouseholdScope.actingAs(null, () -> database.read(handle -> HouseholdScope.forHousehold(handle,
                householdId, h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM household WHERE id = :id)")
                        .bind("id", householdId).mapTo(Boolean.class).one())).value());
    }

    @Override
    public void put(HouseholdMemberRecord m) {
        try {
            database.inTransaction(handle -> asApp(handle, h -> {
                h.createUpdate("DELETE FROM household_member WHERE household_id = :h AND account_id = :a")
                        .bind("h", m.householdId()).bind("a", m.accountId()).execute();
                h.createUpdate("""
                                INSERT INTO household_member (household_id, account_id, role, granted_at, granted_by)
                                VALUES (:h, :a, :role, :at, :by)""")
                        .bind("h", m.householdId()).bind("a", m.accountId()).bind("role", m.role().code())
                        .bind("at", utc(m.grantedAt())).bind("by", m.grantedBy()).execute();
                return null;
            }));
        } catch (ApplicationException e) {
            if (FOREIGN_KEY_VIOLATION.equals(SqlFailures.sqlState(e))) {
                throw new ApplicationException(ErrorCode.NOT_FOUND, "There is no account with that id.");
            }
            throw e;
        }
    }

    @Override
    public boolean remove(UUID householdId, UUID accountId) {
        return database.inTransaction(handle -> asApp(handle, h -> h.createUpdate(
                        "DELETE FROM household_member WHERE household_id = :h AND account_id = :a")
                .bind("h", householdId).bind("a", accountId).execute() > 0));
    }

    @Override
    public List<HouseholdMemberRecord> members(UUID householdId) {
        return database.read(handle -> asApp(handle, h -> h.createQuery("""
                        SELECT household_id, account_id, role, granted_at, granted_by FROM household_member
                        WHERE household_id = :h ORDER BY granted_at, account_id""")
                .bind("h", householdId)
                .map((rs, ctx) -> new HouseholdMemberRecord(rs.getObject("household_id", UUID.class),
                        rs.getObject("account_id", UUID.class), HouseholdRole.fromCode(rs.getString("role")),
                        instant(rs, "granted_at"), rs.getString("granted_by")))
                .list())).value();
    }

    // ----- crisis overrides ------------------------------------------------------------------------------------------

    @Override
    public CrisisOverrideRecord open(UUID householdId, UUID accountId, Instant openedAt, Instant expiresAt,
                                     String justification) {
        Instant from = openedAt.truncatedTo(ChronoUnit.MICROS);
        Instant until = expiresAt.truncatedTo(ChronoUnit.MICROS);
        UUID id = UuidV7.at(from);
        try {
            database.inTransaction(handle -> asApp(handle, h -> h.createUpdate("""
                            INSERT INTO crisis_override (id, household_id, account_id, opened_at, expires_at,
                                                         justification)
                            VALUES (:id, :h, :a, :from, :until, :why)""")
                    .bind("id", id).bind("h", householdId).bind("a", accountId).bind("from", utc(from))
                    .bind("until", utc(until)).bind("why", justification).execute()));
        } catch (ApplicationException e) {
            if (FOREIGN_KEY_VIOLATION.equals(SqlFailures.sqlState(e))) {
                throw new ApplicationException(ErrorCode.NOT_FOUND, "There is no household with that id.");
            }
            throw e;
        }
        return new CrisisOverrideRecord(id, householdId, accountId, from, until, justification);
    }

    @Override
    public Optional<CrisisOverrideRecord> active(UUID householdId, UUID accountId, Instant at) {
        return database.read(handle -> asApp(handle, h -> h.createQuery("""
                        SELECT * FROM crisis_override WHERE household_id = :h AND account_id = :a
                          AND opened_at <= :at AND expires_at > :at ORDER BY expires_at DESC LIMIT 1""")
                .bind("h", householdId).bind("a", accountId).bind("at", utc(at))
                .map((rs, ctx) -> override(rs)).findOne())).value();
    }

    @Override
    public List<CrisisOverrideRecord> forHousehold(UUID householdId) {
        List<CrisisOverrideRecord> latest = new ArrayList<>(database.read(handle -> asApp(handle, h -> h.createQuery(
                        "SELECT * FROM crisis_override WHERE household_id = :h ORDER BY id DESC LIMIT 100")
                .bind("h", householdId).map((rs, ctx) -> override(rs)).list())).value());
        Collections.reverse(latest);
        return latest;
    }

    private static CrisisOverrideRecord override(ResultSet rs) throws SQLException {
        return new CrisisOverrideRecord(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getObject("account_id", UUID.class), instant(rs, "opened_at"), instant(rs, "expires_at"),
                rs.getString("justification"));
    }

    // ----- notes -----------------------------------------------------------------------------------------------------

    @Override
    public AdviserNoteRecord add(UUID householdId, String authorId, String text, Instant at) {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        UUID id = UuidV7.at(when);
        byte[] sealed = documents.seal(text, noteLocation(id));
        try {
            database.inTransaction(handle -> HouseholdScope.forHousehold(handle, householdId, h -> h.createUpdate("""
                            INSERT INTO household_note (id, household_id, author_id, created_at, text)
                            VALUES (:id, :h, :author, :at, :text)""")
                    .bind("id", id).bind("h", householdId).bind("author", authorId).bind("at", utc(when))
                    .bind("text", sealed).execute()));
        } catch (ApplicationException e) {
            if (FOREIGN_KEY_VIOLATION.equals(SqlFailures.sqlState(e))) {
                throw new ApplicationException(ErrorCode.NOT_FOUND, "There is no household with that id.");
            }
            throw e;
        }
        return new AdviserNoteRecord(id, householdId, authorId, when, text);
    }

    @Override
    public List<AdviserNoteRecord> list(UUID householdId, int limit) {
        List<AdviserNoteRecord> latest = new ArrayList<>(database.read(handle -> HouseholdScope.forHousehold(handle,
                householdId, h -> h.createQuery("""
                                SELECT id, household_id, author_id, created_at, text FROM household_note
                                WHERE household_id = :h ORDER BY id DESC LIMIT :limit""")
                        .bind("h", householdId).bind("limit", limit)
                        .map((rs, ctx) -> {
                            UUID id = rs.getObject("id", UUID.class);
                            return new AdviserNoteRecord(id, rs.getObject("household_id", UUID.class),
                                    rs.getString("author_id"), instant(rs, "created_at"),
                                    documents.open(rs.getBytes("text"), noteLocation(id), String.class));
                        }).list())).value());
        Collections.reverse(latest);
        return latest;
    }

    private static FieldLocation noteLocation(UUID id) {
        return FieldLocation.of("household_note", "text", id);
    }

    // ----- helpers ---------------------------------------------------------------------------------------------------

    /** Runs {@code work} as {@code hearth_app} inside the handle's transaction, restoring the role afterwards. */
    private static <R> R asApp(Handle handle, Function<Handle, R> work) {
        if (!handle.isInTransaction()) {
            return handle.inTransaction(h -> asApp(h, work));
        }
        ApplicationRole.Switched role = ApplicationRole.assumeWithinAnyTransaction(handle);
        R result = work.apply(handle);
        role.restore(handle);
        return result;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
