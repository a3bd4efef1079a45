package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hearth.domain.debt.AdviceFlagFixtures.FIGURES;
import static dev.hearth.domain.debt.AdviceFlagFixtures.THRESHOLDS;
import static dev.hearth.domain.debt.AdviceFlagFixtures.available;
import static dev.hearth.domain.debt.AdviceFlagFixtures.classified;
import static dev.hearth.domain.debt.AdviceFlagFixtures.explanation;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static dev.hearth.domain.place.Nation.ENGLAND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Debt Relief Order flag on its own, at the edges of each limit. Limits: Business Debtline DRO fact sheet and
 * CAP UK (debts at most £50,000 and vehicle under £4,000 from 28 June 2024; surplus at most £75 a month; assets at most
 * £2,000) [S], held in {@link DebtThresholds}.
 */
class DebtReliefOrderPolicyTest {

    private static final DebtAdviceFacts NO_HOME_NO_ASSETS = new DebtAdviceFacts(false, Pence.ZERO, Pence.ZERO,
            false, null, false);

    private static List<AdviceFlag> check(String totalDebts, String surplus, DebtAdviceFacts facts) {
        return DebtReliefOrderPolicy.check(classified(ENGLAND, debt("cc", DebtType.CREDIT_CARD, totalDebts)), facts,
                available(surplus), THRESHOLDS, FIGURES, explanation());
    }

    @Test
    void debts_of_exactly_50000_are_within_the_limit() {
        // "total qualifying debts at most £50,000" (Business Debtline, CAP UK [S]).
        assertThat(check("50000", "0", NO_HOME_NO_ASSETS)).extracting(AdviceFlag::ruleId)
                .containsExactly("debt.flag.debt_relief_order");
        assertThat(check("50000.01", "0", NO_HOME_NO_ASSETS)).isEmpty();
    }

    @Test
    void a_surplus_of_exactly_75_a_month_is_within_the_limit_and_a_penny_more_is_not() {
        // "surplus income at most £75 a month" (Business Debtline, CAP UK [S]).
        assertThat(check("9000", "75", NO_HOME_NO_ASSETS)).hasSize(1);
        assertThat(check("9000", "75.01", NO_HOME_NO_ASSETS)).isEmpty();
    }

    @Test
    void a_vehicle_worth_exactly_4000_is_outside_the_limit() {
        // "a vehicle must be worth less than £4,000" (Business Debtline, CAP UK [S]).
        DebtAdviceFacts vehicle = new DebtAdviceFacts(false, Pence.ZERO, Pence.ofPounds("4000"), false, null, false);
        DebtAdviceFacts cheaper = new DebtAdviceFacts(false, Pence.ZERO, Pence.ofPounds("3999.99"), false, null,
                false);

        assertThat(check("9000", "0", vehicle)).isEmpty();
        assertThat(check("9000", "0", cheaper)).hasSize(1);
    }

    @Test
    void unknown_home_assets_and_vehicle_are_listed_for_the_adviser_not_assumed() {
        // A flag never says the person qualifies; unknown facts are listed to check (docs/rules/debts.md).
        List<AdviceFlag> flags = check("9000", "0", DebtAdviceFacts.unknown());

        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).toCheck()).startsWith("whether anyone in the household owns their home",
                "the value of savings and other assets (limit £2,000.00)",
                "the value of any vehicle (must be under £4,000.00)");
    }

    @Test
    void the_residence_and_repeat_periods_and_the_moratorium_are_stated_from_the_figures() {
        // Figures held in DebtAdviceFigures; stated as the plan always has ([U]: not checked in a source read).
        AdviceFlag flag = check("9000", "0", NO_HOME_NO_ASSETS).get(0);

        assertThat(flag.toCheck()).contains("residence or work in England or Wales in the last "
                + FIGURES.droResidenceYears().value() + " years, and no DRO in the last "
                + FIGURES.droRepeatYears().value() + " years");
        assertThat(flag.reason()).contains("cannot take action for 12 months");
    }
}
