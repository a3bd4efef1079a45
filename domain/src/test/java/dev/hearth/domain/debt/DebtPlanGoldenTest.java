package dev.hearth.domain.debt;

import dev.hearth.domain.explain.GoldenExplanations;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static dev.hearth.domain.debt.DebtFixtures.adviser;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static dev.hearth.domain.debt.DebtFixtures.instalment;
import static dev.hearth.domain.debt.DebtFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden explanations: a change in the planner's reasoning shows as a diff in these files. */
class DebtPlanGoldenTest {

    /**
     * England: a family with an enforcement agent notice on council tax; rent, council tax and gas arrears with agreed
     * instalments; three non-priority debts sharing the £55.00 left pro rata (hand calculation: 2850.97p, 2138.23p,
     * 510.80p; floors 5498p; the 2p left go to the credit card and the catalogue, the largest fractions cut off).
     */
    static DebtPlanRequest englandFamily() {
        return new DebtFixtures.Builder()
                .income("1650.00")
                .spending(ExpenditureCategory.RENT_OR_MORTGAGE, "750.00")
                .spending(ExpenditureCategory.COUNCIL_TAX, "110.00")
                .spending(ExpenditureCategory.GAS_AND_ELECTRICITY, "140.00")
                .spending(ExpenditureCategory.FOOD_AND_HOUSEKEEPING, "380.00")
                .spending(ExpenditureCategory.TRAVEL, "60.00")
                .spending(ExpenditureCategory.COMMUNICATIONS_AND_LEISURE, "45.00")
                .debts(debt("cc-1", DebtType.CREDIT_CARD, "2400.00"),
                        instalment("rent", DebtType.RENT_ARREARS, "1350.00", "60.00"),
                        new DebtInput("ctax", DebtType.COUNCIL_TAX.name(), null, p("640.00"), p("35.00"),
                                new Enforcement(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, LocalDate.of(2026, 5, 27)),
                                null, false),
                        instalment("gas", DebtType.GAS, "85.00", "15.00"),
                        debt("loan", DebtType.PERSONAL_LOAN, "1800.00"),
                        debt("cat", DebtType.CATALOGUE, "430.00"))
                .facts(new DebtAdviceFacts(false, p("150"), null, false, null, false))
                .build();
    }

    /** Scotland: an adviser reclassifies a UC advance; nothing is left, so token payments. */
    static DebtPlanRequest scotlandTokens() {
        return new DebtFixtures.Builder()
                .nation(Nation.SCOTLAND)
                .income("980.00")
                .spending(ExpenditureCategory.RENT_OR_MORTGAGE, "420.00")
                .spending(ExpenditureCategory.COUNCIL_TAX, "95.00")
                .spending(ExpenditureCategory.GAS_AND_ELECTRICITY, "120.00")
                .spending(ExpenditureCategory.FOOD_AND_HOUSEKEEPING, "300.00")
                .spending(ExpenditureCategory.PERSONAL_COSTS, "45.00")
                .debts(instalment("ctax", DebtType.COUNCIL_TAX, "900.00", "40.00"),
                        debt("water", DebtType.WATER, "210.00"),
                        adviser("adv", DebtType.UC_ADVANCE, "600.00", PriorityStatus.NON_PRIORITY, null,
                                "Recovered only by deduction from UC; the deduction is already in the income figure"),
                        debt("bnpl", DebtType.BUY_NOW_PAY_LATER, "150.00"),
                        debt("ff", DebtType.FRIENDS_AND_FAMILY, "300.00"))
                .build();
    }

    @Test
    void england_family_plan_explanation_matches_golden_file() throws IOException {
        DebtPlan plan = DebtPlanner.plan(englandFamily());
        assertThat(plan.debts()).extracting(PlannedDebt::id)
                .containsExactly("ctax", "rent", "gas", "cc-1", "loan", "cat");
        assertThat(plan.debts()).extracting(d -> d.monthlyPaymentPence().value())
                .containsExactly(3500L, 6000L, 1500L, 2851L, 2138L, 511L);
        GoldenExplanations.assertMatches("debts/england-family.txt", plan.explanation());
    }

    @Test
    void scotland_token_plan_explanation_matches_golden_file() throws IOException {
        DebtPlan plan = DebtPlanner.plan(scotlandTokens());
        assertThat(plan.budget().nonPriorityMethod()).isEqualTo(NonPriorityMethod.TOKEN_PAYMENTS);
        GoldenExplanations.assertMatches("debts/scotland-token-payments.txt", plan.explanation());
    }

    @Test
    void the_same_request_gives_the_same_plan() {
        assertThat(DebtPlanner.plan(englandFamily())).isEqualTo(DebtPlanner.plan(englandFamily()));
    }
}
