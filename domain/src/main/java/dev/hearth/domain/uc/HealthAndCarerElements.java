package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.IndexedPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The LCWRA element, the LCW element kept from before April 2017, and the carer element, with the rule that one
 * claimant gets only one of a health element and the carer element (WRA 2012 s.12(2); UC Regs regs 27-30, 36).
 */
final class HealthAndCarerElements {

    static final IndexedPath CLAIMANT_PATHS = IndexedPath.of("claimants");

    private static final Assumption LCWRA_ATTRIBUTED = new Assumption("uc.lcwra_attributed", AssumptionSource.INFERRED,
            "Both claimants have LCWRA; the one element allowed is attributed to the claimant with the higher "
                    + "rate, or to the one who is not a carer, so the other may keep a carer element.");

    private static final Assumption LCWRA_IN_PAYMENT = new Assumption(
            "uc.lcwra_in_payment", AssumptionSource.USER_SUPPLIED,
            "The LCWRA element is included as already due. It is first included only after the relevant period "
                    + "(normally three months from when medical evidence was given, UC Regs reg 28), so a new "
                    + "claim may get it later than this estimate shows.");

    private HealthAndCarerElements() {
    }

    /**
     * Reg 27(4): one LCWRA element per award, attributed to the claimant with the higher rate, or on a tie to one who
     * is not a carer. The LCW element only with an award of it from before 3 April 2017 (SI 2017/204), never with
     * LCWRA. Reg 29: a carer element for each caring claimant, one only when both care for the same person; reg 29(4):
     * a claimant with the LCWRA element gets no carer element, and one with the LCW element gets the carer element
     * instead.
     */
    static void healthAndCarer(UcCalculation c) {
        List<Claimant> claimants = c.claimants;
        int lcwraFor = -1;
        Pence lcwraAmount = Pence.ZERO;
        for (int i = 0; i < claimants.size(); i++) {
            Claimant claimant = claimants.get(i);
            if (claimant.workCapability() != WorkCapability.LCWRA) {
                continue;
            }
            Pence amount = lcwraAmountFor(c, claimant);
            // Prefer the higher rate; on a tie prefer a claimant who is not a carer, so the other can keep the carer element.
            if (lcwraFor < 0 || amount.isGreaterThan(lcwraAmount)
                    || (amount.equals(lcwraAmount) && claimants.get(lcwraFor).carer() && !claimant.carer())) {
                lcwraFor = i;
                lcwraAmount = amount;
            }
        }
        int lcwFor = -1;
        if (lcwraFor < 0) {
            for (int i = 0; i < claimants.size(); i++) {
                Claimant claimant = claimants.get(i);
                if (claimant.workCapability() == WorkCapability.LCW && claimant.lcwElementFromBeforeApril2017()
                        && (lcwFor < 0 || (claimants.get(lcwFor).carer() && !claimant.carer()))) {
                    lcwFor = i;
                }
            }
        }
        if (lcwraFor >= 0) {
            lcwraElement(c, lcwraFor, lcwraAmount);
        }
        Pence carerElement = c.rates.carerElement().value();
        int carers = 0;
        for (int i = 0; i < claimants.size(); i++) {
            if (!claimants.get(i).carer()) {
                continue;
            }
            String path = CLAIMANT_PATHS.at(i);
            if (i == lcwraFor) {
                c.explain.step(UcRules.CARER_HEALTH_OVERLAP, "This claimant has the LCWRA element, so no carer element "
                        + "is included for them", List.of(new Fact("claimant", path)), Pence.ZERO.toString());
                continue;
            }
            if (carers == 1 && c.request.claimantsCareForTheSamePerson()) {
                c.explain.step(UcRules.CARER_ELEMENT, "Both claimants care for the same person, so only one carer "
                        + "element is included", List.of(new Fact("claimant", path)), Pence.ZERO.toString());
                continue;
            }
            if (i == lcwFor) {
                c.explain.step(UcRules.CARER_HEALTH_OVERLAP, "This claimant qualifies for both the LCW element and the "
                                + "carer element; only the carer element (the higher) is included",
                        List.of(new Fact("claimant", path), new Fact("LCW element", c.rates.lcwElement().value().toString()),
                                new Fact("carer element", carerElement.toString())),
                        carerElement.toString());
                lcwFor = -1;
            }
            c.explain.step(UcRules.CARER_ELEMENT, "Carer element: regular and substantial caring for a severely disabled "
                    + "person", List.of(new Fact("claimant", path)), carerElement.toString());
            c.elements.add(new ElementAmount(UcElement.CARER_ELEMENT, path, carerElement, UcRules.CARER_ELEMENT.id()));
            c.carerIncluded = true;
            carers++;
        }
        if (lcwFor >= 0) {
            Pence amount = c.rates.lcwElement().value();
            String path = CLAIMANT_PATHS.at(lcwFor);
            c.explain.step(UcRules.LCW_ELEMENT, "LCW element: limited capability for work with the element kept since "
                    + "before 3 April 2017", List.of(new Fact("claimant", path)), amount.toString());
            c.elements.add(new ElementAmount(UcElement.LCW_ELEMENT, path, amount, UcRules.LCW_ELEMENT.id()));
        }
    }

