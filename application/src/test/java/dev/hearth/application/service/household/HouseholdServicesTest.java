package dev.hearth.application.service.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.household.AddDebtCommand;
import dev.hearth.application.port.in.household.ChangeDebtCommand;
import dev.hearth.application.port.in.household.ChangeHouseholdCommand;
import dev.hearth.application.port.in.household.CreateHouseholdCommand;
import dev.hearth.application.port.in.household.DeleteHouseholdCommand;
import dev.hearth.application.port.in.household.GetHouseholdQuery;
import dev.hearth.application.port.in.household.ListDebtsQuery;
import dev.hearth.application.port.in.household.RemoveDebtCommand;
import dev.hearth.application.port.in.household.ReplayReport;
import dev.hearth.application.port.in.household.ReplaySavedEstimateQuery;
import dev.hearth.application.port.in.household.SaveEstimateCommand;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.household.HouseholdFixtures;
import dev.hearth.application.port.out.household.InMemoryHouseholdStore;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The household use cases over the in-memory store and audit log (the same contract as the PostgreSQL adapters). */
class HouseholdServicesTest {

    private static final CallContext CALLER = new CallContext("account-7", "req-1");
    /** 23:30 UTC on 31 March 2026 is 00:30 on 1 April in the UK (BST began on 29 March). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC);

    private final InMemoryHouseholdStore store = new InMemoryHouseholdStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final HouseholdsService households = new HouseholdsService(store, store, store, audit, CLOCK);
    private final DebtsService debts = new DebtsService(store, store, store, store, audit, CLOCK);
    private final SavedEstimatesService estimates = new SavedEstimatesService(store, store.savedEstimates(),
            store.savedEstimates(), store, audit, CLOCK, "0.1.0+abc1234");

    private HouseholdRecord created() {
        return households.create(new CreateHouseholdCommand(HouseholdFixtures.everyFactKind(), CALLER));
    }

    private static HouseholdCircumstances withCapital(HouseholdCircumstances f, Pence capital) {
        return new HouseholdCircumstances(f.nation(), f.livesInGreaterLondon(), f.claimants(),
                f.claimantsCareForTheSamePerson(), f.children(), f.housing(), f.nonDependants(), capital,
                f.otherIncome(), f.childcare(), f.deductions(), f.benefitCapGracePeriod(),
                f.mixedAgeCoupleExistingAward());
    }

    private List<String> actions() {
        return audit.events().stream().map(AuditEvent::action).toList();
    }

    @Test
    void creating_a_household_stores_version_1_and_records_who_did_it_under_which_request() {
        HouseholdRecord household = created();

        assertThat(household.version()).isEqualTo(1);
        assertThat(households.get(new GetHouseholdQuery(household.id(), CALLER)).value()).isEqualTo(household);
        AuditEvent event = audit.events().get(0);
        assertThat(event.action()).isEqualTo("household.created");
        assertThat(event.actorId()).isEqualTo("account-7");
        assertThat(event.correlationId()).isEqualTo("req-1");
        assertThat(event.targetId()).isEqualTo(household.id().toString());
        assertThat(event.occurredAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void facts_the_engine_refuses_are_refused_with_every_field_and_nothing_is_stored_or_audited() {
        HouseholdCircumstances bad = withCapital(HouseholdFixtures.everyFactKind(), Pence.of(-1));

        assertThatThrownBy(() -> households.create(new CreateHouseholdCommand(bad, CALLER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("capitalPence"));
        assertThat(store.list(PageRequest.first()).value().items()).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void a_change_is_applied_to_the_current_facts_and_bumps_the_version() {
        HouseholdRecord household = created();

        HouseholdRecord changed = households.change(new ChangeHouseholdCommand(household.id(), 1,
                facts -> withCapital(facts, Pence.of(100)), CALLER));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.circumstances().capitalPence()).isEqualTo(Pence.of(100));
        assertThat(changed.circumstances().children()).isEqualTo(household.circumstances().children());
        assertThat(actions()).containsExactly("household.created", "household.changed");
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_changes_nothing_and_the_refusal_is_audited() {
        HouseholdRecord household = created();
        households.change(new ChangeHouseholdCommand(household.id(), 1, f -> withCapital(f, Pence.of(5)),
                CALLER));

        assertThatThrownBy(() -> households.change(new ChangeHouseholdCommand(household.id(), 1,
                f -> withCapital(f, Pence.of(9)), CALLER)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VERSION_MISMATCH));

        HouseholdRecord now = households.get(new GetHouseholdQuery(household.id(), CALLER)).value();
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.circumstances().capitalPence()).isEqualTo(Pence.of(5));
        assertThat(actions()).containsExactly("household.created", "household.changed", "household.change_refused");
        assertThat(audit.events().get(2).details()).containsEntry("expected_version", "1")
                .containsEntry("reason", "version_mismatch");
    }

    @Test
    void an_invalid_change_is_refused_and_the_household_keeps_its_facts_and_version() {
        HouseholdRecord household = created();

        assertThatThrownBy(() -> households.change(new ChangeHouseholdCommand(household.id(), 1,
                f -> withCapital(f, Pence.of(-3)), CALLER))).isInstanceOf(InvalidInputException.class);

        assertThat(households.get(new GetHouseholdQuery(household.id(), CALLER)).value()).isEqualTo(household);
        assertThat(actions()).containsExactly("household.created");
    }

    @Test
    void an_unknown_household_is_not_found_for_every_use_case() {
        UUID nobody = UUID.randomUUID();

        assertThatThrownBy(() -> households.get(new GetHouseholdQuery(nobody, CALLER)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> debts.add(new AddDebtCommand(nobody, HouseholdFixtures.plainDebt(100), CALLER)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> debts.list(new ListDebtsQuery(nobody, PageRequest.first(), CALLER)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> estimates.save(new SaveEstimateCommand(nobody, null, CALLER)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void deleting_needs_the_current_version_and_removes_the_household() {
        HouseholdRecord household = created();

        assertThatThrownBy(() -> households.delete(new DeleteHouseholdCommand(household.id(), 4, CALLER)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VERSION_MISMATCH));
        households.delete(new DeleteHouseholdCommand(household.id(), 1, CALLER));

        assertThat(store.load(household.id())).isEmpty();
        assertThat(actions()).containsExactly("household.created", "household.delete_refused", "household.deleted");
    }

    @Test
    void debts_are_checked_with_the_planners_rules_versioned_and_audited_without_their_facts() {
        HouseholdRecord household = created();

        assertThatThrownBy(() -> debts.add(new AddDebtCommand(household.id(), HouseholdFixtures.plainDebt(0),
                CALLER))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("balancePence"));
        DebtRecord debt = debts.add(new AddDebtCommand(household.id(), new HouseholdDebt("COUNCIL_TAX",
                HouseholdFixtures.CREDITOR, Pence.of(HouseholdFixtures.BALANCE_PENCE), Pence.of(2_500), null, null,
                false, HouseholdFixtures.NOTE), CALLER));
        DebtRecord changed = debts.change(new ChangeDebtCommand(household.id(), debt.id(), 1,
                d -> HouseholdFixtures.plainDebt(999), CALLER));
        debts.remove(new RemoveDebtCommand(household.id(), debt.id(), 2, CALLER));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(actions()).containsExactly("household.created", "household.debt_added", "household.debt_changed",
                "household.debt_removed");
        assertThat(audit.events().toString()).doesNotContain(HouseholdFixtures.CREDITOR, HouseholdFixtures.NOTE);
    }

    @Test
    void a_plan_from_stored_debts_uses_their_enforcement_events_and_ids() {
        HouseholdRecord household = created();
        DebtRecord card = debts.add(new AddDebtCommand(household.id(), HouseholdFixtures.plainDebt(50_000), CALLER));
        DebtRecord rent = debts.add(new AddDebtCommand(household.id(), new HouseholdDebt("RENT_ARREARS", null,
                Pence.of(150_000), null, null, null, false, null, List.of(new dev.hearth.domain.debt.Enforcement(
                dev.hearth.domain.debt.EnforcementAction.EVICTION_DATE, LocalDate.of(2026, 4, 8))), null), CALLER));

        dev.hearth.domain.debt.DebtPlan plan = debts.plan(new dev.hearth.application.port.in.household
                .PlanHouseholdDebtsQuery(household.id(), new dev.hearth.domain.household.HouseholdDebtBudget(
                LocalDate.of(2026, 4, 6), null, null, null, null), CALLER));

        assertThat(plan.debts()).extracting(dev.hearth.domain.debt.PlannedDebt::id)
                .containsExactly(rent.id().toString(), card.id().toString());
        assertThat(plan.flags()).extracting(dev.hearth.domain.debt.AdviceFlag::ruleId)
                .contains("debt.flag.home_at_risk");
    }

    @Test
    void an_adviser_override_saved_on_a_household_is_audited_with_its_status_but_not_its_reason() {
        HouseholdRecord household = created();
        String reason = "Overpayment recovered only by deduction; client no longer on benefits";
        DebtRecord debt = debts.add(new AddDebtCommand(household.id(), HouseholdFixtures.plainDebt(10_000), CALLER));
        debts.change(new ChangeDebtCommand(household.id(), debt.id(), 1, d -> new HouseholdDebt(
                "BENEFIT_OVERPAYMENT", null, Pence.of(10_000), null, null,
                new dev.hearth.domain.debt.AdviserClassification(dev.hearth.domain.debt.PriorityStatus.NON_PRIORITY,
                        null, reason), false, null), CALLER));
        debts.change(new ChangeDebtCommand(household.id(), debt.id(), 2, d -> d, CALLER));

        assertThat(actions()).containsExactly("household.created", "household.debt_added", "household.debt_changed",
                "household.debt_classification_overridden", "household.debt_changed");
        assertThat(audit.events().toString()).contains("NON_PRIORITY").doesNotContain(reason);
    }

    @Test
    void estimate_now_uses_the_period_starting_today_in_the_uk_not_in_utc() {
        HouseholdRecord household = created();

        SavedEstimateRecord saved = estimates.save(new SaveEstimateCommand(household.id(), null, CALLER));

        assertThat(saved.inputs().assessmentPeriodStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(saved.result().ratesYear()).as("1 April 2026 is before the 6 April uprating").isEqualTo("2025-26");
        assertThat(saved.householdVersion()).isEqualTo(1);
        assertThat(saved.engineVersion()).isEqualTo("0.1.0+abc1234");
        assertThat(saved.rulesetVersion()).isEqualTo(saved.result().explanation().rulesetVersion());
        assertThat(saved.inputs()).isEqualTo(household.circumstances()
                .forAssessmentPeriodStarting(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void a_replay_of_an_unchanged_estimate_is_identical_and_is_audited() {
        HouseholdRecord household = created();
        SavedEstimateRecord saved = estimates.save(new SaveEstimateCommand(household.id(),
                HouseholdFixtures.PERIOD_START, CALLER));

        ReplayReport report = estimates.replay(new ReplaySavedEstimateQuery(household.id(), saved.id(), CALLER));

        assertThat(report.identical()).isTrue();
        assertThat(report.differences()).isEmpty();
        assertThat(report.linesCompared()).isGreaterThan(100);
        assertThat(actions()).endsWith("household.estimate_saved", "household.estimate_replayed");
    }

    @Test
    void a_replay_reports_each_line_where_the_stored_result_differs_from_todays_code() {
        HouseholdRecord household = created();
        SavedEstimateRecord saved = estimates.save(new SaveEstimateCommand(household.id(),
                HouseholdFixtures.PERIOD_START, CALLER));
        // what a result made by older code (or altered since) looks like: a different award
        store.savedEstimates().replaceStoredResult(saved.id(),
                r -> new dev.hearth.domain.uc.UcEstimate(r.awardPence().plus(Pence.of(1)), r.paymentPence(), r.nilAwardReasons(),
                        r.periodStart(), r.periodEnd(), r.paymentDate(), r.ratesYear(), r.maximumAmountPence(),
                        r.elements(), r.housing(), r.meansTest(), r.awardBeforeCapPence(), r.benefitCap(), r.deductions(),
                        r.totalDeductionsPence(), r.explanation()));

        ReplayReport report = estimates.replay(new ReplaySavedEstimateQuery(household.id(), saved.id(), CALLER));

        assertThat(report.identical()).isFalse();
        assertThat(report.differences()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("awardPence");
            assertThat(d.replayed()).isEqualTo(saved.result().awardPence().toString());
        });
        assertThat(audit.events().get(audit.events().size() - 1).details()).containsEntry("identical", "false");
    }

    @Test
    void a_replay_of_inputs_todays_rules_refuse_reports_each_refused_field_instead_of_failing() {
        HouseholdRecord household = created();
        SavedEstimateRecord saved = estimates.save(new SaveEstimateCommand(household.id(),
                HouseholdFixtures.PERIOD_START, CALLER));
        // inputs an older build accepted and a corrected rule now refuses (here: a person too old to count, reg 5)
        var refusedNow = saved.inputs().withChildren(java.util.List.of(dev.hearth.domain.uc.Child.of(
                LocalDate.of(2000, 1, 1), dev.hearth.domain.housing.Sex.MALE).withQualifyingYoungPerson(true)));
        SavedEstimateRecord older = store.savedEstimates().insert(household.id(), 1, saved.createdAt(), "0.0.1+old",
                refusedNow, saved.result());

        ReplayReport report = estimates.replay(new ReplaySavedEstimateQuery(household.id(), older.id(), CALLER));

        assertThat(report.identical()).isFalse();
        assertThat(report.differences()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("inputs.children[0].dateOfBirth");
            assertThat(d.stored()).isEqualTo("accepted");
            assertThat(d.replayed()).isEqualTo("refused: too_old_to_count");
        });
        assertThat(audit.events().get(audit.events().size() - 1).details()).containsEntry("identical", "false");
    }
}
