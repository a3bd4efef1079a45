package dev.hearth.domain.uc;

import dev.hearth.domain.person.Age;
import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.validation.Violations;
import dev.hearth.domain.validation.IndexedPath;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@link UcEstimateRequest} and reports every problem at once, with field paths as the caller named them.
 * Dates are judged against the assessment period, never against today. Messages never echo the submitted value.
 * The housing facts are checked by the housing engine (see {@link UniversalCredit}).
 */
final class UcValidation {

    /** Field paths of list elements as the caller named them, e.g. {@code children[1]}. */
    private static final IndexedPath CHILD_PATHS = IndexedPath.of("children");
    private static final IndexedPath CLAIMANT_PATHS = IndexedPath.of("claimants");
    private static final IndexedPath DEDUCTION_PATHS = IndexedPath.of("deductions");
    private static final IndexedPath OTHER_INCOME_PATHS = IndexedPath.of("otherIncome");

    /** The latest period start whose end can be written as a date; any later one has no rates anyway. */
    private static final LocalDate LATEST_START = LocalDate.MAX.minusMonths(1);
    /**
     * Age rules (reg 5's birthdays and 1st Septembers) are worked out only for periods ending before this day: later
     * periods are refused as having no rates, and a birthday near {@link LocalDate#MAX} cannot be represented.
     */
    private static final LocalDate LAST_DAY_FOR_AGE_RULES = LocalDate.of(9999, 1, 1);
    /** The earliest plausible date of birth. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** UC can be claimed from 16 (UC Regs reg 8 lists when a 16 or 17 year old is entitled): from the rules data. */
    static final int MINIMUM_CLAIMANT_AGE = dev.hearth.domain.rates.UcRuleFigures.MINIMUM_CLAIMANT_AGE.value();
    /** State Pension age is at least 66 for everyone reaching it from 2020, and at most 67 for anyone alive who can reach it before 2044. */
    static final int LOWEST_STATE_PENSION_AGE = 66;
    static final int HIGHEST_STATE_PENSION_AGE = 67;

    private static final Set<DisabilityBenefit> CHILD_HIGHER_RATE_BENEFITS = EnumSet.of(DisabilityBenefit.DLA_CARE_HIGHEST,
            DisabilityBenefit.CDP_CARE_HIGHEST, DisabilityBenefit.PIP_DAILY_LIVING_ENHANCED,
            DisabilityBenefit.ADP_DAILY_LIVING_ENHANCED);
    private static final Set<DisabilityBenefit> CHILD_DISABLED_BENEFITS = EnumSet.of(DisabilityBenefit.DLA_CARE_LOWEST,
            DisabilityBenefit.DLA_CARE_MIDDLE, DisabilityBenefit.DLA_CARE_HIGHEST, DisabilityBenefit.CDP_CARE_LOWEST,
            DisabilityBenefit.CDP_CARE_MIDDLE, DisabilityBenefit.CDP_CARE_HIGHEST, DisabilityBenefit.PIP_DAILY_LIVING_STANDARD,
            DisabilityBenefit.PIP_DAILY_LIVING_ENHANCED, DisabilityBenefit.ADP_DAILY_LIVING_STANDARD,
            DisabilityBenefit.ADP_DAILY_LIVING_ENHANCED);

    private UcValidation() {
    }

    /**
     * Adds every violation found to {@code v} and returns the rates for the period, or {@code null} when the period is
     * missing or has no rates.
     */
    static UcRates validate(UcEstimateRequest request, Violations v) {
        LocalDate start = request.assessmentPeriodStart();
        UcRates rates = null;
        if (start == null) {
            v.add("assessmentPeriodStart", "required", "the first day of the assessment period is required");
        } else {
            rates = UcRatesSchedule.forPeriodStarting(start).orElse(null);
            if (rates == null) {
                v.add("assessmentPeriodStart", "rates_not_available",
                        "Hearth holds Universal Credit rates only for assessment periods starting from 7 April 2025 to "
                                + "31 March 2027");
            }
        }
        if (request.nation() == null) {
            v.add("nation", "required", "the nation the household lives in is required");
        } else if (request.nation() == Nation.NORTHERN_IRELAND) {
            v.add("nation", "not_supported",
                    "Northern Ireland has its own Universal Credit regulations, which this engine does not apply");
        }
        // A rough end of period for date checks: the period is one month (reg 21).
        // (the last representable months have no period end: their start is refused above as having no rates)
        LocalDate end = start == null ? null : start.isAfter(LATEST_START) ? LocalDate.MAX : start.plusMonths(1).minusDays(1);
        claimants(request.claimants(), start, v);
        children(request.children(), start, end, v);
        money(request.capitalPence(), "capitalPence", v);
        otherIncome(request.otherIncome(), v);
        childcare(request.childcare(), request.children(), v);
        deductions(request.deductions(), v);
        if (request.housing() != null && request.housing().rent() == null) {
            v.add("housing.rent", "required", "the rent is required when housing costs are claimed");
        }
        return rates;
    }

