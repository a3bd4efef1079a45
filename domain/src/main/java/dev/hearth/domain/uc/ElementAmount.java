package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * One element included in the maximum amount.
 *
 * @param element what it is
 * @param person  who it is for, as an input path ({@code claimants[0]}, {@code children[1]}), or {@code null} for the
 *                award as a whole (standard allowance, childcare, housing)
 * @param amountPence  integer pence for the assessment period
 * @param ruleId  the rule that included it (see {@link UcRules})
 */
public record ElementAmount(UcElement element, String person, Pence amountPence, String ruleId) {
}
