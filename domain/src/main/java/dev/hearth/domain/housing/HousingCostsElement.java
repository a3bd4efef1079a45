package dev.hearth.domain.housing;

import dev.hearth.domain.explain.ExplanationBuilder;

import java.time.LocalDate;

/**
 * The Universal Credit housing costs element for renters (UC Regs 2013 reg 26 and Schedule 4), for one monthly
 * assessment period. Pure: the same input, rates and period give the same result and explanation.
 */
public final class HousingCostsElement {

    private HousingCostsElement() {
    }

    /**
     * Works out the housing costs element.
     *
     * @param input       the household's housing facts
     * @param rates       the yearly figures for the rates year that applies to the period (chosen by the caller)
     * @param periodStart the first day of the assessment period: ages are taken on this day and the LHA table entry in
     *                    force on this day is used
     * @param explanation where the steps and assumptions are recorded
     * @return the element with its breakdown; a nil element is a result with reasons
     * @throws dev.hearth.domain.validation.InvalidInputException naming every invalid field
     */
    public static HousingCostsResult calculate(HousingCostsInput input, HousingRates rates, LocalDate periodStart,
                                               ExplanationBuilder explanation) {
        throw new UnsupportedOperationException("housing costs element: API committed first, calculation follows");
    }
}
