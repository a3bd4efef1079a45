package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.rates.UcRuleFigures;
import dev.hearth.domain.validation.IndexedPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The child element for each child or qualifying young person, with the two-child limit for periods before it was
 * abolished, and the disabled child addition (WRA 2012 s.10; UC Regs regs 24, 24A, 24B, 36).
 */
final class ChildElements {

    static final IndexedPath CHILD_PATHS = IndexedPath.of("children");

    /** The two-child limit's birth date as the text states it ("6 April 2017"), from the rates data. */
    private static final String LIMIT_BIRTH_DATE = Prose.longDate(UcRatesSchedule.TWO_CHILD_LIMIT_BIRTH_DATE);

    private static final String ORDER_TEXT = "Children are ordered by date of birth (reg 24B) and a child "
            + "with an exception also counts as one of the two; the finer ordering rules of reg 24B for adopted and "
            + "non-parental children were not read.";

    private static final Assumption ORDER = new Assumption(
            "uc.two_child_limit.order", AssumptionSource.UNCONFIRMED_RULE, ORDER_TEXT);

    private static final Assumption ORDER_NONE_EXCLUDED = new Assumption(
            "uc.two_child_limit.order", AssumptionSource.UNCONFIRMED_RULE, ORDER_TEXT + " No child was excluded.");

    private ChildElements() {
    }

    /**
     * Reg 24(1): a child element for each child, at the higher amount for the first child in order of birth (reg 24B)
     * born before 6 April 2017. Reg 24A (periods starting before 6 April 2026 only): no element for a third or later
     * child born on or after 6 April 2017 unless an exception in Sch 12 applies; a child with an exception still counts
     * as one of the two. Each child's disabled child addition follows its element.
     */
    static void childElements(UcCalculation c) {
        List<Child> children = c.request.children();
        if (children.isEmpty()) {
            return;
        }
        int limit = UcRuleFigures.TWO_CHILD_LIMIT_CHILDREN.value();
        LocalDate abolished = UcRatesSchedule.TWO_CHILD_LIMIT_ABOLISHED.value();
        int[] order = UniversalCredit.orderOfBirth(children);
        boolean limitApplies = c.start.isBefore(abolished);
        int included = 0;
        boolean excludedAny = false;
        for (int position = 0; position < order.length; position++) {
            int index = order[position];
            Child child = children.get(index);
            String path = CHILD_PATHS.at(index);
            boolean bornBeforeLimit = child.dateOfBirth().isBefore(UcRatesSchedule.TWO_CHILD_LIMIT_BIRTH_DATE);
            boolean exception = child.twoChildLimitException() != TwoChildLimitException.NONE;
            boolean include = !limitApplies || bornBeforeLimit || included < limit || exception;
            int birthOrder = position + 1;
            if (!include) {
                excludedAny = true;
                c.explain.step(UcRules.TWO_CHILD_LIMIT, () -> StepText.of("No child element: a third or later child "
                                + "born on or after " + LIMIT_BIRTH_DATE + " with no exception, in a period before the limit was abolished",
                        childFacts(path, child, birthOrder,
                                new Fact("two-child limit", "applies to periods starting before " + abolished)),
                        Pence.ZERO.toString()));
            } else {
                childElement(c, child, path, position, birthOrder, limitApplies, bornBeforeLimit);
                included++;
            }
            disabledChildAddition(c, child, path);
        }
        if (limitApplies && order.length > limit) {
            c.explain.assume(excludedAny ? ORDER : ORDER_NONE_EXCLUDED);
        }
        if (!limitApplies && order.length > limit) {
            c.explain.step(UcRules.TWO_CHILD_LIMIT, "The two-child limit does not apply: it was abolished for assessment "
                            + "periods starting on or after " + Prose.longDate(abolished),
                    List.of(new Fact("children", String.valueOf(order.length)),
                            new Fact("abolished from", abolished.toString())),
                    "a child element for every child");
        }
    }

    /** One child's element: the higher amount for the first child born before 6 April 2017, else the usual amount. */
    private static void childElement(UcCalculation c, Child child, String path, int position, int birthOrder,
                                     boolean limitApplies, boolean bornBeforeLimit) {
        int limit = UcRuleFigures.TWO_CHILD_LIMIT_CHILDREN.value();
        boolean higher = position == 0 && bornBeforeLimit;
        Pence amount = higher ? c.rates.childElementFirstBornBefore6April2017().value() : c.rates.childElement().value();
        String why;
        if (higher) {
            why = "Child element at the higher rate: the first child, born before " + LIMIT_BIRTH_DATE;
        } else if (!limitApplies || position < limit) {
            why = "Child element";
        } else if (bornBeforeLimit) {
            why = "Child element: born before " + LIMIT_BIRTH_DATE + ", so outside the two-child limit";
        } else {
            why = "Child element: an exception to the two-child limit applies ("
                    + child.twoChildLimitException().name().toLowerCase(Locale.ROOT) + ")";
        }
        boolean underLimit = limitApplies && position >= limit;
        c.explain.step(underLimit ? UcRules.TWO_CHILD_LIMIT : UcRules.CHILD_ELEMENT, () -> StepText.of(why,
                childFacts(path, child, birthOrder, !underLimit ? null : new Fact("two-child limit", bornBeforeLimit
                        ? "born before " + UcRatesSchedule.TWO_CHILD_LIMIT_BIRTH_DATE
                        : "exception: " + child.twoChildLimitException())),
                amount.toString()));
        c.elements.add(new ElementAmount(UcElement.CHILD_ELEMENT, path, amount, UcRules.CHILD_ELEMENT.id()));
    }

    /** The facts shown for one child's element: who, when born, place in the order of birth, and one more if given. */
    private static List<Fact> childFacts(String path, Child child, int birthOrder, Fact extra) {
        Fact who = new Fact("child", path + ", born " + child.dateOfBirth());
        Fact order = new Fact("position in order of birth", String.valueOf(birthOrder));
        return extra == null ? List.of(who, order) : List.of(who, order, extra);
    }

    /** Reg 24(2): the disabled child addition at the lower or higher rate, paid whatever the two-child limit. */
    static void disabledChildAddition(UcCalculation c, Child child, String path) {
        if (child.disabledChildRate() == DisabledChildRate.NONE) {
            return;
        }
        boolean higher = child.disabledChildRate() == DisabledChildRate.HIGHER;
        Pence amount = higher ? c.rates.disabledChildHigherRate().value() : c.rates.disabledChildLowerRate().value();
        c.explain.step(UcRules.DISABLED_CHILD_ADDITION, () -> StepText.of(
                "Disabled child addition at the " + (higher ? "higher" : "lower") + " rate (paid whatever the two-child limit)",
                List.of(new Fact("child", path)), amount.toString()));
        c.elements.add(new ElementAmount(UcElement.DISABLED_CHILD_ADDITION, path, amount, UcRules.DISABLED_CHILD_ADDITION.id()));
    }
}
