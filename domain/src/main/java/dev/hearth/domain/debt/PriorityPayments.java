package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Priority debts are paid first, by a stated method every priority creditor can see is fair (CPAG Debt Advice
 * Handbook: home and liberty first, then essential supplies; uk-rules.md §3.3):
 * <ol>
 *   <li>{@code debt.pay.priority_instalments}: stated instalments (never more than the balance) are met group by group:
 *       debts with enforcement under way (the instalment is the minimum offered to stop the next step), then home and
 *       liberty, then essential services and goods, then other priority debts. A group the money covers is paid in
 *       full; a group it does not cover shares what is left in proportion to the instalments (largest remainder), so
 *       no creditor of the same rank takes everything while another gets nothing; later groups get nothing;</li>
 *   <li>{@code debt.pay.priority_surplus}: priority debts with no stated instalment share what is left in proportion
 *       to their arrears (largest remainder), each up to its balance (recorded as a DEFAULTED assumption).</li>
 * </ol>
 * An instalment given for a non-priority debt is not used: non-priority debts get a share instead.
 *
 * @param remaining    what is left for non-priority debts (never below nil)
 * @param priorityPaid paid to priority debts
 * @param unmetAny     whether any priority debt got less than it needs (part of its instalment, or nothing at all)
 */
record PriorityPayments(Pence remaining, Pence priorityPaid, boolean unmetAny) {

    /** The groups stated instalments are met in, in order. */
    private static final String[] GROUPS = {"enforcement under way", "home and liberty",
            "essential services and goods", "other priority"};

    static int group(ClassifiedDebt c) {
        if (c.imminent()) {
            return 0;
        }
        return switch (c.category) {
            case HOME, LIBERTY -> 1;
            case ESSENTIAL_SERVICES, ESSENTIAL_GOODS -> 2;
            default -> 3;
        };
    }

    /** Pays the priority debts in {@code ordered} from {@code available}, setting each one's payment. */
    static PriorityPayments pay(List<ClassifiedDebt> ordered, Pence available, ExplanationBuilder explanation) {
        Pence remaining = Pence.max(available, Pence.ZERO);
        Pence start = remaining;
        boolean unmetAny = false;
        for (int g = 0; g < GROUPS.length; g++) {
            List<ClassifiedDebt> group = new ArrayList<>();
            for (ClassifiedDebt c : ordered) {
                if (c.priority() && c.input.monthlyInstalmentPence() != null && group(c) == g) {
                    group.add(c);
                }
            }
            if (!group.isEmpty()) {
                remaining = payGroup(GROUPS[g], group, remaining, explanation);
                unmetAny |= group.stream().anyMatch(c -> c.unmet.isPositive());
            }
        }
        List<ClassifiedDebt> noInstalment = ordered.stream()
                .filter(c -> c.priority() && c.input.monthlyInstalmentPence() == null).toList();
        if (!noInstalment.isEmpty()) {
            remaining = payNoInstalment(noInstalment, remaining, explanation);
            unmetAny |= noInstalment.stream().anyMatch(c -> c.payment.isZero());
        }
        for (ClassifiedDebt c : ordered) {
            if (!c.priority() && c.input.monthlyInstalmentPence() != null) {
                explanation.assume("debt.instalment_ignored." + c.input.id(), AssumptionSource.DEFAULTED,
                        "An instalment was given for non-priority debt " + c.input.id() + "; non-priority debts "
                                + "are offered a pro-rata share instead, so it was not used.");
            }
        }
        return new PriorityPayments(remaining, start.minus(remaining), unmetAny);
    }

