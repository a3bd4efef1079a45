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
 *   <li>{@code debt.order.imminent_enforcement}: any debt with enforcement under way first, earliest date first;</li>
 *   <li>{@code debt.order.sanction}: then by the creditor's remedy: home, liberty, essential services, essential
 *       goods, other priority, non-priority ({@link SanctionCategory#rank()});</li>
 *   <li>{@code debt.order.tie_break}: then the larger balance, then the order the debts were given in.</li>
 * </ol>
 */
final class PriorityOrder {

    /** The order as a comparator: enforcement under way (by date), remedy, larger balance, input order. */
    static final Comparator<ClassifiedDebt> ORDER = Comparator
            .comparing((ClassifiedDebt c) -> c.imminent() ? 0 : 1)
            .thenComparing(c -> c.imminent() ? c.input.enforcement().date() : LocalDate.MIN)
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
            inputs.add(Fact.of(c.input.id(), c.input.enforcement().action().label() + " on "
                    + c.input.enforcement().date()));
        }
        explanation.step(DebtRules.ORDER_IMMINENT_ENFORCEMENT,
                "Debts with enforcement under way come first, earliest date first", inputs,
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
        return a.imminent() == b.imminent() && a.category == b.category
                && (!a.imminent() || a.input.enforcement().date().equals(b.input.enforcement().date()));
    }
}
