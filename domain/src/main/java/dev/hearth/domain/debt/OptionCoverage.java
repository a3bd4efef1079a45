package dev.hearth.domain.debt;

import java.util.List;
import java.util.Objects;

/**
 * Which of the plan's debts a debt option would and would not cover, with the legislation. It never says the person
 * qualifies for the option (the advice flags say what an adviser must check); it says what the option could reach.
 *
 * @param option        the option
 * @param legislation   the legislation that decides coverage, with the confidence mark
 * @param covered       ids of the debts it would cover
 * @param excluded      the debts it would not cover, each with the provision that excludes it
 * @param notConfirmed  ids of debts whose coverage was not confirmed in a source read (an adviser must check)
 */
public record OptionCoverage(DebtOption option, String legislation, List<String> covered,
                             List<ExcludedDebt> excluded, List<String> notConfirmed) {
    public OptionCoverage {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(legislation, "legislation");
        covered = List.copyOf(covered);
        excluded = List.copyOf(excluded);
        notConfirmed = List.copyOf(notConfirmed);
    }

    /**
     * A debt an option would not cover.
     *
     * @param id     the debt's id
     * @param reason the provision that excludes it, in plain English with the reference
     */
    public record ExcludedDebt(String id, String reason) {
    }
}