    /** {@code debt.pay.priority_instalments} for one group: in full, or shares in proportion to the instalments. */
    private static Pence payGroup(String name, List<ClassifiedDebt> group, Pence available,
                                  ExplanationBuilder explanation) {
        long due = group.stream().mapToLong(c -> due(c).value()).sum();
        boolean inFull = available.value() >= due || due == 0;
        if (inFull || group.size() == 1) {
            for (ClassifiedDebt c : group) {
                Pence pay = Pence.min(due(c), available);
                set(c, pay, due(c));
                explanation.step(DebtRules.PAY_PRIORITY_INSTALMENTS,
                        "Pay the stated instalment on " + c.ref() + (c.unmet.isPositive()
                                ? "; " + c.unmet + " of it cannot be met" : ""),
                        List.of(Fact.of("instalment", c.input.monthlyInstalmentPence() + " a month"),
                                Fact.of("balance", c.balance()), Fact.of("available before", available)),
                        pay + " a month");
                available = available.minus(pay);
            }
            return available;
        }
        long[] shares = shares(group, available.value(), c -> due(c).value());
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            ClassifiedDebt c = group.get(i);
            set(c, Pence.of(shares[i]), due(c));
            facts.add(Fact.of(c.input.id(), "instalment " + due(c) + ", share " + c.payment + ", short " + c.unmet));
        }
        explanation.step(DebtRules.PAY_PRIORITY_INSTALMENTS, "The " + available + " left cannot meet every "
                        + name + " instalment (" + Pence.of(due) + "), so it is shared in proportion to the "
                        + "instalments, each share rounded down and the pennies left given to the largest fractions",
                facts, available + " shared; nothing left for later groups", RoundingRule.DOWN_TO_PENNY);
        return Pence.ZERO;
    }

    /** {@code debt.pay.priority_surplus}: debts with no instalment share what is left by arrears, each up to its balance. */
    private static Pence payNoInstalment(List<ClassifiedDebt> debts, Pence available, ExplanationBuilder explanation) {
        long total = debts.stream().mapToLong(c -> c.balance().value()).sum();
        long[] shares = available.value() >= total ? debts.stream().mapToLong(c -> c.balance().value()).toArray()
                : shares(debts, available.value(), c -> c.balance().value());
        Pence given = Pence.ZERO;
        for (int i = 0; i < debts.size(); i++) {
            ClassifiedDebt c = debts.get(i);
            Pence pay = Pence.of(shares[i]);
            c.payment = pay;
            c.paymentBasis = pay.isZero() ? PaymentBasis.NOTHING_AVAILABLE : PaymentBasis.PRIORITY_AVAILABLE_SURPLUS;
            given = given.plus(pay);
            explanation.step(DebtRules.PAY_PRIORITY_SURPLUS,
                    "No instalment was stated for " + c.ref() + (debts.size() == 1
                            ? ", so it receives what is left, up to its balance"
                            : ", so it shares what is left with the other priority debts without one, in proportion "
                            + "to arrears, up to its balance"),
                    List.of(Fact.of("balance", c.balance()), Fact.of("available before", available)),
                    pay + " a month");
            explanation.assume("debt.priority_instalment_missing." + c.input.id(), AssumptionSource.DEFAULTED,
                    "No instalment was given for priority debt " + c.input.id() + ", so "
                            + (debts.size() == 1 ? "everything left after stated priority instalments goes to it, up "
                            + "to its balance" : "it shares what is left after stated priority instalments with the "
                            + "other priority debts without one, in proportion to arrears, up to its balance")
                            + " (priority debts are dealt with first). An adviser would normally agree an affordable "
                            + "instalment.");
        }
        return available.minus(given);
    }

    /** Largest-remainder shares of {@code pool} by {@code weight}, ties to the earlier debt; they add up to the pool. */
    static long[] shares(List<ClassifiedDebt> debts, long pool, ToLongFunction<ClassifiedDebt> weight) {
        long total = debts.stream().mapToLong(weight).sum();
        long[] out = new long[debts.size()];
        BigInteger[] rem = new BigInteger[debts.size()];
        long given = 0;
        for (int i = 0; i < debts.size(); i++) {
            BigInteger[] qr = BigInteger.valueOf(pool).multiply(BigInteger.valueOf(weight.applyAsLong(debts.get(i))))
                    .divideAndRemainder(BigInteger.valueOf(total));
            out[i] = qr[0].longValueExact();
            rem[i] = qr[1];
            given += out[i];
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < debts.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparing((Integer i) -> rem[i], Comparator.reverseOrder()).thenComparingInt(i -> i));
        for (int k = 0; k < pool - given; k++) {
            out[idx.get(k)]++;
        }
        return out;
    }

    private static Pence due(ClassifiedDebt c) {
        return Pence.min(c.input.monthlyInstalmentPence(), c.balance());
    }

    private static void set(ClassifiedDebt c, Pence pay, Pence due) {
        c.payment = pay;
        c.unmet = due.minus(pay);
        c.paymentBasis = c.unmet.isZero() ? PaymentBasis.PRIORITY_INSTALMENT
                : pay.isZero() ? PaymentBasis.NOTHING_AVAILABLE : PaymentBasis.PRIORITY_INSTALMENT_PARTLY_MET;
    }
}
