package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Fact;

import java.util.List;

/** Who can be entitled at all: the State Pension age condition (the capital limit is in {@link CapitalRules}). */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * WRA 2012 s.4(1)(b): a claimant must be under State Pension age. A couple of whom one has reached it claims Pension
     * Credit instead, unless they keep an award made before 15 May 2019 (SI 2019/37; D&A Regs Sch 1 para 26).
     *
     * @return whether the claim can go on
     */
    static boolean statePensionAge(UcCalculation c) {
        int reached = 0;
        for (int claimantIndex = 0; claimantIndex < c.claimants.size(); claimantIndex++) {
            if (c.claimants.get(claimantIndex).reachedStatePensionAge()) {
                reached++;
            }
        }
        if (reached == 0) {
            return true;
        }
        List<Fact> inputs = List.of(new Fact("claimants", String.valueOf(c.claimants.size())),
                new Fact("claimants over State Pension age", String.valueOf(reached)),
                new Fact("award from before 15 May 2019", c.request.mixedAgeCoupleExistingAward() ? "yes" : "no"));
        if (reached == c.claimants.size()) {
            c.nilReasons.add(NilAwardReason.STATE_PENSION_AGE);
            c.explain.step(UcRules.STATE_PENSION_AGE, "Every claimant has reached State Pension age, so there is no "
                    + "entitlement to Universal Credit", inputs, "not entitled");
            return false;
        }
        if (!c.request.mixedAgeCoupleExistingAward()) {
            c.nilReasons.add(NilAwardReason.MIXED_AGE_COUPLE);
            c.explain.step(UcRules.STATE_PENSION_AGE, "One of the couple has reached State Pension age and they have "
                    + "no award from before 15 May 2019, so they claim Pension Credit instead", inputs, "not entitled");
            return false;
        }
        c.explain.step(UcRules.STATE_PENSION_AGE, "One of the couple has reached State Pension age but the couple keeps "
                + "an award made before 15 May 2019, so Universal Credit continues", inputs, "entitled");
        return true;
    }
}