    /**
     * The LCWRA amount for a claimant: from 2026-27 the protected rate for pre-2026, severe conditions and terminally
     * ill claimants, the new-claim rate otherwise (Universal Credit Act 2025); one rate in earlier years.
     */
    private static Pence lcwraAmountFor(UcCalculation c, Claimant claimant) {
        if (!c.rates.hasLcwraNewClaimRate()) {
            return c.rates.lcwraElement().value();
        }
        LcwraRate rate = claimant.lcwraRate();
        return rate != null && rate.isProtected() ? c.rates.lcwraElement().value() : c.rates.lcwraNewClaimElement().value();
    }

    /** Reg 27, 28: the one LCWRA element of the award, for the claimant chosen, included as already due. */
    private static void lcwraElement(UcCalculation c, int index, Pence amount) {
        Claimant claimant = c.claimants.get(index);
        String path = CLAIMANT_PATHS.at(index);
        List<Fact> inputs = new ArrayList<>(3);
        inputs.add(new Fact("claimant", path));
        String description;
        if (!c.rates.hasLcwraNewClaimRate()) {
            description = "LCWRA element (one per award)";
        } else if (claimant.lcwraRate() == null) {
            description = "LCWRA element at the new-claim rate: whether this claimant is in a protected group was not given";
            inputs.add(new Fact("LCWRA rate group", "not given"));
            c.explain.assume("uc.lcwra_rate_defaulted", AssumptionSource.DEFAULTED,
                    "The LCWRA element is worked out at the new-claim rate (" + c.rates.lcwraNewClaimElement().value()
                            + ") because the claimant's group was not given. Pre-2026 claimants, claimants meeting the "
                            + "severe conditions criteria and terminally ill claimants get " + c.rates.lcwraElement().value() + ".");
        } else {
            description = claimant.lcwraRate().isProtected()
                    ? "LCWRA element at the protected rate (" + claimant.lcwraRate().name().toLowerCase(Locale.ROOT) + ")"
                    : "LCWRA element at the new-claim rate for LCWRA found on a claim from 6 April 2026";
            inputs.add(new Fact("LCWRA rate group", claimant.lcwraRate().name()));
        }
        int withLcwra = 0;
        for (int otherIndex = 0; otherIndex < c.claimants.size(); otherIndex++) {
            if (c.claimants.get(otherIndex).workCapability() == WorkCapability.LCWRA) {
                withLcwra++;
            }
        }
        if (withLcwra > 1) {
            inputs.add(new Fact("claimants with LCWRA", withLcwra + " (one element per award, reg 27(4))"));
            c.explain.assume(LCWRA_ATTRIBUTED);
        }
        c.explain.step(UcRules.LCWRA_ELEMENT, description, inputs, amount.toString());
        c.explain.assume(LCWRA_IN_PAYMENT);
        c.elements.add(new ElementAmount(UcElement.LCWRA_ELEMENT, path, amount, UcRules.LCWRA_ELEMENT.id()));
        c.lcwraIncluded = true;
    }
}
