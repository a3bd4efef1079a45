package dev.hearth.domain.debt;

import dev.hearth.domain.rates.Confidence;
import dev.hearth.domain.rates.Sourced;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The further figures the advice flags state or test, beside the limits in {@link DebtThresholds}: as versioned data
 * chosen by the plan date, each figure with its source and how sure we are of it (marks as in {@code uk-rules.md}).
 * Figures marked {@link Confidence#UNCONFIRMED} are stated as the code has always stated them but were not found in a
 * source read for Hearth.
 *
 * @param version                      id of this version
 * @param effectiveFrom                first plan date this version applies to (the same as {@link DebtThresholds})
 * @param breathingSpaceExcludedDebts  debts a standard Breathing Space does not cover, among the types Hearth knows
 *                                     (court fines, UC advances, student loans; the regulations list more)
 * @param breathingSpaceRepeatMonths   a standard Breathing Space is not available within this many months of the last
 *                                     one (12)
 * @param mentalHealthCrisisExtraDays  a mental health crisis Breathing Space lasts for the treatment plus this many days
 *                                     (30)
 * @param droMoratoriumMonths          after a Debt Relief Order most creditors cannot take action for this many months
 *                                     (12), then qualifying debts are written off
 * @param droResidenceYears            a DRO needs residence or work in England or Wales within this many years (3)
 * @param droRepeatYears               a DRO is not available within this many years of a previous one (6)
 */
record DebtAdviceFigures(String version, LocalDate effectiveFrom,
                                Sourced<Set<DebtType>> breathingSpaceExcludedDebts,
                                Sourced<Integer> breathingSpaceRepeatMonths,
                                Sourced<Integer> mentalHealthCrisisExtraDays, Sourced<Integer> droMoratoriumMonths,
                                Sourced<Integer> droResidenceYears, Sourced<Integer> droRepeatYears) {

    private static final String BREATHING_SPACE = "Debt Respite Scheme (Breathing Space Moratorium and Mental Health "
            + "Crisis Moratorium) (England and Wales) Regulations 2020 (SI 2020/1311), as described by MoneyHelper and "
            + "Shelter (uk-rules.md §3.5) [S]; the regulations were not read";

    private static final String DRO_UNCONFIRMED = "stated with the Debt Relief Order limits (Business Debtline DRO fact "
            + "sheet and CAP UK, see DebtThresholds) but not checked in a source read for Hearth [U]";

    /** Every version held, oldest first. */
    static final List<DebtAdviceFigures> VERSIONS = List.of(new DebtAdviceFigures(
            "debt-advice-figures.2025-04-06.v1", LocalDate.of(2025, 4, 6),
            Sourced.secondary(Set.of(DebtType.MAGISTRATES_COURT_FINE, DebtType.UC_ADVANCE, DebtType.STUDENT_LOAN,
                            DebtType.CHILD_MAINTENANCE),
                    "SI 2020/1311 reg 5(4)(d) court fines and (h) student loans [P: legislation.gov.uk]; UC advances "
                            + "(peterborough.gov.uk) and child support arrears (financialwellnessgroup.co.uk) [S]; "
                            + "reg 5(4)(f), (g), (i) and (j) were not available in a source read"),
            Sourced.secondary(12, BREATHING_SPACE),
            Sourced.secondary(30, "SI 2020/1311 as described by MoneyHelper, staffordshire.gov.uk and camden.gov.uk "
                    + "(uk-rules.md §3.5) [S]"),
            new Sourced<>(12, DRO_UNCONFIRMED, Confidence.UNCONFIRMED),
            new Sourced<>(3, DRO_UNCONFIRMED, Confidence.UNCONFIRMED),
            new Sourced<>(6, DRO_UNCONFIRMED, Confidence.UNCONFIRMED)));

    /**
     * The version in force on {@code date}.
     *
     * @throws InvalidInputException field {@code planDate}, code {@code rates_not_available}, before the first version
     */
    static DebtAdviceFigures forDate(LocalDate date) {
        return VERSIONS.stream()
                .filter(v -> !date.isBefore(v.effectiveFrom()))
                .max(Comparator.comparing(DebtAdviceFigures::effectiveFrom))
                .orElseThrow(() -> new InvalidInputException(List.of(new Violation("planDate", "rates_not_available",
                        "debt rules are held only for plan dates from " + VERSIONS.get(0).effectiveFrom()))));
    }
}
