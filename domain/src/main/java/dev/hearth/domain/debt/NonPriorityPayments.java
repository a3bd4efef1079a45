package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;

import java.util.ArrayList;
import java.util.List;

/**
 * What is left after priority payments is offered to non-priority creditors, by the first rule that fits:
 * <ol>
 *   <li>{@code debt.pay.non_priority_in_full}: enough for every balance, so each is paid in full (a pro-rata share
 *       cannot exceed the balance owed);</li>
 *   <li>{@code debt.pay.token_payments}: too little to give every creditor the token amount, so each is offered a token
 *       payment (default {@link DebtRules#DEFAULT_TOKEN_PAYMENT_PENCE}, never more than the balance; common
 *       debt-advice practice [U]);</li>
 *   <li>otherwise shared pro rata to balance ({@link ProRataShares}; usual debt-advice practice, uk-rules.md §3.3
 *       item 7 [U]).</li>
 * </ol>
 */
final class NonPriorityPayments {

    private NonPriorityPayments() {
    }

    /** Shares {@code priority.remaining()} among the non-priority debts in {@code ordered}, setting each payment. */
    static PaymentAllocation share(List<ClassifiedDebt> ordered, PriorityPayments priority, Pence tokenPaymentGiven,
                            ExplanationBuilder explanation) {
        Pence remaining = priority.remaining();
        List<ClassifiedDebt> np = ordered.stream().filter(c -> !c.priority()).toList();
        if (np.isEmpty()) {
            return new PaymentAllocation(priority.priorityPaid(), remaining, Pence.ZERO, remaining, Pence.ZERO,
                    NonPriorityMethod.NO_NON_PRIORITY_DEBTS, priority.unmetAny());
        }
        Pence total = np.stream().map(ClassifiedDebt::balance).reduce(Pence.ZERO, Pence::plus);
        Pence token = tokenPaymentGiven == null ? DebtRules.DEFAULT_TOKEN_PAYMENT_PENCE : tokenPaymentGiven;
        if (!remaining.isLessThan(total)) {
            return payInFull(np, remaining, total, priority, explanation);
        }
        if (remaining.isLessThan(token.times(np.size()))) {
            return offerTokens(np, remaining, token, tokenPaymentGiven == null, priority, explanation);
        }
        ProRataShares.share(np, remaining, total, explanation);
        explanation.assume("debt.pro_rata_practice", AssumptionSource.UNCONFIRMED_RULE,
                "Sharing what is left pro rata to balance is the usual debt-advice practice; no source read for "
                        + "Hearth confirms it (uk-rules.md §3.3 item 7).");
        return new PaymentAllocation(priority.priorityPaid(), remaining, remaining, Pence.ZERO, Pence.ZERO,
                NonPriorityMethod.PRO_RATA, priority.unmetAny());
    }

    /** {@code debt.pay.non_priority_in_full}. */
    private static PaymentAllocation payInFull(List<ClassifiedDebt> np, Pence remaining, Pence total,
                                        PriorityPayments priority, ExplanationBuilder explanation) {
        for (ClassifiedDebt c : np) {
            c.payment = c.balance();
            c.paymentBasis = PaymentBasis.PAID_IN_FULL;
        }
        explanation.step(DebtRules.PAY_IN_FULL,
                "What is left covers every non-priority balance, so each is paid in full",
                List.of(Fact.of("available for non-priority", remaining), Fact.of("non-priority balances", total)),
                total + " paid, " + remaining.minus(total) + " unallocated");
        return new PaymentAllocation(priority.priorityPaid(), remaining, total, remaining.minus(total), Pence.ZERO,
                NonPriorityMethod.PAID_IN_FULL, priority.unmetAny());
    }

    /** {@code debt.pay.token_payments}: the token amount each, never more than the balance. */
    private static PaymentAllocation offerTokens(List<ClassifiedDebt> np, Pence remaining, Pence token, boolean defaulted,
                                          PriorityPayments priority, ExplanationBuilder explanation) {
        Pence offered = Pence.ZERO;
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("available for non-priority", remaining));
        facts.add(Fact.of("token payment", token + " a month per creditor"));
        for (ClassifiedDebt c : np) {
            c.payment = Pence.min(token, c.balance());
            c.paymentBasis = PaymentBasis.TOKEN;
            offered = offered.plus(c.payment);
            facts.add(Fact.of(c.input.id(), c.payment + " a month"));
        }
        Pence beyond = offered.minusFloorZero(remaining);
        Pence unallocated = remaining.minusFloorZero(offered);
        explanation.step(DebtRules.PAY_TOKEN,
                "Too little is left to give each non-priority creditor the token amount, so each is offered a "
                        + "token payment", facts,
                offered + " a month offered" + (beyond.isPositive() ? ", " + beyond + " more than the budget "
                        + "shows is available" : ""));
        if (defaulted) {
            explanation.assume("debt.token_payment_amount", AssumptionSource.UNCONFIRMED_RULE,
                    "The token payment is " + wholePounds(token) + " a month per creditor, the usual debt-advice "
                            + "offer; it is not a figure from legislation and an adviser may set another.");
        }
        return new PaymentAllocation(priority.priorityPaid(), remaining, offered, unallocated, beyond,
                NonPriorityMethod.TOKEN_PAYMENTS, priority.unmetAny());
    }

    /** Pounds without a ".00" for a whole number of pounds ("£1"), as the assumption has always said it. */
    static String wholePounds(Pence amount) {
        String text = amount.toString();
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }
}
