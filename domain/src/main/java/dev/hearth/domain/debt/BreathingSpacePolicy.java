package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;

import java.util.ArrayList;
import java.util.List;

import static dev.hearth.domain.debt.AdviceFlags.describe;
import static dev.hearth.domain.debt.AdviceFlags.flag;

/**
 * Breathing Space, England and Wales: Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis
 * Moratorium) (England and Wales) Regulations 2020 (SI 2020/1311), as described by MoneyHelper, Shelter and council
 * guidance (uk-rules.md §3.5) [S].
 * <ul>
 *   <li>{@code debt.flag.mental_health_crisis_breathing_space}: the person is receiving mental health crisis treatment
 *       and has a qualifying debt, and is not in a formal insolvency procedure.</li>
 *   <li>{@code debt.flag.breathing_space}: enforcement is under way or the budget cannot meet the debts, the person has
 *       a qualifying debt, is not known to be in a formal insolvency procedure and is not known to have had a standard
 *       Breathing Space in the last {@link DebtAdviceFigures#breathingSpaceRepeatMonths()} months.</li>
 * </ul>
 * A qualifying debt is any debt not in {@link DebtAdviceFigures#breathingSpaceExcludedDebts()}.
 */
final class BreathingSpacePolicy {

    private BreathingSpacePolicy() {
    }

    static List<AdviceFlag> check(List<ClassifiedDebt> ordered, DebtAdviceFacts facts, AdviceFlags.Pressure pressure,
                                  DebtThresholds thresholds, DebtAdviceFigures figures,
                                  ExplanationBuilder explanation) {
        List<AdviceFlag> flags = new ArrayList<>();
        boolean qualifyingDebt = ordered.stream()
                .anyMatch(c -> !figures.breathingSpaceExcludedDebts().value().contains(c.type));
        boolean insolvent = Boolean.TRUE.equals(facts.inInsolvencyProcedure());
        boolean recent = Boolean.TRUE.equals(facts.standardBreathingSpaceInLast12Months());
        int repeatMonths = figures.breathingSpaceRepeatMonths().value();
        if (facts.mentalHealthCrisisTreatment() && qualifyingDebt && !insolvent) {
            flags.add(mentalHealthCrisis(thresholds, figures, explanation));
        }
        boolean flagged = pressure.any() && qualifyingDebt && !insolvent && !recent;
        explanation.step(DebtRules.FLAG_BREATHING_SPACE, "Check whether a standard Breathing Space may be worth "
                        + "advice",
                List.of(Fact.of("pressure on the budget or enforcement under way", pressure.any()),
                        Fact.of("a qualifying debt (not only fines, UC advances or student loans)", qualifyingDebt),
                        Fact.of("in a formal insolvency procedure", describe(facts.inInsolvencyProcedure())),
                        Fact.of("standard Breathing Space in the last " + repeatMonths + " months",
                                describe(facts.standardBreathingSpaceInLast12Months()))),
                flagged ? "flagged" : "not flagged");
        if (!flagged) {
            return flags;
        }
        List<String> toCheck = new ArrayList<>();
        if (facts.inInsolvencyProcedure() == null) {
            toCheck.add("whether the person is in a DRO, IVA, interim order or undischarged bankruptcy");
        }
        if (facts.standardBreathingSpaceInLast12Months() == null) {
            toCheck.add("whether a standard Breathing Space was used in the last " + repeatMonths + " months");
        }
        List<String> cited = new ArrayList<>(pressure.reasons());
        cited.add("standard Breathing Space lasts up to " + thresholds.breathingSpaceDays() + " days: most interest, "
                + "fees and charges are frozen and most enforcement and creditor contact paused");
        cited.add("ongoing rent or mortgage, utilities and taxes must still be paid");
        cited.add("access only through an FCA-authorised debt adviser");
        cited.add("not available in a DRO, IVA, interim order or undischarged bankruptcy, or within " + repeatMonths
                + " months of a previous standard Breathing Space");
        cited.add("source: " + thresholds.breathingSpaceSource());
        flags.add(flag(DebtRules.FLAG_BREATHING_SPACE, "Breathing Space may be worth advice",
                "A standard Breathing Space could pause enforcement and freeze most interest and charges while "
                        + "the debts are sorted out.", cited, toCheck));
        return flags;
    }

    /** {@code debt.flag.mental_health_crisis_breathing_space}. */
    private static AdviceFlag mentalHealthCrisis(DebtThresholds thresholds, DebtAdviceFigures figures,
                                                 ExplanationBuilder explanation) {
        explanation.step(DebtRules.FLAG_MENTAL_HEALTH_CRISIS, "The person is receiving mental health crisis "
                + "treatment", List.of(Fact.of("mental health crisis treatment", true)), "flagged");
        return flag(DebtRules.FLAG_MENTAL_HEALTH_CRISIS, "Mental health crisis Breathing Space",
                "The person is receiving mental health crisis treatment: a mental health crisis Breathing "
                        + "Space lasts for the treatment plus " + figures.mentalHealthCrisisExtraDays().value()
                        + " days, can be used more than once a year, and needs evidence from an Approved Mental "
                        + "Health Professional rather than debt advice.",
                List.of("source: " + thresholds.breathingSpaceSource()),
                List.of("evidence from an Approved Mental Health Professional"));
    }
}
