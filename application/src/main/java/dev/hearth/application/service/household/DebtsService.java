package dev.hearth.application.service.household;

import static dev.hearth.application.service.household.HouseholdsService.notFound;
import static dev.hearth.application.service.household.HouseholdsService.pageOfExistingHousehold;
import static dev.hearth.application.service.household.HouseholdsService.requireVersion;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.household.AddDebtCommand;
import dev.hearth.application.port.in.household.AddDebtUseCase;
import dev.hearth.application.port.in.household.ChangeDebtCommand;
import dev.hearth.application.port.in.household.ChangeDebtUseCase;
import dev.hearth.application.port.in.household.GetDebtQuery;
import dev.hearth.application.port.in.household.GetDebtUseCase;
import dev.hearth.application.port.in.household.ListDebtsQuery;
import dev.hearth.application.port.in.household.ListDebtsUseCase;
import dev.hearth.application.port.in.household.RemoveDebtCommand;
import dev.hearth.application.port.in.household.RemoveDebtUseCase;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.household.LoadDebtPort;
import dev.hearth.application.port.out.household.LoadHouseholdPort;
import dev.hearth.application.port.out.household.StoreDebtPort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A household's debts. Each change runs in one transaction with its audit event, is checked with the debt planner's
 * own rules for the household's nation as of today, and names the version it is based on.
 */
