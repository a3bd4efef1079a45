package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.HouseholdRows;
import dev.hearth.adapter.out.postgres.internal.HouseholdScope;
import dev.hearth.adapter.out.postgres.internal.SqlFailures;
import dev.hearth.adapter.out.postgres.internal.StoredDocuments;
import dev.hearth.adapter.out.postgres.internal.UuidV7;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.access.ListMemberHouseholdsPort;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.application.port.out.household.LoadDebtPort;
import dev.hearth.application.port.out.household.LoadHouseholdPort;
import dev.hearth.application.port.out.household.LoadSavedEstimatePort;
import dev.hearth.application.port.out.household.StoreDebtPort;
import dev.hearth.application.port.out.household.StoreHouseholdPort;
import dev.hearth.application.port.out.household.StoreSavedEstimatePort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * Households, their debts and their saved estimates in PostgreSQL (migration {@code V20__households.sql}, decision
 * record {@code docs/adr/0016-household-storage.md}), and the transaction the application wraps a change and its audit
 * event in. Obtain it from {@link PostgresAdapters#households(FieldEncryptionPort)}; the saved-estimate ports are
 * {@link #savedEstimates()} (their method signatures clash with the debt ports', so they cannot share one class).
 *
 * <p><strong>Encryption at rest.</strong> Each row's facts are one document: the record as Hearth's wire JSON,
 * encrypted with {@link FieldEncryptionPort} bound to {@code (table, column, row id)}. The clear columns hold only ids,
 * versions, timestamps, the engine and ruleset versions and the estimated period.
 *
 * <p><strong>Scoping.</strong> Every statement names its household, and runs as the application role
 * {@code hearth_app} under row-level security with the transaction-local setting {@code hearth.household_id} (only the
 * list of all households uses {@code hearth.household_scope = 'all'}); see {@link HouseholdScope}.
 *
 * <p><strong>Transactions.</strong> Each call runs in one READ COMMITTED transaction on the primary, or joins the one
 * {@link #inTransaction(Supplier)} (or any other adapter of the same {@link PostgresAdapters}) has open on this thread.
 * Timestamps are kept to the microsecond (PostgreSQL's precision); records returned carry the stored value.
 *
 * <p><strong>Concurrency.</strong> Changes name the version they are based on; a change to a row that has moved on
 * fails with {@code VERSION_MISMATCH}, to a row that is gone with {@code NOT_FOUND}. Every failure leaves as an
 * {@link ApplicationException} whose detail holds no stored value.
 */
public final class JdbiHouseholdAdapter implements LoadHouseholdPort, StoreHouseholdPort, LoadDebtPort, StoreDebtPort,
        RunInTransactionPort, ListMemberHouseholdsPort {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Database database;
    private final StoredDocuments documents;
    private final SavedEstimates savedEstimates = new SavedEstimates();
    /** How deep in {@link #inTransaction} this thread is (shared by every instance, so any of them may be used). */
    private static final ThreadLocal<int[]> TRANSACTION_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    JdbiHouseholdAdapter(Database database, FieldEncryptionPort encryption) {
        this.database = Objects.requireNonNull(database, "database");
        this.documents = new StoredDocuments(Objects.requireNonNull(encryption, "encryption"));
    }

    /** The saved-estimate ports over the same database and keys. */
    public SavedEstimates savedEstimates() {
        return savedEstimates;
    }

    // ----- transactions ----------------------------------------------------------------------------------------------

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        int[] depth = TRANSACTION_DEPTH.get();
        depth[0]++;
        try {
            return database.inTransaction(handle -> {
                try {
                    return work.get();
                } catch (ApplicationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new WorkFailed(e);   // passes the database wrapper untranslated; unwrapped below
                }
            });
        } catch (WorkFailed e) {
            throw (RuntimeException) e.getCause();
        } finally {
            if (--depth[0] == 0) {
                TRANSACTION_DEPTH.remove();
            }
        }
    }

    /** A failure of the caller's own work, carried through the translating wrapper unchanged. */
    private static final class WorkFailed extends ApplicationException {
        private static final long serialVersionUID = 1L;

        WorkFailed(RuntimeException cause) {
            super(ErrorCode.INTERNAL, "work failed", List.of(), cause);
        }
    }

    private void requireOpenTransaction() {
        int[] depth = TRANSACTION_DEPTH.get();
        if (depth[0] == 0) {
            TRANSACTION_DEPTH.remove();
            throw new IllegalStateException("lockForUpdate must run inside RunInTransactionPort.inTransaction:"
                    + " outside it the lock would end with the read");
        }
    }

    // ----- households ------------------------------------------------------------------------------------------------

    @Override
    public Optional<Read<HouseholdRecord>> load(UUID id) {
        Objects.requireNonNull(id, "id");
        return present(read(handle -> HouseholdScope.forHousehold(handle, id,
                h -> HouseholdRows.household(h, id, false).map(this::household))));
    }

    @Override
    public Optional<HouseholdRecord> lockForUpdate(UUID id) {
        Objects.requireNonNull(id, "id");
        requireOpenTransaction();
        return database.inTransaction(handle -> HouseholdScope.forHousehold(handle, id,
                h -> HouseholdRows.household(h, id, true).map(this::household)));
    }

    @Override
    public Read<Page<HouseholdRecord>> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return read(handle -> HouseholdScope.forAllHouseholds(handle,
                h -> page(HouseholdRows.households(h, page.after(), page.limit() + 1), page,
                        HouseholdRows.Household::id, this::household)));
    }

    @Override
    public Read<Page<HouseholdRecord>> listForMember(UUID accountId, PageRequest page) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(page, "page");
        return read(handle -> HouseholdScope.forAccount(handle, accountId,
                h -> page(HouseholdRows.householdsOfMember(h, accountId, page.after(), page.limit() + 1), page,
                        HouseholdRows.Household::id, this::household)));
    }

    /**
     * Runs {@code work} with the row-level security of every household table on this thread narrowed to what the
     * actor may see (ADR 0019): when {@code actorId} is an account (a UUID), rows are visible only when it is a member
     * of their household or holds an active crisis override, whatever household a statement names. Other actors (jobs,
     * the CLI, {@code anonymous}) act as no account. Bootstrap wraps every household use case in it, so a mistake in
     * the HTTP access check alone does not leak another household's rows.
     */
    public <T> T actingAs(String actorId, Supplier<T> work) {
        Objects.requireNonNull(actorId, "actorId");
        UUID account = null;
        if (actorId.length() == 36) {
            try {
                account = UUID.fromString(actorId);
            } catch (IllegalArgumentException e) {
                account = null;
            }
        }
        return HouseholdScope.actingAs(account, work);
    }

    @Override
    public HouseholdRecord insert(HouseholdCircumstances circumstances, Instant at) {
        Objects.requireNonNull(circumstances, "circumstances");
        Instant when = micros(at);
        UUID id = UuidV7.at(when);
        byte[] doc = documents.seal(circumstances, householdLocation(id));
        database.inTransaction(handle -> HouseholdScope.forHousehold(handle, id, h -> {
            HouseholdRows.insertHousehold(h, new HouseholdRows.Household(id, 1, when, when, doc));
            return null;
        }));
        return new HouseholdRecord(id, 1, when, when, circumstances);
    }

    @Override
    public HouseholdRecord update(HouseholdRecord current, HouseholdCircumstances circumstances, Instant at) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(circumstances, "circumstances");
        Instant when = micros(at);
        UUID id = current.id();
        byte[] doc = documents.seal(circumstances, householdLocation(id));
        return database.inTransaction(handle -> HouseholdScope.forHousehold(handle, id, h -> {
            if (HouseholdRows.updateHousehold(h, id, current.version(), when, doc) == 0) {
                throw notChanged("household", HouseholdRows.householdVersion(h, id), current.version());
            }
            HouseholdRows.Household stored = HouseholdRows.household(h, id, false).orElseThrow();
            return new HouseholdRecord(id, stored.version(), stored.createdAt(), stored.updatedAt(), circumstances);
        }));
    }

    @Override
    public void delete(UUID id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        database.inTransaction(handle -> HouseholdScope.forHousehold(handle, id, h -> {
            if (HouseholdRows.deleteHousehold(h, id, expectedVersion) == 0) {
                throw notChanged("household", HouseholdRows.householdVersion(h, id), expectedVersion);
            }
            return null;
        }));
    }

    private HouseholdRecord household(HouseholdRows.Household row) {
        return new HouseholdRecord(row.id(), row.version(), row.createdAt(), row.updatedAt(),
                documents.open(row.circumstances(), householdLocation(row.id()), HouseholdCircumstances.class));
    }

    private static FieldLocation householdLocation(UUID id) {
        return FieldLocation.of(HouseholdRows.HOUSEHOLD, HouseholdRows.HOUSEHOLD_DOCUMENT, id);
    }

    // ----- debts -----------------------------------------------------------------------------------------------------

    @Override
    public Optional<Read<DebtRecord>> load(UUID householdId, UUID debtId) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        return present(read(handle -> HouseholdScope.forHousehold(handle, householdId,
                h -> HouseholdRows.debt(h, householdId, debtId, false).map(this::debt))));
    }

    @Override
    public Optional<DebtRecord> lockForUpdate(UUID householdId, UUID debtId) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        requireOpenTransaction();
        return database.inTransaction(handle -> HouseholdScope.forHousehold(handle, householdId,
                h -> HouseholdRows.debt(h, householdId, debtId, true).map(this::debt)));
    }

    @Override
    public Read<Page<DebtRecord>> list(UUID householdId, PageRequest page) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(page, "page");
        return read(handle -> HouseholdScope.forHousehold(handle, householdId,
                h -> page(HouseholdRows.debts(h, householdId, page.after(), page.limit() + 1), page,
                        HouseholdRows.Debt::id, this::debt)));
    }

    @Override
    public DebtRecord insert(UUID householdId, HouseholdDebt debt, Instant at) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debt, "debt");
        Instant when = micros(at);
        UUID id = UuidV7.at(when);
        byte[] doc = documents.seal(debt, debtLocation(id));
        insertUnder(householdId, h -> {
            HouseholdRows.insertDebt(h, new HouseholdRows.Debt(id, householdId, 1, when, when, doc));
            return null;
        });
        return new DebtRecord(id, householdId, 1, when, when, debt);
    }

    @Override
    public DebtRecord update(DebtRecord current, HouseholdDebt debt, Instant at) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(debt, "debt");
        Instant when = micros(at);
        UUID householdId = current.householdId();
        UUID id = current.id();
        byte[] doc = documents.seal(debt, debtLocation(id));
        return database.inTransaction(handle -> HouseholdScope.forHousehold(handle, householdId, h -> {
            if (HouseholdRows.updateDebt(h, householdId, id, current.version(), when, doc) == 0) {
                throw notChanged("debt", HouseholdRows.debtVersion(h, householdId, id), current.version());
            }
            HouseholdRows.Debt stored = HouseholdRows.debt(h, householdId, id, false).orElseThrow();
            return new DebtRecord(id, householdId, stored.version(), stored.createdAt(), stored.updatedAt(), debt);
        }));
    }

    @Override
    public void delete(UUID householdId, UUID debtId, long expectedVersion) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        database.inTransaction(handle -> HouseholdScope.forHousehold(handle, householdId, h -> {
            if (HouseholdRows.deleteDebt(h, householdId, debtId, expectedVersion) == 0) {
                throw notChanged("debt", HouseholdRows.debtVersion(h, householdId, debtId), expectedVersion);
            }
            return null;
        }));
    }

    private DebtRecord debt(HouseholdRows.Debt row) {
        return new DebtRecord(row.id(), row.householdId(), row.version(), row.createdAt(), row.updatedAt(),
                documents.open(row.facts(), debtLocation(row.id()), HouseholdDebt.class));
    }

    private static FieldLocation debtLocation(UUID id) {
        return FieldLocation.of(HouseholdRows.DEBT, HouseholdRows.DEBT_DOCUMENT, id);
    }

    // ----- saved estimates -------------------------------------------------------------------------------------------

    /**
     * Saved Universal Credit estimates ({@code saved_estimate}): inputs and result encrypted, never changed after they
     * are stored (a trigger refuses it, and the application role has no UPDATE privilege on the table).
     */
    public final class SavedEstimates implements LoadSavedEstimatePort, StoreSavedEstimatePort {

        private SavedEstimates() {
        }

        @Override
        public Optional<Read<SavedEstimateRecord>> load(UUID householdId, UUID estimateId) {
            Objects.requireNonNull(householdId, "householdId");
            Objects.requireNonNull(estimateId, "estimateId");
            return present(read(handle -> HouseholdScope.forHousehold(handle, householdId,
                    h -> HouseholdRows.estimate(h, householdId, estimateId).map(JdbiHouseholdAdapter.this::estimate))));
        }

        @Override
        public Read<Page<SavedEstimateRecord>> list(UUID householdId, PageRequest page) {
            Objects.requireNonNull(householdId, "householdId");
            Objects.requireNonNull(page, "page");
            return read(handle -> HouseholdScope.forHousehold(handle, householdId,
                    h -> page(HouseholdRows.estimates(h, householdId, page.after(), page.limit() + 1), page,
                            HouseholdRows.Estimate::id, JdbiHouseholdAdapter.this::estimate)));
        }

        @Override
        public SavedEstimateRecord insert(UUID householdId, long householdVersion, Instant createdAt,
                                          String engineVersion, UcEstimateRequest inputs, UcEstimate result) {
            Objects.requireNonNull(householdId, "householdId");
            Objects.requireNonNull(engineVersion, "engineVersion");
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(result, "result");
            Instant when = micros(createdAt);
            UUID id = UuidV7.at(when);
            String rulesetVersion = result.explanation().rulesetVersion();
            SavedEstimateRecord record = new SavedEstimateRecord(id, householdId, householdVersion, when,
                    engineVersion, rulesetVersion, inputs, result);
            byte[] sealedInputs = documents.seal(inputs, estimateLocation(id, HouseholdRows.ESTIMATE_INPUTS));
            byte[] sealedResult = documents.seal(result, estimateLocation(id, HouseholdRows.ESTIMATE_RESULT));
            insertUnder(householdId, h -> {
                HouseholdRows.insertEstimate(h, new HouseholdRows.Estimate(id, householdId, householdVersion, when,
                        engineVersion, rulesetVersion, inputs.assessmentPeriodStart() != null
                        ? inputs.assessmentPeriodStart() : result.periodStart(), sealedInputs, sealedResult));
                return null;
            });
            return record;
        }
    }

    private SavedEstimateRecord estimate(HouseholdRows.Estimate row) {
        return new SavedEstimateRecord(row.id(), row.householdId(), row.householdVersion(), row.createdAt(),
                row.engineVersion(), row.rulesetVersion(),
                documents.open(row.inputs(), estimateLocation(row.id(), HouseholdRows.ESTIMATE_INPUTS),
                        UcEstimateRequest.class),
                documents.open(row.result(), estimateLocation(row.id(), HouseholdRows.ESTIMATE_RESULT),
                        UcEstimate.class));
    }

    private static FieldLocation estimateLocation(UUID id, String column) {
        return FieldLocation.of(HouseholdRows.ESTIMATE, column, id);
    }

    // ----- shared ----------------------------------------------------------------------------------------------------

    /**
     * Every read goes through here: {@code Database.read} joins a transaction already open on this thread (so a use
     * case reads its own writes), else uses the replica when one is configured (marked possibly delayed while the
     * primary is unreachable), else the primary (ADR 0015).
     */
    private <R> Read<R> read(HandleCallback<R, RuntimeException> callback) {
        return database.read(callback);
    }

    private static <T> Optional<Read<T>> present(Read<Optional<T>> read) {
        return read.value().map(value -> new Read<>(value, read.freshness()));
    }

    /** Inserts a row under {@code householdId}: NOT_FOUND when the household does not exist (or vanished meanwhile). */
    private void insertUnder(UUID householdId, Function<Handle, Void> insert) {
        try {
            database.inTransaction(handle -> HouseholdScope.forHousehold(handle, householdId, h -> {
                if (HouseholdRows.householdVersion(h, householdId).isEmpty()) {
                    throw notFound("household");
                }
                return insert.apply(h);
            }));
        } catch (ApplicationException e) {
            if (e.errorCode() == ErrorCode.INTERNAL && FOREIGN_KEY_VIOLATION.equals(SqlFailures.sqlState(e))) {
                throw notFound("household");   // deleted between the check and the insert
            }
            throw e;
        }
    }

    /** One page from {@code rows}, read with one row more than the limit to know whether another page follows. */
    private static <R, T> Page<T> page(List<R> rows, PageRequest page, Function<R, UUID> id, Function<R, T> map) {
        boolean more = rows.size() > page.limit();
        List<R> kept = more ? rows.subList(0, page.limit()) : rows;
        List<T> items = new ArrayList<>(kept.size());
        for (R row : kept) {
            items.add(map.apply(row));
        }
        return new Page<>(items, more ? id.apply(kept.get(kept.size() - 1)) : null);
    }

    private static ApplicationException notChanged(String what, OptionalLong stored, long expected) {
        if (stored.isEmpty()) {
            return notFound(what);
        }
        return new ApplicationException(ErrorCode.VERSION_MISMATCH, "The " + what + " has changed since version "
                + expected + " was read (it is now at version " + stored.getAsLong()
                + "); read it again and re-apply the change.");
    }

    private static ApplicationException notFound(String what) {
        return new ApplicationException(ErrorCode.NOT_FOUND, "There is no such " + what + ".");
    }

    private static Instant micros(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }
}
