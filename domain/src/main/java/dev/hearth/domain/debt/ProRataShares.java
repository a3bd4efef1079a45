package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sharing what is left among non-priority creditors in proportion to their balances:
 * <ol>
 *   <li>{@code debt.pay.non_priority_pro_rata}: each share is {@code available x balance / total}, rounded down to the
 *       penny ({@link RoundingRule#DOWN_TO_PENNY}, computed in exact integers); usual debt-advice practice
 *       (uk-rules.md §3.3 item 7) [U];</li>
 *   <li>{@code debt.pay.non_priority_remainder}: the pennies left by rounding down go one each to the creditors with the
 *       largest fractions cut off (ties: larger balance, then earlier in the order), so the shares add up exactly to
 *       what was available: largest-remainder (Hamilton) apportionment, Hearth's stated rule [D].</li>
 * </ol>
 */
final class ProRataShares {

    private ProRataShares() {
    }

    /** Sets each debt's payment to its pro-rata share of {@code available}; the shares add up to it exactly. */
    static void share(List<ClassifiedDebt> np, Pence available, Pence total, ExplanationBuilder explanation) {
        BigInteger pool = BigInteger.valueOf(available.value());
        BigInteger denominator = BigInteger.valueOf(total.value());
        List<Fact> shares = new ArrayList<>();
        BigInteger[] remainders = new BigInteger[np.size()];
        long given = 0;
        for (int i = 0; i < np.size(); i++) {
            ClassifiedDebt c = np.get(i);
            BigInteger numerator = pool.multiply(BigInteger.valueOf(c.balance().value()));
            BigInteger[] qr = numerator.divideAndRemainder(denominator);
            Pence floor = RoundingRule.DOWN_TO_PENNY.round(new BigDecimal(numerator)
                    .divide(new BigDecimal(denominator), 6, RoundingMode.DOWN));
            if (floor.value() != qr[0].longValueExact()) {
                throw new IllegalStateException("pro-rata floor disagrees with integer division");
            }
            c.payment = floor;
            c.paymentBasis = PaymentBasis.PRO_RATA;
            remainders[i] = qr[1];
            given += floor.value();
            shares.add(Fact.of(c.input.id(), available + " x " + c.balance() + " / " + total + " = "
                    + fourPlaces(numerator, denominator) + "p -> " + floor));
        }
        explanation.step(DebtRules.PAY_PRO_RATA,
                "Share " + available + " among non-priority creditors in proportion to balance", shares,
                Pence.of(given) + " shared before remainder pennies", RoundingRule.DOWN_TO_PENNY);
        long leftover = available.value() - given;
        if (leftover > 0) {
            giveRemainderPennies(np, leftover, remainders, denominator, available, explanation);
        }
    }

    /** {@code debt.pay.non_priority_remainder}: one penny each to the largest fractions cut off. */
    private static void giveRemainderPennies(List<ClassifiedDebt> np, long leftover, BigInteger[] remainders,
                                             BigInteger denominator, Pence available,
                                             ExplanationBuilder explanation) {
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < np.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i], Comparator.reverseOrder())
                .thenComparing(i -> np.get(i).balance(), Comparator.reverseOrder())
                .thenComparingInt(i -> i));
        List<Fact> pennies = new ArrayList<>();
        for (int k = 0; k < leftover; k++) {
            int i = byRemainder.get(k);
            ClassifiedDebt c = np.get(i);
            c.payment = c.payment.plus(Pence.of(1));
            pennies.add(Fact.of(c.input.id(), "+1p (fraction cut off: "
                    + fourPlaces(remainders[i], denominator) + "p)"));
        }
        explanation.step(DebtRules.PAY_REMAINDER,
                leftover + (leftover == 1 ? " penny was" : " pennies were") + " left by rounding down; "
                        + "each goes to the largest fraction cut off", pennies,
                "shares add up to " + available);
    }

    /** numerator / denominator cut (not rounded) to 4 decimal places: display only. */
    private static String fourPlaces(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 4, RoundingMode.DOWN).toPlainString();
    }
}