public final class DebtsService implements AddDebtUseCase, GetDebtUseCase, ListDebtsUseCase, ChangeDebtUseCase,
        RemoveDebtUseCase, dev.hearth.application.port.in.household.PlanHouseholdDebtsUseCase {

    private final LoadHouseholdPort households;
    private final LoadDebtPort load;
    private final StoreDebtPort store;
    private final RunInTransactionPort transactions;
    private final HouseholdAudit audit;
    private final Clock clock;

    public DebtsService(LoadHouseholdPort households, LoadDebtPort load, StoreDebtPort store,
                        RunInTransactionPort transactions, AppendAuditEventPort audit, Clock clock) {
        this.households = Objects.requireNonNull(households, "households");
        this.load = Objects.requireNonNull(load, "load");
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = new HouseholdAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DebtRecord add(AddDebtCommand command) {
        Instant now = clock.instant();
        UUID householdId = command.householdId();
        return transactions.inTransaction(() -> {
            HouseholdRecord household = households.lockForUpdate(householdId)
                    .orElseThrow(() -> notFound(householdId));
            checked(command.debt(), household.circumstances().nation());
            DebtRecord added = store.insert(householdId, command.debt(), now);
            audit.record("household.debt_added", householdId, command.context(), now,
                    "debt_id", added.id().toString(), "version", Long.toString(added.version()));
            recordOverride(null, command.debt(), householdId, added, command.context(), now);
            return added;
        });
    }

    @Override
    public Read<DebtRecord> get(GetDebtQuery query) {
        return load.load(query.householdId(), query.debtId()).orElseThrow(() -> debtNotFound());
    }

    @Override
    public Read<Page<DebtRecord>> list(ListDebtsQuery query) {
        return pageOfExistingHousehold(load.list(query.householdId(), query.page()), households,
                query.householdId());
    }

    @Override
    public DebtRecord change(ChangeDebtCommand command) {
        Instant now = clock.instant();
        UUID householdId = command.householdId();
        try {
            return transactions.inTransaction(() -> {
                HouseholdRecord household = households.lockForUpdate(householdId)
                        .orElseThrow(() -> notFound(householdId));
                DebtRecord current = load.lockForUpdate(householdId, command.debtId())
                        .orElseThrow(DebtsService::debtNotFound);
                requireVersion(current.version(), command.expectedVersion());
                HouseholdDebt changed = Objects.requireNonNull(command.change().apply(current.debt()),
                        "the change gave no debt");
                checked(changed, household.circumstances().nation());
                DebtRecord updated = store.update(current, changed, now);
                audit.record("household.debt_changed", householdId, command.context(), now,
                        "debt_id", current.id().toString(), "from_version", Long.toString(current.version()),
                        "version", Long.toString(updated.version()));
                recordOverride(current.debt(), changed, householdId, updated, command.context(), now);
                return updated;
            });
        } catch (ApplicationException e) {
            throw audit.refused(e, "household.debt_change_refused", householdId, command.context(), now,
                    "debt_id", command.debtId().toString(),
                    "expected_version", Long.toString(command.expectedVersion()));
        }
    }

    @Override
    public void remove(RemoveDebtCommand command) {
        Instant now = clock.instant();
        UUID householdId = command.householdId();
        try {
            transactions.inTransaction(() -> {
                DebtRecord current = load.lockForUpdate(householdId, command.debtId())
                        .orElseThrow(DebtsService::debtNotFound);
                requireVersion(current.version(), command.expectedVersion());
                store.delete(householdId, current.id(), current.version());
                audit.record("household.debt_removed", householdId, command.context(), now,
                        "debt_id", current.id().toString(), "version", Long.toString(current.version()));
                return null;
            });
        } catch (ApplicationException e) {
            throw audit.refused(e, "household.debt_remove_refused", householdId, command.context(), now,
                    "debt_id", command.debtId().toString(),
                    "expected_version", Long.toString(command.expectedVersion()));
        }
    }

    private void checked(HouseholdDebt debt, Nation nation) {
        List<Violation> violations = debt.check(Today.in(clock), nation);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static ApplicationException debtNotFound() {
        return new ApplicationException(ErrorCode.NOT_FOUND, "This household has no debt with that id.");
    }

    /**
     * An adviser's classification saved with a debt (new, or changed) is audited on its own: who overrode the
     * classification, when, and to what status and remedy. The reason itself stays in the debt's encrypted document,
     * never in the audit trail (it is free text).
     */
    private void recordOverride(HouseholdDebt before, HouseholdDebt after, UUID householdId, DebtRecord saved,
                                dev.hearth.application.port.model.CallContext context, Instant now) {
        var classification = after.adviserClassification();
        if (classification == null
                || (before != null && classification.equals(before.adviserClassification()))) {
            return;
        }
        audit.record("household.debt_classification_overridden", householdId, context, now,
                "debt_id", saved.id().toString(), "version", Long.toString(saved.version()),
                "status", String.valueOf(classification.status()),
                "category", String.valueOf(classification.category()));
    }

    /**
     * The debt plan for the household's stored debts: the same planner as the stateless route, the household's nation,
     * each debt under its stored id, in the order they were added; the plan date defaults to today in the UK.
     */
    @Override
    public dev.hearth.domain.debt.DebtPlan plan(dev.hearth.application.port.in.household.PlanHouseholdDebtsQuery query) {
        HouseholdRecord household = households.load(query.householdId()).map(Read::value)
                .orElseThrow(() -> notFound(query.householdId()));
        List<dev.hearth.domain.debt.DebtInput> inputs = new java.util.ArrayList<>();
        dev.hearth.application.port.model.PageRequest page = new dev.hearth.application.port.model.PageRequest(null,
                dev.hearth.application.port.model.PageRequest.MAX_LIMIT);
        while (true) {
            Page<DebtRecord> debts = load.list(query.householdId(), page).value();
            debts.items().forEach(d -> inputs.add(d.debt().toDebtInput(d.id().toString())));
            if (debts.nextAfter() == null) {
                break;
            }
            page = new dev.hearth.application.port.model.PageRequest(debts.nextAfter(),
                    dev.hearth.application.port.model.PageRequest.MAX_LIMIT);
        }
        java.time.LocalDate date = query.budget().planDate() != null ? query.budget().planDate()
                : java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        Nation nation = household.circumstances().nation() == null ? Nation.ENGLAND
                : household.circumstances().nation();
        try {
            return dev.hearth.domain.debt.DebtPlanner.plan(query.budget().toPlanRequest(date, nation, inputs));
        } catch (InvalidInputException e) {
            throw dev.hearth.application.error.InvalidInputTranslator.translate(e);
        }
    }
}
