package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order debts are dealt with (uk-rules.md §3.3, derived from the CPAG principle and Citizens Advice):
 * <ol>
 *   <li>{@code debt.order.imminent_enforcement}: debts whose next irreversible enforcement step is an emergency come
 *       first, then debts with enforcement under way further off; within each, the most severe step first, then the
 *       earliest ({@link EnforcementAssessment});</li>
 *   <li>{@code debt.order.sanction}: then by the creditor's remedy: home, liberty, essential services, essential
 *       goods, other priority, non-priority ({@link SanctionCategory#rank()});</li>
 *   <li>{@code debt.order.tie_break}: then the larger balance, then the order the debts were given in.</li>
 * </ol>
 */
final class PriorityOrder {

    /**
     * The order as a comparator: emergency enforcement, then other enforcement under way (each by the most severe next
     * step, then the earliest), then remedy, larger balance, input order.
     */
    static final Comparator<ClassifiedDebt> ORDER = Comparator
            .comparingInt((ClassifiedDebt c) -> c.enforcement.level().ordinal())
            .thenComparingInt(c -> -c.enforcement.severity())
            .thenComparing(c -> c.imminent() ? c.enforcement.nextStepDate() : LocalDate.MIN)
            .thenComparingInt(c -> c.category.rank())
            .thenComparing(ClassifiedDebt::balance, Comparator.reverseOrder())
            .thenComparingInt(c -> c.index);

    private PriorityOrder() {
    }

    /** The debts in the order they are dealt with, each of the three rules explained where it decided something. */
    static List<ClassifiedDebt> order(List<ClassifiedDebt> debts, ExplanationBuilder explanation) {
        List<ClassifiedDebt> ordered = debts.stream().sorted(ORDER).collect(Collectors.toList());
        explainImminentEnforcement(ordered, explanation);
        explainSanctionOrder(ordered, explanation);
        explainTieBreaks(ordered, explanation);
        return ordered;
    }

    private static void explainImminentEnforcement(List<ClassifiedDebt> ordered, ExplanationBuilder explanation) {
        List<ClassifiedDebt> imminent = ordered.stream().filter(ClassifiedDebt::imminent).toList();
        if (imminent.isEmpty()) {
            return;
        }
        List<Fact> inputs = new ArrayList<>();
        for (ClassifiedDebt c : imminent) {
            inputs.add(Fact.of(c.input.id(), c.enforcement.level() + ": " + c.enforcement.nextStep() + " from "
                    + c.enforcement.nextStepDate() + " (severity " + c.enforcement.severity() + "; "
                    + c.enforcement.deciding().action().label() + " on " + c.enforcement.deciding().date() + ")"));
        }
        explanation.step(DebtRules.ORDER_IMMINENT_ENFORCEMENT,
                "Debts with enforcement under way come first, emergencies before the rest; each by the severity of "
                        + "the next step, then its date", inputs,
                imminent.stream().map(c -> c.input.id()).collect(Collectors.joining(", ")));
    }

    private static void explainSanctionOrder(List<ClassifiedDebt> ordered, ExplanationBuilder explanation) {
        List<Fact> inputs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ClassifiedDebt c = ordered.get(i);
            inputs.add(Fact.of((i + 1) + ". " + c.input.id(), (c.imminent() ? "enforcement under way; " : "")
                    + c.status + ", " + c.category.label() + ", balance " + c.balance()));
        }
        explanation.step(DebtRules.ORDER_SANCTION,
                "Order: home, liberty, essential services, essential goods, other priority, then non-priority",
                inputs, ordered.isEmpty() ? "no debts" : ordered.stream().map(c -> c.input.id())
                        .collect(Collectors.joining(", ")));
    }

    private static void explainTieBreaks(List<ClassifiedDebt> ordered, ExplanationBuilder explanation) {
        List<Fact> ties = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            ClassifiedDebt a = ordered.get(i - 1);
            ClassifiedDebt b = ordered.get(i);
            if (samePlaceInOrder(a, b)) {
                String why = a.balance().equals(b.balance()) ? "equal balances, so input order"
                        : "larger balance first (" + a.balance() + " before " + b.balance() + ")";
                ties.add(Fact.of(a.input.id() + " before " + b.input.id(), why));
            }
        }
        if (!ties.isEmpty()) {
            explanation.step(DebtRules.ORDER_TIE_BREAK,
                    "Debts in the same place in the order are put larger balance first, then in the order given",
                    ties, ties.size() + (ties.size() == 1 ? " tie broken" : " ties broken"));
        }
    }

    /** Same enforcement state (and date), same remedy: only the tie-break separates them. */
    private static boolean samePlaceInOrder(ClassifiedDebt a, ClassifiedDebt b) {
        return a.enforcement.level() == b.enforcement.level() && a.category == b.category
                && a.enforcement.severity() == b.enforcement.severity()
                && (!a.imminent() || a.enforcement.nextStepDate().equals(b.enforcement.nextStepDate()));
    }
}
