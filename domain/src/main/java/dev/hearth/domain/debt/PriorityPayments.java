package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;

import java.util.List;

/**
 * Priority debts are paid first, in priority order (CPAG Debt Advice Handbook; uk-rules.md §3.3):
 * <ol>
 *   <li>{@code debt.pay.priority_instalments}: each priority debt's stated monthly instalment (never more than the
 *       balance) from what is available, recording any part that cannot be met;</li>
 *   <li>{@code debt.pay.priority_surplus}: then a priority debt with no stated instalment receives what is left, up to
 *       its balance (Hearth's stated rule for a missing instalment, recorded as a DEFAULTED assumption).</li>
 * </ol>
 * An instalment given for a non-priority debt is not used: non-priority debts get a share instead.
 *
 * @param remaining    what is left for non-priority debts (never below nil)
 * @param priorityPaid paid to priority debts
 * @param unmetAny     whether any stated priority instalment could not be met in full
 */
record PriorityPayments(Pence remaining, Pence priorityPaid, boolean unmetAny) {

    /** Pays the priority debts in {@code ordered} from {@code available}, setting each one's payment. */
    static PriorityPayments pay(List<ClassifiedDebt> ordered, Pence available, ExplanationBuilder explanation) {
        Pence remaining = Pence.max(available, Pence.ZERO);
        Pence priorityPaid = Pence.ZERO;
        boolean unmetAny = false;
        for (ClassifiedDebt c : ordered) {
            if (c.priority() && c.input.monthlyInstalmentPence() != null) {
                Pence paid = payStatedInstalment(c, remaining, explanation);
                unmetAny |= c.unmet.isPositive();
                remaining = remaining.minus(paid);
                priorityPaid = priorityPaid.plus(paid);
            }
        }
        for (ClassifiedDebt c : ordered) {
            if (c.priority() && c.input.monthlyInstalmentPence() == null) {
                Pence paid = payWhatIsLeft(c, remaining, explanation);
                remaining = remaining.minus(paid);
                priorityPaid = priorityPaid.plus(paid);
            }
        }
        for (ClassifiedDebt c : ordered) {
            if (!c.priority() && c.input.monthlyInstalmentPence() != null) {
                explanation.assume("debt.instalment_ignored." + c.input.id(), AssumptionSource.DEFAULTED,
                        "An instalment was given for non-priority debt " + c.input.id() + "; non-priority debts "
                                + "are offered a pro-rata share instead, so it was not used.");
            }
        }
        return new PriorityPayments(remaining, priorityPaid, unmetAny);
    }

    /** {@code debt.pay.priority_instalments}: the stated instalment, or as much of it as is available. */
    private static Pence payStatedInstalment(ClassifiedDebt c, Pence available, ExplanationBuilder explanation) {
        Pence due = Pence.min(c.input.monthlyInstalmentPence(), c.balance());
        Pence pay = Pence.min(due, available);
        c.payment = pay;
        c.unmet = due.minus(pay);
        c.paymentBasis = c.unmet.isZero() ? PaymentBasis.PRIORITY_INSTALMENT
                : pay.isZero() ? PaymentBasis.NOTHING_AVAILABLE : PaymentBasis.PRIORITY_INSTALMENT_PARTLY_MET;
        explanation.step(DebtRules.PAY_PRIORITY_INSTALMENTS,
                "Pay the stated instalment on " + c.ref() + (c.unmet.isPositive()
                        ? "; " + c.unmet + " of it cannot be met" : ""),
                List.of(Fact.of("instalment", c.input.monthlyInstalmentPence() + " a month"),
                        Fact.of("balance", c.balance()), Fact.of("available before", available)),
                pay + " a month");
        return pay;
    }

    /** {@code debt.pay.priority_surplus}: no instalment stated, so what is left, up to the balance. */
    private static Pence payWhatIsLeft(ClassifiedDebt c, Pence available, ExplanationBuilder explanation) {
        Pence pay = Pence.min(c.balance(), available);
        c.payment = pay;
        c.paymentBasis = pay.isZero() ? PaymentBasis.NOTHING_AVAILABLE : PaymentBasis.PRIORITY_AVAILABLE_SURPLUS;
        explanation.step(DebtRules.PAY_PRIORITY_SURPLUS,
                "No instalment was stated for " + c.ref() + ", so it receives what is left, up to its balance",
                List.of(Fact.of("balance", c.balance()), Fact.of("available before", available)),
                pay + " a month");
        explanation.assume("debt.priority_instalment_missing." + c.input.id(), AssumptionSource.DEFAULTED,
                "No instalment was given for priority debt " + c.input.id() + ", so everything left after "
                        + "stated priority instalments goes to it, up to its balance (priority debts are dealt "
                        + "with first). An adviser would normally agree an affordable instalment.");
        return pay;
    }
}
