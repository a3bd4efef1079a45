package dev.hearth.domain.housing;

import dev.hearth.domain.person.Age;
import dev.hearth.domain.housing.HousingCostsInput.Child;
import dev.hearth.domain.housing.HousingCostsInput.Claimant;
import dev.hearth.domain.housing.HousingCostsInput.FosterCarerStatus;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.Violations;
import dev.hearth.domain.validation.IndexedPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link HousingCostsInput} and reports every problem at once. Field paths use the record component names
 * (e.g. {@code children[1].dateOfBirth}); messages never echo the submitted value.
 */
final class HousingInputValidator {

    /** Field paths of list elements as the caller named them, e.g. {@code children[1]}. */
    private static final IndexedPath CHILD_PATHS = IndexedPath.of("children");
    private static final IndexedPath CLAIMANT_PATHS = IndexedPath.of("claimants");
    private static final IndexedPath NON_DEPENDANT_PATHS = IndexedPath.of("nonDependants");

    /** Oldest age Hearth accepts for anyone; beyond it a date of birth is taken as a typing error. */
    static final int OLDEST_PLAUSIBLE_AGE = 125;
    /** A claimant must be at least 16 (UC Regs reg 8 allows some 16 and 17 year olds to claim). */
    static final int YOUNGEST_CLAIMANT_AGE = 16;
    /** A qualifying young person is under 20 (UC Regs reg 5); anyone older is not a child of the benefit unit. */
    static final int CHILD_AGE_LIMIT = 20;

    /** Every LHA category, in declaration order (the order an EnumMap keeps them in). */
    private static final LhaCategory[] CATEGORIES = LhaCategory.values();
    /** The field path of each supplied LHA rate, by category ordinal: built once, not on every check. */
    private static final String[] RATE_FIELDS = new String[CATEGORIES.length];

    static {
        for (LhaCategory category : CATEGORIES) {
            RATE_FIELDS[category.ordinal()] = "lha.monthlyRatesPence." + category.name();
        }
    }

    private HousingInputValidator() {
    }

    static void validate(HousingCostsInput input, LocalDate periodStart) {
        validate(input, periodStart, periodStart == null ? null : periodStart.plusMonths(1).minusDays(1));
    }

    /**
     * As {@link #validate(HousingCostsInput, LocalDate)}, given the period's last day as the engine has already worked it
     * out ({@code null} when {@code periodStart} is).
     */
    static void validate(HousingCostsInput input, LocalDate periodStart, LocalDate lastDay) {
        Violations v = new Violations();
        if (periodStart == null) {
            v.add("periodStart", "required", "the first day of the assessment period is required");
        }
        if (input == null) {
            v.add("input", "required", "the housing facts are required");
            v.throwIfAny();
            return;
        }

        v.require(input.tenure() != null, "tenure", "required", "say whether the landlord is social or private");
        payment(v, "rent", "rent.amountPence", input.rent(), true);
        payment(v, "eligibleServiceCharges", "eligibleServiceCharges.amountPence", input.eligibleServiceCharges(),
                false);
        payment(v, "chargesNotCovered", "chargesNotCovered.amountPence", input.chargesNotCovered(), false);
        if (input.tenure() == Tenure.PRIVATE && input.chargesNotCovered() != null) {
            v.add("chargesNotCovered", "not_applicable_to_tenure",
                    "charges for water or fuel are deducted only from social-sector rent (Sch 4 para 31); in the "
                            + "private sector the rent is compared with the LHA as it is");
        }
        v.require(input.bedrooms() >= 0, "bedrooms", "must_not_be_negative", "the number of bedrooms cannot be negative");

        List<Claimant> claimants = input.claimants();
        if (claimants == null || claimants.isEmpty() || claimants.size() > 2) {
            v.add("claimants", "must_have_one_or_two", "give one claimant, or two joint claimants who are a couple");
        } else {
            for (int i = 0; i < claimants.size(); i++) {
                String path = CLAIMANT_PATHS.at(i);
                Claimant c = claimants.get(i);
                if (c == null) {
                    v.add(path, "required", "the claimant's details are required");
                    continue;
                }
                dateOfBirth(v, path, c.dateOfBirth(), lastDay, YOUNGEST_CLAIMANT_AGE, null);
            }
        }
        for (int i = 0; i < input.children().size(); i++) {
            String path = CHILD_PATHS.at(i);
            Child c = input.children().get(i);
            if (c == null) {
                v.add(path, "required", "the child's details are required");
                continue;
            }
            dateOfBirth(v, path, c.dateOfBirth(), lastDay, null, CHILD_AGE_LIMIT);
            if (c.sex() == null) {
                v.add(path + ".sex", "required", "the child's sex is needed for the bedroom-sharing rules");
            }
        }
        for (int i = 0; i < input.nonDependants().size(); i++) {
            String path = NON_DEPENDANT_PATHS.at(i);
            NonDependant n = input.nonDependants().get(i);
            if (n == null) {
                v.add(path, "required", "the non-dependant's details are required");
                continue;
            }
            dateOfBirth(v, path, n.dateOfBirth(), lastDay, null, null);
            if (n.dateOfBirth() != null && lastDay != null && !n.dateOfBirth().isAfter(lastDay)
                    && Age.completeYears(n.dateOfBirth(), lastDay) < 16 && n.sex() == null) {
                v.add(path + ".sex", "required", "the sex of a non-dependant under 16 is needed for the bedroom-sharing rules");
            }
        }
        if (input.fosterCaring() != null) {
            FosterCarerStatus status = input.fosterCaring().status();
            v.require(status != null, "fosterCaring.status", "required", "say which foster parent condition applies");
            if (input.fosterCaring().placedChildNeedsOvernightCare()
                    && status != FosterCarerStatus.FOSTER_PARENT_WITH_CHILD_PLACED) {
                v.add("fosterCaring.placedChildNeedsOvernightCare", "requires_child_placed",
                        "a foster child needing overnight care must be placed with the renter as a foster parent");
            }
        }
        if (input.tenure() == Tenure.PRIVATE) {
            lha(v, input.lha());
        }
        v.throwIfAny();
    }

