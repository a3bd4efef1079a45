package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.housing.HousingCostsElement;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The housing costs element (from the housing engine) and the maximum amount: the standard allowance plus every
 * element (WRA 2012 ss.8(2), 11; UC Regs regs 23, 25, 26, Sch 4). The other elements are in {@link StandardAllowance},
 * {@link ChildElements}, {@link HealthAndCarerElements} and {@link ChildcareCostsElement}.
 */
final class MaximumAmount {

    private MaximumAmount() {
    }

    /** WRA 2012 s.11; UC Regs regs 25, 26, Sch 4: the housing engine's element for a renter, in the maximum amount. */
    static void housing(UcCalculation c) {
        if (c.housingInput == null) {
            return;
        }
        try {
            c.housing = HousingCostsElement.calculate(c.housingInput, c.figures.housingRates(),
                    c.figures.housingRatesAssumption(), c.start, c.explain);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(HousingMapping.remap(e.violations()));
        }
        Pence amount = c.housing.monthlyAmountPence();
        boolean nil = c.housing.isNil();
        String tenure = c.housing.tenure().name();
        c.explain.step(UcRules.HOUSING_COSTS_ELEMENT, () -> StepText.of(nil
                        ? "The housing costs element works out at nil"
                        : "The housing costs element is included in the maximum amount",
                List.of(new Fact("tenure", tenure), new Fact("housing costs element", amount.toString())),
                amount.toString()));
        c.elements.add(new ElementAmount(UcElement.HOUSING_COSTS_ELEMENT, null, amount, UcRules.HOUSING_COSTS_ELEMENT.id()));
    }

    /** WRA 2012 s.8(2); UC Regs reg 23: the maximum amount is the standard allowance plus every element included. */
    static Pence maximumAmount(UcCalculation c) {
        List<ElementAmount> lines = List.copyOf(c.elements);
        c.finalElements = lines; // no element is added after the maximum amount; the estimate keeps this copy
        long sum = 0;
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) {
            sum = Math.addExact(sum, lines.get(lineIndex).amountPence().value());
        }
        Pence maximum = Pence.of(sum);
        c.explain.step(UcRules.MAXIMUM_AMOUNT, () -> {
            List<Fact> inputs = new ArrayList<>(lines.size());
            for (ElementAmount line : lines) {
                inputs.add(new Fact(label(line), line.amountPence().toString()));
            }
            return StepText.of("Maximum amount: the standard allowance plus every element", inputs, maximum.toString());
        });
        return maximum;
    }

    /** An element's name as the explanation shows it, e.g. {@code child element (children[0])}. */
    private static String label(ElementAmount line) {
        String name = line.element().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return line.person() == null ? name : name + " (" + line.person() + ")";
    }
}
