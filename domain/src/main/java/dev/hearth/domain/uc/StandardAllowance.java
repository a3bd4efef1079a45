package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.person.Age;
import dev.hearth.domain.rates.Sourced;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRuleFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The standard allowance (WRA 2012 s.9; UC Regs reg 36): single or joint, under 25 or 25 and over. */
final class StandardAllowance {

    private static final Assumption CLAIMANT_AGED_16_OR_17 = new Assumption(
            "uc.claimant_aged_16_or_17", AssumptionSource.INFERRED,
            "A claimant aged 16 or 17 is entitled only in the cases listed in UC Regs reg 8 (for example "
                    + "limited capability for work, caring, responsibility for a child, or no parental "
                    + "support); the estimate assumes one of them applies.");

    private static final Assumption TURNS_25_IN_PERIOD = new Assumption(
            "uc.standard_allowance.turns_25_in_period", AssumptionSource.INFERRED,
            "A claimant turns 25 during the assessment period; the 25-or-over amount is used for the whole "
                    + "period because a change of circumstances takes effect from the first day of the "
                    + "period in which it occurs (D&A Regs Sch 1 para 20).");

    private StandardAllowance() {
    }

    /**
     * Reg 36 table: the amount for a single claimant or joint claimants, higher when a claimant (either of a couple) is
     * 25 or over. A claimant who turns 25 by the last day of the period counts as 25 or over for the whole period,
     * because a change of circumstances takes effect from the first day of the period it occurs in (D&A Regs Sch 1
     * para 20).
     */
    static void standardAllowance(UcCalculation c) {
        int adultAge = UcRuleFigures.ADULT_CLAIMANT_AGE.value();
        int higherAge = UcRuleFigures.STANDARD_ALLOWANCE_HIGHER_RATE_AGE.value();
        List<Claimant> claimants = c.claimants;
        LocalDate start = c.start;
        boolean anyHigherAge = false;
        int higherAgeByClaimant = 0; // bit i set: claimants[i] is 25 or over for this period
        for (int i = 0; i < claimants.size(); i++) {
            LocalDate dob = claimants.get(i).dateOfBirth();
            if (Age.anniversaryAfter(dob, adultAge, start)) { // under 18 on the first day
                c.explain.assume(CLAIMANT_AGED_16_OR_17);
            }
            boolean higher = !Age.anniversaryAfter(dob, higherAge, c.period.end()); // 25 by the last day
            anyHigherAge |= higher;
            if (higher) {
                higherAgeByClaimant |= 1 << i;
            }
            if (higher && Age.anniversaryAfter(dob, higherAge, start)) { // turns 25 after the first day
                c.explain.assume(TURNS_25_IN_PERIOD);
            }
        }
        boolean couple = claimants.size() == 2;
        Sourced<Pence> amount = rate(c.rates, couple, anyHigherAge);
        Pence allowance = amount.value();
        c.standardAllowance = allowance;
        int higherAgeBits = higherAgeByClaimant;
        boolean anyHigher = anyHigherAge;
        String taxYear = c.rates.taxYear();
        c.explain.step(UcRules.STANDARD_ALLOWANCE, () -> {
            String kind = couple
                    ? (anyHigher ? "joint claimants, one or both aged " + higherAge + " or over"
                            : "joint claimants, both under " + higherAge)
                    : (anyHigher ? "single claimant aged " + higherAge + " or over" : "single claimant under " + higherAge);
            List<Fact> inputs = new ArrayList<>(3);
            for (int i = 0; i < claimants.size(); i++) {
                inputs.add(new Fact("claimants[" + i + "] age on " + start,
                        Age.completeYears(claimants.get(i).dateOfBirth(), start)
                                + ((higherAgeBits & 1 << i) != 0 ? " (" + higherAge + " or over for this period)"
                                : " (under " + higherAge + ")")));
            }
            inputs.add(new Fact("rate (" + taxYear + ")", kind));
            return StepText.of("Standard allowance for " + kind, inputs, allowance.toString());
        });
        c.elements.add(new ElementAmount(UcElement.STANDARD_ALLOWANCE, null, allowance, UcRules.STANDARD_ALLOWANCE.id()));
    }

    /** The reg 36 table row for the household. */
    private static Sourced<Pence> rate(UcRates rates, boolean couple, boolean anyHigherAge) {
        if (couple) {
            return anyHigherAge ? rates.standardAllowanceJointOneOrBoth25OrOver() : rates.standardAllowanceJointBothUnder25();
        }
        return anyHigherAge ? rates.standardAllowanceSingle25OrOver() : rates.standardAllowanceSingleUnder25();
    }
}
