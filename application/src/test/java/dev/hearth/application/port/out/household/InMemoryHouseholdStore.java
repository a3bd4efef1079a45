package dev.hearth.application.port.out.household;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An in-memory household store for use-case tests: the household and debt ports, the saved-estimate ports
 * ({@link #savedEstimates()}) and {@link RunInTransactionPort} with real rollback (the stored state is snapshotted when
 * the outermost transaction starts and put back if its work throws). It passes the same contract as the PostgreSQL
 * adapter ({@link HouseholdStoreContract}): UUIDv7 ids, versions, {@code VERSION_MISMATCH}/{@code NOT_FOUND}, cascade
 * on delete, keyset pages, microsecond timestamps. Reads are always {@code CURRENT}.
 *
 * <p>Thread-safe: one lock guards everything and a transaction holds it until it ends, so transactions are serialised.
 */
public final class InMemoryHouseholdStore
        implements LoadHouseholdPort, StoreHouseholdPort, LoadDebtPort, StoreDebtPort, RunInTransactionPort {

    /** PostgreSQL's uuid order: bytes compared unsigned. */
    private static final Comparator<UUID> UUID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReentrantLock lock = new ReentrantLock();
    private final SavedEstimates savedEstimates = new SavedEstimates();
    private int depth;
    private TreeMap<UUID, HouseholdRecord> households = new TreeMap<>(UUID_ORDER);
    private TreeMap<UUID, DebtRecord> debts = new TreeMap<>(UUID_ORDER);
    private TreeMap<UUID, SavedEstimateRecord> estimates = new TreeMap<>(UUID_ORDER);

    /** The saved-estimate ports of this store. */
    public SavedEstimates savedEstimates() {
        return savedEstimates;
    }

    /** Forgets everything. */
    public void clear() {
        locked(() -> {
            households.clear();
            debts.clear();
            estimates.clear();
            return null;
        });
    }

    // ----- transactions ----------------------------------------------------------------------------------------------

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            if (depth++ > 0) {
                return work.get();   // joins the transaction already open on this thread
            }
            TreeMap<UUID, HouseholdRecord> h = new TreeMap<>(households);
            TreeMap<UUID, DebtRecord> d = new TreeMap<>(debts);
            TreeMap<UUID, SavedEstimateRecord> e = new TreeMap<>(estimates);
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                households = h;
                debts = d;
                estimates = e;
                throw failure;
            }
        } finally {
            depth--;
            lock.unlock();
        }
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void requireOpenTransaction() {
        if (!lock.isHeldByCurrentThread() || depth == 0) {
            throw new IllegalStateException("lockForUpdate must run inside RunInTransactionPort.inTransaction:"
                    + " outside it the lock would end with the read");
        }
    }

    // ----- households ------------------------------------------------------------------------------------------------

    @Override
    public Optional<Read<HouseholdRecord>> load(UUID id) {
        Objects.requireNonNull(id, "id");
        return locked(() -> Optional.ofNullable(households.get(id)).map(Read::current));
    }

    @Override
    public Optional<HouseholdRecord> lockForUpdate(UUID id) {
        Objects.requireNonNull(id, "id");
        requireOpenTransaction();
        return Optional.ofNullable(households.get(id));
    }

    @Override
    public Read<Page<HouseholdRecord>> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return locked(() -> Read.current(page(households, page, r -> true, HouseholdRecord::id)));
    }

    @Override
    public HouseholdRecord insert(HouseholdCircumstances circumstances, Instant at) {
        Objects.requireNonNull(circumstances, "circumstances");
        Instant when = micros(at);
        return locked(() -> {
            HouseholdRecord record = new HouseholdRecord(uuidV7(when), 1, when, when, circumstances);
            households.put(record.id(), record);
            return record;
        });
    }

    @Override
    public HouseholdRecord update(HouseholdRecord current, HouseholdCircumstances circumstances, Instant at) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(circumstances, "circumstances");
        Instant when = micros(at);
        return locked(() -> {
            HouseholdRecord stored = households.get(current.id());
            check("household", stored == null ? null : stored.version(), current.version());
            HouseholdRecord changed = new HouseholdRecord(stored.id(), stored.version() + 1, stored.createdAt(), when,
                    circumstances);
            households.put(changed.id(), changed);
            return changed;
        });
    }

    @Override
    public void delete(UUID id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        locked(() -> {
            HouseholdRecord stored = households.get(id);
            check("household", stored == null ? null : stored.version(), expectedVersion);
            households.remove(id);
            debts.values().removeIf(d -> d.householdId().equals(id));
            estimates.values().removeIf(e -> e.householdId().equals(id));
            return null;
        });
    }

    // ----- debts -----------------------------------------------------------------------------------------------------

    @Override
    public Optional<Read<DebtRecord>> load(UUID householdId, UUID debtId) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        return locked(() -> debtOf(householdId, debtId).map(Read::current));
    }

    @Override
    public Optional<DebtRecord> lockForUpdate(UUID householdId, UUID debtId) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        requireOpenTransaction();
        return debtOf(householdId, debtId);
    }

    @Override
    public Read<Page<DebtRecord>> list(UUID householdId, PageRequest page) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(page, "page");
        return locked(() -> Read.current(page(debts, page, d -> d.householdId().equals(householdId),
                DebtRecord::id)));
    }

    @Override
    public DebtRecord insert(UUID householdId, HouseholdDebt debt, Instant at) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debt, "debt");
        Instant when = micros(at);
        return locked(() -> {
            requireHousehold(householdId);
            DebtRecord record = new DebtRecord(uuidV7(when), householdId, 1, when, when, debt);
            debts.put(record.id(), record);
            return record;
        });
    }

    @Override
    public DebtRecord update(DebtRecord current, HouseholdDebt debt, Instant at) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(debt, "debt");
        Instant when = micros(at);
        return locked(() -> {
            DebtRecord stored = debtOf(current.householdId(), current.id()).orElse(null);
            check("debt", stored == null ? null : stored.version(), current.version());
            DebtRecord changed = new DebtRecord(stored.id(), stored.householdId(), stored.version() + 1,
                    stored.createdAt(), when, debt);
            debts.put(changed.id(), changed);
            return changed;
        });
    }

    @Override
    public void delete(UUID householdId, UUID debtId, long expectedVersion) {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        locked(() -> {
            DebtRecord stored = debtOf(householdId, debtId).orElse(null);
            check("debt", stored == null ? null : stored.version(), expectedVersion);
            debts.remove(debtId);
            return null;
        });
    }

    private Optional<DebtRecord> debtOf(UUID householdId, UUID debtId) {
        return Optional.ofNullable(debts.get(debtId)).filter(d -> d.householdId().equals(householdId));
    }

    // ----- saved estimates -------------------------------------------------------------------------------------------

    /** The saved-estimate ports of the enclosing store. */
    public final class SavedEstimates implements LoadSavedEstimatePort, StoreSavedEstimatePort {

        private SavedEstimates() {
        }

        @Override
        public Optional<Read<SavedEstimateRecord>> load(UUID householdId, UUID estimateId) {
            Objects.requireNonNull(householdId, "householdId");
            Objects.requireNonNull(estimateId, "estimateId");
            return locked(() -> Optional.ofNullable(estimates.get(estimateId))
                    .filter(e -> e.householdId().equals(householdId)).map(Read::current));
        }

        @Override
        public Read<Page<SavedEstimateRecord>> list(UUID householdId, PageRequest page) {
            Objects.requireNonNull(householdId, "householdId");
            Objects.requireNonNull(page, "page");
            return locked(() -> Read.current(page(estimates, page, e -> e.householdId().equals(householdId),
                    SavedEstimateRecord::id)));
        }

        /**
         * Replaces a stored result, as a result made by older code (or altered in storage) would look: for replay
         * tests. Real stores never change a saved estimate.
         */
        public void replaceStoredResult(UUID estimateId, UnaryOperator<UcEstimate> change) {
            locked(() -> estimates.computeIfPresent(estimateId, (id, e) -> new SavedEstimateRecord(e.id(),
                    e.householdId(), e.householdVersion(), e.createdAt(), e.engineVersion(), e.rulesetVersion(),
                    e.inputs(), change.apply(e.result()))));
        }

        @Override
        public SavedEstimateRecord insert(UUID householdId, long householdVersion, Instant createdAt,
                                          String engineVersion, UcEstimateRequest inputs, UcEstimate result) {
            Objects.requireNonNull(householdId, "householdId");
            Objects.requireNonNull(result, "result");
            Instant when = micros(createdAt);
            return locked(() -> {
                requireHousehold(householdId);
                SavedEstimateRecord record = new SavedEstimateRecord(uuidV7(when), householdId, householdVersion,
                        when, engineVersion, result.explanation().rulesetVersion(), inputs, result);
                estimates.put(record.id(), record);
                return record;
            });
        }
    }

    // ----- shared ----------------------------------------------------------------------------------------------------

    private void requireHousehold(UUID householdId) {
        if (!households.containsKey(householdId)) {
            throw new ApplicationException(ErrorCode.NOT_FOUND, "There is no such household.");
        }
    }

    private static void check(String what, Long stored, long expected) {
        if (stored == null) {
            throw new ApplicationException(ErrorCode.NOT_FOUND, "There is no such " + what + ".");
        }
        if (stored != expected) {
            throw new ApplicationException(ErrorCode.VERSION_MISMATCH, "The " + what + " has changed since version "
                    + expected + " was read (it is now at version " + stored
                    + "); read it again and re-apply the change.");
        }
    }

    private static <T> Page<T> page(TreeMap<UUID, T> all, PageRequest page, Predicate<T> include,
                                    java.util.function.Function<T, UUID> id) {
        var candidates = page.after() == null ? all.values() : all.tailMap(page.after(), false).values();
        List<T> items = new ArrayList<>();
        boolean more = false;
        for (T item : candidates) {
            if (!include.test(item)) {
                continue;
            }
            if (items.size() == page.limit()) {
                more = true;
                break;
            }
            items.add(item);
        }
        return new Page<>(items, more ? id.apply(items.get(items.size() - 1)) : null);
    }

    private static Instant micros(Instant at) {
        return Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }

    /** RFC 9562 UUIDv7: 48 bits of Unix milliseconds, version 7, variant 10, random rest. */
    private static UUID uuidV7(Instant at) {
        long msb = (at.toEpochMilli() << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
