package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.hearth.domain.debt.DebtFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DebtPlannerValidationTest {

    @Test
    void bad_input_is_refused_with_every_violation_and_its_field_path() {
        List<DebtInput> debts = List.of(
                new DebtInput("a", "PAWNBROKER", null, p("10"), null, null, null, false),
                new DebtInput("b", "CREDIT_CARD", null, p("-5"), null, null, null, false),
                new DebtInput("b", "RENT_ARREARS", null, p("300000"), p("-1"), null, null, false),
                new DebtInput("c", "COUNCIL_TAX", null, p("10"), null,
                        new Enforcement(null, LocalDate.of(2030, 1, 1)),
                        new AdviserClassification(PriorityStatus.NON_PRIORITY, null, "not contested"), false),
                new DebtInput("d", "BENEFIT_OVERPAYMENT", null, Pence.ZERO, null, null,
                        new AdviserClassification(PriorityStatus.PRIORITY, null, " "), false),
                new DebtInput(" ", null, null, null, null, null, null, false));
        DebtPlanRequest request = new DebtPlanRequest(LocalDate.of(2026, 6, 1), Nation.ENGLAND,
                List.of(new IncomeLine(null, p("-1"))), List.of(new SpendingLine(ExpenditureCategory.TRAVEL, null)),
                debts, new DebtAdviceFacts(null, p("-1"), null, null, null, false), Pence.ZERO);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DebtPlanner.plan(request));

        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("monthlyIncome[0].source", "required"),
                org.assertj.core.groups.Tuple.tuple("monthlyIncome[0].monthlyAmountPence", "must_not_be_negative"),
                org.assertj.core.groups.Tuple.tuple("essentialSpending[0].monthlyAmountPence", "required"),
                org.assertj.core.groups.Tuple.tuple("tokenPaymentPence", "out_of_range"),
                org.assertj.core.groups.Tuple.tuple("adviceFacts.assetsValuePence", "must_not_be_negative"),
                org.assertj.core.groups.Tuple.tuple("debts[0].type", "unknown_debt_type"),
                org.assertj.core.groups.Tuple.tuple("debts[1].balancePence", "must_not_be_negative"),
                org.assertj.core.groups.Tuple.tuple("debts[2].id", "duplicate_id"),
                org.assertj.core.groups.Tuple.tuple("debts[2].balancePence", "implausible_without_acknowledgement"),
                org.assertj.core.groups.Tuple.tuple("debts[2].monthlyInstalmentPence", "must_not_be_negative"),
                org.assertj.core.groups.Tuple.tuple("debts[3].enforcement.action", "required"),
                org.assertj.core.groups.Tuple.tuple("debts[3].enforcement.date", "date_out_of_range"),
                org.assertj.core.groups.Tuple.tuple("debts[4].balancePence", "must_be_positive"),
                org.assertj.core.groups.Tuple.tuple("debts[4].adviserClassification.category", "required"),
                org.assertj.core.groups.Tuple.tuple("debts[4].adviserClassification.justification", "required"),
                org.assertj.core.groups.Tuple.tuple("debts[5].id", "required"),
                org.assertj.core.groups.Tuple.tuple("debts[5].type", "required"),
                org.assertj.core.groups.Tuple.tuple("debts[5].balancePence", "required"));
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).doesNotContain("PAWNBROKER", "300000"));
    }

    @Test
    void a_large_balance_is_accepted_once_confirmed() {
        DebtPlan plan = DebtPlanner.plan(DebtFixtures.budget("1000", "900").debts(
                new DebtInput("big", "PERSONAL_LOAN", null, p("300000"), null, null, null, true)).build());
        assertThat(plan.debts()).singleElement().extracting(PlannedDebt::balancePence).isEqualTo(p("300000"));
    }

    @Test
    void a_plan_date_before_the_rules_is_rates_not_available_and_northern_ireland_is_not_covered() {
        DebtPlanRequest request = new DebtPlanRequest(LocalDate.of(2025, 4, 5), Nation.NORTHERN_IRELAND, List.of(),
                List.of(), List.of(), null, null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DebtPlanner.plan(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("planDate", "rates_not_available"),
                org.assertj.core.groups.Tuple.tuple("nation", "nation_not_covered"));
    }

    @Test
    void missing_date_nation_and_debts_are_each_reported() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> DebtPlanner.plan(new DebtPlanRequest(null, null, null, null, null, null, null)));
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("planDate", "nation", "debts");
    }

    @Test
    void more_than_the_maximum_number_of_debts_is_refused() {
        List<DebtInput> many = new ArrayList<>();
        for (int i = 0; i <= DebtRules.MAX_DEBTS; i++) {
            many.add(DebtFixtures.debt("d" + i, DebtType.CREDIT_CARD, "1"));
        }
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> DebtPlanner.plan(DebtFixtures.budget("1", "0").debts(many.toArray(DebtInput[]::new)).build()));
        assertThat(e.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("debts", "too_many"));
    }
}
