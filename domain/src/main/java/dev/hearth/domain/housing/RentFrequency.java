package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How often a rent or service charge falls due, and how it becomes a monthly amount for a Universal Credit assessment
 * period.
 *
 * <p>The conversion is the one in the Universal Credit Regulations 2013 (SI 2013/376) Schedule 4 paragraph 7(2): weekly
 * payments are multiplied by 52 and divided by 12 (para 7(2)(a)); two-weekly by 26 and divided by 12 (7(2)(aa));
 * four-weekly by 13 and divided by 12 (7(2)(b)); three-monthly by 4 and divided by 12 (7(2)(c)); annual payments
 * divided by 12 (7(2)(d)). A monthly amount is used as it is.
 * The exact result is rounded to the penny under reg 6(1) (half a penny or more counts as a penny).
 *
 * <p>{@link #toMonthly(Pence)} is public because the rent-risk engine converts rents the same way.
 */
public enum RentFrequency {
    /** Due every week: x 52 / 12 (Sch 4 para 7(2)(a)). */
    WEEKLY(52, 12, "Sch 4 para 7(2)(a)"),
    /** Due every two weeks (fortnightly): x 26 / 12 (Sch 4 para 7(2)(aa)). */
    TWO_WEEKLY(26, 12, "Sch 4 para 7(2)(aa)"),
    /** Due every four weeks: x 13 / 12 (Sch 4 para 7(2)(b)). */
    FOUR_WEEKLY(13, 12, "Sch 4 para 7(2)(b)"),
    /** Due every calendar month: used as it is. */
    MONTHLY(1, 1, "Sch 4 para 7 (monthly payments need no conversion)"),
    /** Due every three months (quarterly): x 4 / 12 (Sch 4 para 7(2)(c)). */
    THREE_MONTHLY(4, 12, "Sch 4 para 7(2)(c)"),
    /** Due once a year: / 12 (Sch 4 para 7(2)(d)). */
    YEARLY(1, 12, "Sch 4 para 7(2)(d)");

    /** The legal reference for the conversion as a whole. */
    public static final String LEGAL_REFERENCE = "UC Regs 2013 (SI 2013/376) Sch 4 para 7(2); rounding reg 6(1)";

    private final long multiplier;
    private final long divisor;
    private final String paragraph;

    RentFrequency(long multiplier, long divisor, String paragraph) {
        this.multiplier = multiplier;
        this.divisor = divisor;
        this.paragraph = paragraph;
    }

    /** The number the amount is multiplied by (52 for weekly). */
    public long multiplier() {
        return multiplier;
    }

    /** The number the product is divided by (12 except for monthly). */
    public long divisor() {
        return divisor;
    }

    /** The sub-paragraph of Sch 4 para 7 that names this conversion, e.g. {@code "Sch 4 para 7(2)(a)"}. */
    public String paragraph() {
        return paragraph;
    }

    /**
     * The exact monthly equivalent in pence, before any rounding (for example 100.00 weekly gives 43333.33... pence).
     * Kept to 20 significant digits, far more than any rounding decision needs.
     */
    public BigDecimal exactMonthlyPence(Pence amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.toBigDecimal().multiply(BigDecimal.valueOf(multiplier))
                .divide(BigDecimal.valueOf(divisor), new MathContext(20));
    }

    /**
     * The monthly equivalent of an amount due at this frequency, under Sch 4 para 7(2), rounded to the nearest penny
     * under UC Regs reg 6(1) ({@link RoundingRule#UC_REG_6_NEAREST_PENNY_HALF_UP}).
     */
    public Pence toMonthly(Pence amount) {
        Objects.requireNonNull(amount, "amount");
        long pence = amount.value();
        if (pence >= 0 && pence <= Long.MAX_VALUE / multiplier) {
            // amount x multiplier / divisor, as an exact fraction rounded under reg 6(1); the same result as rounding
            // exactMonthlyPence, without dividing in BigDecimal.
            return RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP.roundQuotient(pence * multiplier, divisor);
        }
        return RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP.round(exactMonthlyPence(amount));
    }

    /** A short reader's form of the conversion, e.g. {@code "x 52 / 12"}. */
    public String formula() {
        if (this == MONTHLY) {
            return "monthly, no conversion";
        }
        return multiplier == 1 ? "/ " + divisor : "x " + multiplier + " / " + divisor;
    }
}
