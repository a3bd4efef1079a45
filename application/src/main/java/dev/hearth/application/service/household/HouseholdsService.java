package dev.hearth.application.service.household;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.household.ChangeHouseholdCommand;
import dev.hearth.application.port.in.household.ChangeHouseholdUseCase;
import dev.hearth.application.port.in.household.CreateHouseholdCommand;
import dev.hearth.application.port.in.household.CreateHouseholdUseCase;
import dev.hearth.application.port.in.household.DeleteHouseholdCommand;
import dev.hearth.application.port.in.household.DeleteHouseholdUseCase;
import dev.hearth.application.port.in.household.GetHouseholdQuery;
import dev.hearth.application.port.in.household.GetHouseholdUseCase;
import dev.hearth.application.port.in.household.ListHouseholdsQuery;
import dev.hearth.application.port.in.household.ListHouseholdsUseCase;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.household.LoadHouseholdPort;
import dev.hearth.application.port.out.household.StoreHouseholdPort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Households and their facts. Every change runs in one transaction with its audit event (both stored or neither), is
 * checked with the Universal Credit engine's own rules as of today, and names the version it is based on; a change
 * based on a stale version is refused, changes nothing and is itself recorded in the audit trail.
 */
public final class HouseholdsService implements CreateHouseholdUseCase, GetHouseholdUseCase, ListHouseholdsUseCase,
        ChangeHouseholdUseCase, DeleteHouseholdUseCase {

    private final LoadHouseholdPort load;
    private final StoreHouseholdPort store;
    private final RunInTransactionPort transactions;
    private final HouseholdAudit audit;
    private final Clock clock;

    public HouseholdsService(LoadHouseholdPort load, StoreHouseholdPort store, RunInTransactionPort transactions,
                             AppendAuditEventPort audit, Clock clock) {
        this.load = Objects.requireNonNull(load, "load");
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = new HouseholdAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HouseholdRecord create(CreateHouseholdCommand command) {
        Instant now = clock.instant();
        checked(command.circumstances());
        return transactions.inTransaction(() -> {
            HouseholdRecord created = store.insert(command.circumstances(), now);
            audit.record("household.created", created.id(), command.context(), now,
                    "version", Long.toString(created.version()));
            return created;
        });
    }

    @Override
    public Read<HouseholdRecord> get(GetHouseholdQuery query) {
        return load.load(query.householdId()).orElseThrow(() -> notFound(query.householdId()));
    }

    @Override
    public Read<Page<HouseholdRecord>> list(ListHouseholdsQuery query) {
        return load.list(query.page());
    }

    @Override
    public HouseholdRecord change(ChangeHouseholdCommand command) {
        Instant now = clock.instant();
        UUID id = command.householdId();
        try {
            return transactions.inTransaction(() -> {
                HouseholdRecord current = load.lockForUpdate(id).orElseThrow(() -> notFound(id));
                requireVersion(current.version(), command.expectedVersion());
                HouseholdCircumstances changed = Objects.requireNonNull(
                        command.change().apply(current.circumstances()), "the change gave no facts");
                checked(changed);
                HouseholdRecord updated = store.update(current, changed, now);
                audit.record("household.changed", id, command.context(), now,
                        "from_version", Long.toString(current.version()),
                        "version", Long.toString(updated.version()));
                return updated;
            });
        } catch (ApplicationException e) {
            throw audit.refused(e, "household.change_refused", id, command.context(), now,
                    "expected_version", Long.toString(command.expectedVersion()));
        }
    }

    @Override
    public void delete(DeleteHouseholdCommand command) {
        Instant now = clock.instant();
        UUID id = command.householdId();
        try {
            transactions.inTransaction(() -> {
                HouseholdRecord current = load.lockForUpdate(id).orElseThrow(() -> notFound(id));
                requireVersion(current.version(), command.expectedVersion());
                store.delete(id, current.version());
                audit.record("household.deleted", id, command.context(), now,
                        "version", Long.toString(current.version()));
                return null;
            });
        } catch (ApplicationException e) {
            throw audit.refused(e, "household.delete_refused", id, command.context(), now,
                    "expected_version", Long.toString(command.expectedVersion()));
        }
    }

    private void checked(HouseholdCircumstances circumstances) {
        List<Violation> violations = circumstances.check(Today.in(clock));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new ApplicationException(ErrorCode.VERSION_MISMATCH, null);
        }
    }

    /**
     * A page of a household's debts or estimates as read, or not found when it is empty because the household itself
     * does not exist (an empty page of an existing household is a normal answer).
     */
    static <T> Read<Page<T>> pageOfExistingHousehold(Read<Page<T>> page, LoadHouseholdPort households,
                                                      UUID householdId) {
        if (page.value().items().isEmpty() && households.load(householdId).isEmpty()) {
            throw notFound(householdId);
        }
        return page;
    }

    static ApplicationException notFound(UUID householdId) {
        return new ApplicationException(ErrorCode.NOT_FOUND, "There is no household with that id.");
    }
}