    private static void payment(Violations v, String field, String amountField, HousingPayment payment,
                                boolean required) {
        if (payment == null) {
            if (required) {
                v.add(field, "required", "the amount and how often it is due are required");
            }
            return;
        }
        Pence amount = payment.amountPence();
        if (amount == null) {
            v.add(amountField, "required", "the amount is required");
        } else if (amount.isNegative()) {
            v.add(amountField, "must_not_be_negative", "the amount cannot be negative");
        } else {
            v.requireWithinInputLimit(amount, amountField);
        }
        if (payment.frequency() == null) {
            v.add(field + ".frequency", "required",
                    "say how often the amount is due (weekly, two-weekly, four-weekly, monthly, three-monthly, yearly)");
        }
    }

    /** Checks the date of birth of the person at {@code path}; violations name {@code path.dateOfBirth}. */
    private static void dateOfBirth(Violations v, String path, LocalDate dob, LocalDate lastDay, Integer minAge,
                                    Integer ageLimit) {
        if (dob == null) {
            v.add(path + ".dateOfBirth", "required", "the date of birth is required");
            return;
        }
        if (lastDay == null) {
            return;
        }
        if (dob.isAfter(lastDay)) {
            v.add(path + ".dateOfBirth", "after_period_end", "the date of birth is after the end of the assessment period");
            return;
        }
        int age = Age.completeYears(dob, lastDay);
        if (age > OLDEST_PLAUSIBLE_AGE) {
            v.add(path + ".dateOfBirth", "implausible_date_of_birth", "the date of birth gives an implausible age");
        }
        if (minAge != null && age < minAge) {
            v.add(path + ".dateOfBirth", "too_young", "a claimant must be at least " + minAge);
        }
        if (ageLimit != null && age >= ageLimit) {
            v.add(path + ".dateOfBirth", "too_old_for_child",
                    "a child or qualifying young person must be under " + ageLimit + "; list an older person as a non-dependant");
        }
    }

    private static void lha(Violations v, LhaSource lha) {
        if (lha == null) {
            v.add("lha", "required", "a private-sector rent needs the LHA rate for the area or the BRMA name");
            return;
        }
        if (lha instanceof LhaSource.Brma brma) {
            if (brma.name().isBlank()) {
                v.add("lha.brma", "required", "the broad rental market area name is required");
            } else if (!LhaTable.knows(brma.name())) {
                v.add("lha.brma", "unknown_brma",
                        "Hearth's LHA table does not hold this broad rental market area; supply the monthly rate instead");
            }
        } else if (lha instanceof LhaSource.Supplied supplied) {
            // Category by category in the map's own order (an EnumMap's: the order of LhaCategory), without walking
            // its entries, which wraps every entry of the unmodifiable map in an object of its own.
            Map<LhaCategory, Pence> rates = supplied.monthlyRatesPence();
            if (rates.isEmpty()) {
                return;
            }
            for (LhaCategory category : CATEGORIES) {
                Pence rate = rates.get(category);
                String field = RATE_FIELDS[category.ordinal()];
                if (rate == null && rates.containsKey(category)) {
                    v.add(field, "required", "the monthly rate is required");
                } else if (rate != null && rate.isNegative()) {
                    v.add(field, "must_not_be_negative", "the monthly rate cannot be negative");
                } else {
                    v.requireWithinInputLimit(rate, field);
                }
            }
        }
    }
}