    private static void claimants(List<Claimant> claimants, LocalDate start, Violations v) {
        if (claimants == null || claimants.isEmpty()) {
            v.add("claimants", "required", "one claimant, or two joint claimants, are required");
            return;
        }
        if (claimants.size() > 2) {
            v.add("claimants", "too_many", "a claim is made by one person or by a couple, never more than two");
            return;
        }
        for (int i = 0; i < claimants.size(); i++) {
            String path = CLAIMANT_PATHS.at(i);
            Claimant c = claimants.get(i);
            if (c == null) {
                v.add(path, "required", "a claimant cannot be empty");
                continue;
            }
            money(c.netEarningsPence(), path + ".netEarningsPence", v);
            LocalDate dob = c.dateOfBirth();
            if (dob == null) {
                v.add(path + ".dateOfBirth", "required", "a date of birth is required");
            } else if (dob.isBefore(EARLIEST_BIRTH)) {
                v.add(path + ".dateOfBirth", "implausible", "the date of birth is not plausible");
            } else if (start != null) {
                if (!dob.isBefore(start)) {
                    v.add(path + ".dateOfBirth", "not_before_period_start",
                            "a claimant's date of birth must be before the assessment period starts");
                } else {
                    int age = Age.completeYears(dob, start);
                    if (age < MINIMUM_CLAIMANT_AGE) {
                        v.add(path + ".dateOfBirth", "too_young",
                                "a claimant must be at least " + MINIMUM_CLAIMANT_AGE + " on the first day of the assessment period");
                    }
                    if (c.reachedStatePensionAge() && age < LOWEST_STATE_PENSION_AGE) {
                        v.add(path + ".reachedStatePensionAge", "inconsistent_with_date_of_birth",
                                "State Pension age is at least 66, so this claimant cannot have reached it");
                    } else if (!c.reachedStatePensionAge() && age >= HIGHEST_STATE_PENSION_AGE) {
                        v.add(path + ".reachedStatePensionAge", "inconsistent_with_date_of_birth",
                                "State Pension age is at most 67, so this claimant has reached it");
                    }
                }
            }
            if (c.lcwElementFromBeforeApril2017() && c.workCapability() == WorkCapability.NONE) {
                v.add(path + ".lcwElementFromBeforeApril2017", "inconsistent_with_work_capability",
                        "the LCW element needs limited capability for work");
            }
        }
    }

