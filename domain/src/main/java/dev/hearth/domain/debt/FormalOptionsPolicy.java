package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.util.ArrayList;
import java.util.List;

import static dev.hearth.domain.debt.AdviceFlags.flag;

/**
 * {@code debt.flag.formal_options}: formal options (a Debt Relief Order, an IVA or bankruptcy, or their Scottish
 * equivalents) may be worth advice when only token payments are possible, a non-priority debt receives nothing, or the
 * non-priority debts would take more than {@link DebtThresholds#longRepaymentMonths()} months to clear at the planned
 * payments (Hearth's own trigger, not law [D]). The flag states the bankruptcy petition minimum for the nation
 * (StepChange [S]).
 */
final class FormalOptionsPolicy {

    private FormalOptionsPolicy() {
    }

    static List<AdviceFlag> check(List<ClassifiedDebt> ordered, PaymentAllocation allocation, Nation nation,
                                  DebtThresholds t, ExplanationBuilder explanation) {
        List<ClassifiedDebt> np = ordered.stream().filter(c -> !c.priority()).toList();
        if (np.isEmpty()) {
            return List.of();
        }
        Pence npTotal = np.stream().map(ClassifiedDebt::balance).reduce(Pence.ZERO, Pence::plus);
        long longest = np.stream().filter(c -> c.payment.isPositive())
                .mapToLong(c -> ClassifiedDebt.monthsToClear(c.balance(), c.payment)).max().orElse(0);
        boolean nothingPaid = np.stream().anyMatch(c -> c.payment.isZero());
        boolean tooLong = longest > t.longRepaymentMonths();
        boolean token = allocation.tokenPaymentsOnly();
        boolean flagged = token || tooLong || nothingPaid;
        explanation.step(DebtRules.FLAG_FORMAL_OPTIONS, "Check how long non-priority debts would take to clear",
                List.of(Fact.of("non-priority balances", npTotal),
                        Fact.of("longest time to clear at planned payments", longest + " months"),
                        Fact.of("Hearth trigger", "more than " + t.longRepaymentMonths()
                                + " months, or token payments only")),
                flagged ? "flagged" : "not flagged");
        if (!flagged) {
            return List.of();
        }
        boolean scotland = nation == Nation.SCOTLAND;
        Pence petition = scotland ? t.scotlandBankruptcyMinimumPence() : t.bankruptcyPetitionMinimumPence();
        List<String> facts = new ArrayList<>();
        if (token) {
            facts.add("only token payments can be offered to non-priority creditors");
        } else if (tooLong) {
            facts.add("at the planned payments the non-priority debts would take up to " + longest + " months to "
                    + "clear (Hearth's trigger is " + t.longRepaymentMonths() + " months; not law)");
        }
        facts.add("non-priority balances total " + npTotal);
        facts.add((scotland ? "in Scotland" : "in England and Wales") + " creditors owed at least " + petition
                + " can petition for bankruptcy (" + t.bankruptcySource() + ")");
        return List.of(flag(DebtRules.FLAG_FORMAL_OPTIONS, "Formal debt options may be worth advice",
                "Repaying the non-priority debts this way would take a very long time or is not possible, so an "
                        + "adviser should look at formal options (for example a Debt Relief Order, an IVA or "
                        + "bankruptcy in England and Wales, or their Scottish equivalents).", facts,
                List.of("the person's full circumstances: formal options have serious consequences")));
    }
}
