package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.money.Pence;

import java.util.List;

/** Capital: the upper limit on entitlement and the tariff income above the lower limit. */
final class CapitalRules {

    private CapitalRules() {
    }

    /**
     * WRA 2012 s.5; UC Regs reg 18(1): no entitlement when capital exceeds the upper limit (exactly the limit is still
     * entitled).
     *
     * @return whether the claim can go on
     */
    static boolean capitalLimit(UcCalculation c) {
        Pence capital = c.request.capitalPence();
        Pence limit = c.rates.capitalUpperLimit().value();
        boolean over = capital.isGreaterThan(limit);
        c.explain.step(UcRules.CAPITAL_LIMIT, () -> StepText.of(over
                        ? "Capital is above the upper limit, so there is no entitlement"
                        : "Capital is not above the upper limit (exactly the limit is still entitled)",
                List.of(new Fact("capital", capital.toString()), new Fact("upper limit", limit.toString())),
                over ? "not entitled" : "within the limit"));
        if (over) {
            c.nilReasons.add(NilAwardReason.CAPITAL_ABOVE_LIMIT);
        }
        return !over;
    }

    /**
     * UC Regs reg 72(1): capital above the lower limit is treated as yielding a monthly income of the tariff amount for
     * each step of capital, or part of a step, above it.
     */
    static Pence tariffIncome(UcCalculation c) {
        Pence capital = c.request.capitalPence();
        Pence lower = c.rates.capitalLowerLimit().value();
        if (!capital.isGreaterThan(lower)) {
            if (capital.isPositive()) {
                c.explain.step(UcRules.TARIFF_INCOME, "No tariff income: capital is not above the lower limit",
                        List.of(new Fact("capital", capital.toString()), new Fact("lower limit", lower.toString())),
                        Pence.ZERO.toString());
            }
            return Pence.ZERO;
        }
        Pence above = capital.minus(lower);
        Pence step = c.rates.tariffIncomeStep().value();
        long steps = (above.value() + step.value() - 1) / step.value(); // a part of a step counts as a whole step
        Pence perStep = c.rates.tariffIncomePerStep().value();
        Pence tariff = perStep.times(steps);
        c.explain.step(UcRules.TARIFF_INCOME, () -> StepText.of("Tariff income: " + perStep
                        + " for each " + step + ", or part of it, above the lower limit",
                List.of(new Fact("capital", capital.toString()), new Fact("lower limit", lower.toString()),
                        new Fact("capital above the limit", above.toString()),
                        new Fact("steps of " + step + " or part", String.valueOf(steps))),
                tariff.toString()));
        return tariff;
    }
}