    private static void children(List<Child> children, LocalDate start, LocalDate end, Violations v) {
        for (int i = 0; i < children.size(); i++) {
            String path = CHILD_PATHS.at(i);
            Child c = children.get(i);
            if (c == null) {
                v.add(path, "required", "a child cannot be empty");
                continue;
            }
            LocalDate dob = c.dateOfBirth();
            if (dob == null) {
                v.add(path + ".dateOfBirth", "required", "a date of birth is required");
            } else if (dob.isBefore(EARLIEST_BIRTH)) {
                v.add(path + ".dateOfBirth", "implausible", "the date of birth is not plausible");
            } else if (start != null) {
                if (dob.isAfter(end)) {
                    v.add(path + ".dateOfBirth", "after_period_end",
                            "a child must be born by the last day of the assessment period");
                } else if (end.isBefore(LAST_DAY_FOR_AGE_RULES)) {
                    switch (QualifyingYoungPerson.statusForPeriodEnding(c, end)) {
                        case TOO_OLD -> v.add(path + ".dateOfBirth", "too_old_to_count",
                                "from the 1st September following their 19th birthday a person is neither a child nor a "
                                        + "qualifying young person (UC Regs reg 5(1)(b)); leave them out");
                        case NOT_IN_EDUCATION_OR_TRAINING -> v.add(path + ".qualifyingYoungPerson", "required_from_16",
                                "from the 1st September following their 16th birthday a young person counts only while "
                                        + "enrolled on, or accepted for, approved training or a non-advanced course of more "
                                        + "than 12 hours a week at a school or college, not through a job, and begun before "
                                        + "19 (UC Regs reg 5(1)(b), (2), (3)); mark them so or leave them out");
                        case CHILD, QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16,
                             QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING -> { }
                    }
                }
            }
            if (c.disabledChildRate() != DisabledChildRate.HIGHER && containsAny(c.disabilityBenefits(), CHILD_HIGHER_RATE_BENEFITS)) {
                v.add(path + ".disabledChildRate", "inconsistent_with_disability_benefits",
                        "the disability benefits given for this child qualify for the higher rate (UC Regs reg 24(2)(b))");
            } else if (c.disabledChildRate() == DisabledChildRate.NONE && containsAny(c.disabilityBenefits(), CHILD_DISABLED_BENEFITS)) {
                v.add(path + ".disabledChildRate", "inconsistent_with_disability_benefits",
                        "the disability benefits given for this child qualify for a disabled child addition "
                                + "(UC Regs reg 24(2))");
            }
        }
    }

    private static void otherIncome(List<OtherIncome> incomes, Violations v) {
        for (int i = 0; i < incomes.size(); i++) {
            String path = OTHER_INCOME_PATHS.at(i);
            OtherIncome income = incomes.get(i);
            if (income == null) {
                v.add(path, "required", "an income entry cannot be empty");
                continue;
            }
            if (income.type() == null) {
                v.add(path + ".type", "required", "the type of income is required");
            }
            if (income.amountPence() == null) {
                v.add(path + ".amountPence", "required", "the amount for the assessment period is required (it may be 0)");
            } else {
                money(income.amountPence(), path + ".amountPence", v);
            }
        }
    }

    private static void childcare(Childcare childcare, List<Child> children, Violations v) {
        if (childcare == null) {
            return;
        }
        if (childcare.costsPaidPence() == null) {
            v.add("childcare.costsPaidPence", "required", "the childcare costs paid in the period are required");
        } else {
            money(childcare.costsPaidPence(), "childcare.costsPaidPence", v);
        }
        if (childcare.childrenCared() < 1) {
            v.add("childcare.childrenCared", "must_be_at_least_one", "childcare costs are for at least one child");
        } else if (childcare.childrenCared() > children.size()) {
            v.add("childcare.childrenCared", "more_than_children",
                    "childcare costs cannot be for more children than the claimants are responsible for");
        }
    }

    private static void deductions(List<DeductionRequest> deductions, Violations v) {
        for (int i = 0; i < deductions.size(); i++) {
            String path = DEDUCTION_PATHS.at(i);
            DeductionRequest d = deductions.get(i);
            if (d == null) {
                v.add(path, "required", "a deduction cannot be empty");
                continue;
            }
            if (d.type() == null) {
                v.add(path + ".type", "required", "the type of deduction is required");
            }
            if (d.amountPence() == null) {
                if (d.type() != DeductionType.RENT_ARREARS) {
                    v.add(path + ".amountPence", "required", "the amount of the deduction is required");
                }
            } else {
                money(d.amountPence(), path + ".amountPence", v);
            }
        }
    }

    /** An amount is zero or more, and at most {@link Pence#MAX_INPUT}. */
    private static void money(Pence amount, String field, Violations v) {
        if (amount != null && amount.isNegative()) {
            v.add(field, "must_not_be_negative", "an amount of money cannot be negative");
        }
        v.requireWithinInputLimit(amount, field);
    }

    private static boolean containsAny(Set<DisabilityBenefit> given, Set<DisabilityBenefit> wanted) {
        if (given.isEmpty()) {
            return false;
        }
        for (DisabilityBenefit benefit : given) {
            if (wanted.contains(benefit)) {
                return true;
            }
        }
        return false;
    }
}
