package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Thresholds the advice flags use, as versioned data chosen by the plan date. Each figure carries its source; none is
 * a licensed SFS figure. A plan date before the first version is refused with {@code rates_not_available} on
 * {@code planDate}, never answered with another version's figures.
 *
 * @param version                         id recorded in the ruleset version
 * @param effectiveFrom                   first plan date this version applies to
 * @param droMaxDebtsPence                Debt Relief Order: total qualifying debts at most this (£50,000 from 28 June
 *                                        2024)
 * @param droMaxMonthlySurplusPence       DRO: surplus income at most this a month (£75)
 * @param droMaxAssetsPence               DRO: assets at most this (£2,000)
 * @param droVehicleLimitPence            DRO: a vehicle must be worth less than this (£4,000 from 28 June 2024)
 * @param droSource                       where the DRO figures come from
 * @param bankruptcyPetitionMinimumPence  England and Wales: the least debt on which creditors can petition for
 *                                        bankruptcy (£5,000)
 * @param scotlandBankruptcyMinimumPence  Scotland: the least debt for a creditor's bankruptcy petition (£3,000)
 * @param bankruptcySource                where the bankruptcy figures come from
 * @param breathingSpaceDays              standard Breathing Space length in days (60)
 * @param breathingSpaceSource            where the Breathing Space facts come from
 * @param longRepaymentMonths             Hearth's own trigger (not law): non-priority debts that would take longer than
 *                                        this to clear at the planned payments suggest formal options are worth advice
 */
public record DebtThresholds(String version, LocalDate effectiveFrom, Pence droMaxDebtsPence,
                             Pence droMaxMonthlySurplusPence, Pence droMaxAssetsPence, Pence droVehicleLimitPence,
                             String droSource, Pence bankruptcyPetitionMinimumPence,
                             Pence scotlandBankruptcyMinimumPence, String bankruptcySource, int breathingSpaceDays,
                             String breathingSpaceSource, int longRepaymentMonths) {

    /** Every version held, oldest first. */
    public static final List<DebtThresholds> VERSIONS = List.of(
            new DebtThresholds("debt-thresholds.2025-04-06.v1", LocalDate.of(2025, 4, 6),
                    Pence.ofPounds("50000"), Pence.ofPounds("75"), Pence.ofPounds("2000"), Pence.ofPounds("4000"),
                    "Business Debtline DRO fact sheet and CAP UK (debt limit £50,000 and vehicle limit £4,000 from "
                            + "28 June 2024; surplus £75 a month; assets £2,000; application fee removed from "
                            + "6 April 2024) [S]; the Insolvency Act 1986 Sch 4ZA figures were not read",
                    Pence.ofPounds("5000"), Pence.ofPounds("3000"),
                    "StepChange: bankruptcy minimum £5,000 in England and Wales, £3,000 in Scotland [S]",
                    60,
                    "Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England "
                            + "and Wales) Regulations 2020, in force 4 May 2021, as described by MoneyHelper, Shelter "
                            + "and council guidance (uk-rules.md §3.5) [S]; the regulations were not read",
                    60));

    /**
     * The version in force on {@code date}.
     *
     * @throws InvalidInputException field {@code planDate}, code {@code rates_not_available}, before the first version
     */
    public static DebtThresholds forDate(LocalDate date) {
        return VERSIONS.stream()
                .filter(v -> !date.isBefore(v.effectiveFrom()))
                .max(Comparator.comparing(DebtThresholds::effectiveFrom))
                .orElseThrow(() -> new InvalidInputException(List.of(new Violation("planDate", "rates_not_available",
                        "debt rules are held only for plan dates from " + VERSIONS.get(0).effectiveFrom()))));
    }
}
