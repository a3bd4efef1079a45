package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hearth.domain.debt.AdviceFlagFixtures.THRESHOLDS;
import static dev.hearth.domain.debt.AdviceFlagFixtures.classified;
import static dev.hearth.domain.debt.AdviceFlagFixtures.explanation;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The formal-options flag on its own. The 60-month trigger is Hearth's own, not law [D]; the bankruptcy petition
 * minimums are from StepChange (£5,000 England and Wales, £3,000 Scotland) [S].
 */
class FormalOptionsPolicyTest {

    private static List<AdviceFlag> check(Nation nation, String balance, String monthlyPayment,
                                          NonPriorityMethod method) {
        List<ClassifiedDebt> debts = classified(nation, debt("cc", DebtType.CREDIT_CARD, balance));
        debts.get(0).payment = Pence.ofPounds(monthlyPayment);
        PaymentAllocation allocation = new PaymentAllocation(Pence.ZERO, Pence.ofPounds(monthlyPayment),
                Pence.ofPounds(monthlyPayment), Pence.ZERO, Pence.ZERO, method, false);
        return FormalOptionsPolicy.check(debts, allocation, nation, THRESHOLDS, explanation());
    }

    @Test
    void non_priority_debts_taking_61_months_to_clear_are_flagged_and_60_months_are_not() {
        // hand calculation: 6,100 / 100 = 61 months > 60; 6,000 / 100 = 60 months, not more than 60.
        assertThat(check(Nation.ENGLAND, "6100", "100", NonPriorityMethod.PRO_RATA)).hasSize(1);
        assertThat(check(Nation.ENGLAND, "6000", "100", NonPriorityMethod.PRO_RATA)).isEmpty();
    }

    @Test
    void token_payments_alone_are_flagged_whatever_the_time_to_clear() {
        List<AdviceFlag> flags = check(Nation.ENGLAND, "50", "1", NonPriorityMethod.TOKEN_PAYMENTS);

        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).facts()).first()
                .isEqualTo("only token payments can be offered to non-priority creditors");
    }

    @Test
    void the_flag_states_the_bankruptcy_petition_minimum_for_the_nation() {
        // StepChange: £5,000 in England and Wales, £3,000 in Scotland [S].
        assertThat(check(Nation.ENGLAND, "6100", "100", NonPriorityMethod.PRO_RATA).get(0).facts())
                .anyMatch(f -> f.startsWith("in England and Wales creditors owed at least £5,000.00 can petition"));
        assertThat(check(Nation.SCOTLAND, "6100", "100", NonPriorityMethod.PRO_RATA).get(0).facts())
                .anyMatch(f -> f.startsWith("in Scotland creditors owed at least £3,000.00 can petition"));
    }
}
