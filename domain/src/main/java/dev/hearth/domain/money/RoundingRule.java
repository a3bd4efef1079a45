package dev.hearth.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The named ways Hearth turns an exact fractional amount of pence into whole {@link Pence}. No calculation rounds except
 * through one of these, and every explanation step that rounds records which one it used.
 */
public enum RoundingRule {

    /**
     * Universal Credit Regulations 2013 (SI 2013/376) reg 6(1): "where the calculation results in a fraction of a penny
     * that fraction is to be disregarded if it is less than half a penny and otherwise it is to be treated as a penny".
     * That is half-up to the penny (not banker's rounding).
     */
    UC_REG_6_NEAREST_PENNY_HALF_UP("UC Regs 2013 reg 6(1): a fraction under half a penny is disregarded, otherwise it counts as a penny",
            RoundingMode.HALF_UP, 0),

    /**
     * UC Regs 2013 reg 6(1A)(za), inserted by SI 2017/138: the benefit-cap earnings threshold in reg 82(1)(a) is rounded
     * down to the nearest whole pound.
     */
    UC_REG_6_1A_DOWN_TO_POUND("UC Regs 2013 reg 6(1A)(za): rounded down to the nearest whole pound",
            RoundingMode.DOWN, 2),

    /** Rounds up to the next whole penny: used where a rule says "or part thereof" or where a floor must be met. */
    UP_TO_PENNY("rounded up to the next whole penny", RoundingMode.UP, 0),

    /** Rounds down to the whole penny: used where paying more than is due must be avoided (e.g. pro-rata shares). */
    DOWN_TO_PENNY("rounded down to the whole penny", RoundingMode.DOWN, 0);

    private final String description;
    private final RoundingMode mode;
    /** Number of decimal digits of pence to drop: 0 rounds to the penny, 2 rounds to the pound. */
    private final int penceDigitsDropped;

    RoundingRule(String description, RoundingMode mode, int penceDigitsDropped) {
        this.description = description;
        this.mode = mode;
        this.penceDigitsDropped = penceDigitsDropped;
    }

    public String description() {
        return description;
    }

    /**
     * Rounds the exact fraction {@code numerator / denominator} pence to whole pence under this rule: the same result as
     * {@link #round(BigDecimal)} of the exact quotient. For the usual case (a quotient of whole pence that is not
     * negative, rounded to the penny) it works in whole numbers: the whole part of the quotient, plus one penny when
     * the rule rounds the remainder up (half-up: the remainder is at least half the denominator; up: any remainder;
     * down: never). Any other case is divided exactly in {@link BigDecimal} to the whole unit and rounded there.
     *
     * @param numerator   the amount to divide, in pence
     * @param denominator what it is divided by; must be positive
     */
    public Pence roundQuotient(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
        if (numerator >= 0 && penceDigitsDropped == 0) {
            long whole = numerator / denominator;
            long remainder = numerator % denominator;
            boolean roundUp = switch (mode) {
                case HALF_UP -> remainder >= denominator - remainder; // remainder / denominator >= 1/2
                case UP -> remainder != 0;
                case DOWN -> false;
                default -> throw new IllegalStateException("no whole-number rounding for " + mode);
            };
            return new Pence(roundUp ? whole + 1 : whole);
        }
        BigDecimal wholeUnits = BigDecimal.valueOf(numerator).movePointLeft(penceDigitsDropped)
                .divide(BigDecimal.valueOf(denominator), 0, mode);
        return new Pence(wholeUnits.movePointRight(penceDigitsDropped).longValueExact());
    }

    /**
     * An amount times a rate (e.g. the 55% taper), rounded to whole pence under this rule: always the same as
     * {@code round(amount.toBigDecimal().multiply(rate))}. A rate such as 0.55 is 55 / 10^2, so the exact product is
     * the whole number {@code amount x 55} divided by 100, which {@link #roundQuotient} rounds in whole numbers;
     * anything unusual (a negative figure, a rate with more than 18 digits, a product too large for a {@code long}) is
     * multiplied in {@link BigDecimal}.
     */
    public Pence roundProduct(Pence amount, BigDecimal rate) {
        return roundProduct(amount, Rate.of(rate));
    }

    /** As {@link #roundProduct(Pence, BigDecimal)}, for a rate already taken apart by {@link Rate#of}. */
    public Pence roundProduct(Pence amount, Rate rate) {
        long unscaled = rate.unscaled();
        if (amount.value() >= 0 && unscaled >= 0) {
            long numerator = amount.value() * unscaled;
            // Both factors are not negative: the product fits in a long when its high half is 0 and its sign bit clear.
            if (Math.multiplyHigh(amount.value(), unscaled) == 0 && numerator >= 0) {
                return roundQuotient(numerator, rate.denominator());
            }
        }
        return round(amount.toBigDecimal().multiply(rate.value()));
    }

    /** Rounds an exact amount expressed in pence (any scale) to whole pence under this rule. */
    public Pence round(BigDecimal exactPence) {
        BigDecimal rounded = exactPence.movePointLeft(penceDigitsDropped).setScale(0, mode).movePointRight(penceDigitsDropped);
        return new Pence(rounded.longValueExact());
    }
}
