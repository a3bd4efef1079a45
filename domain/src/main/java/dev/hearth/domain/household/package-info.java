/**
 * A household's standing facts as Hearth keeps them: {@link dev.hearth.domain.household.HouseholdCircumstances}
 * (everything the Universal Credit engine needs except the period) and
 * {@link dev.hearth.domain.household.HouseholdDebt} (one debt, as the debt planner takes it). Pure values with checks
 * that reuse the engines' own validation, so a stored fact is never accepted by one path and refused by another.
 */
package dev.hearth.domain.household;
