package dev.hearth.domain.money;

import java.math.BigDecimal;

/**
 * An exact amount of money in whole pence. Every stored, transported or displayed amount in Hearth is a {@code Pence};
 * fractional arithmetic happens in {@link BigDecimal} and comes back here only through a named {@link RoundingRule}.
 * Arithmetic overflows throw rather than wrap.
 */
public record Pence(long value) implements Comparable<Pence> {

    public static final Pence ZERO = new Pence(0);

    /**
     * The largest amount any money field of any input accepts: £10,000,000.00 ({@value #MAX_INPUT_PENCE} pence), far
     * above any real household's earnings, rent, benefit, balance or spending. The engines refuse more with
     * {@code out_of_range} naming the field, and the OpenAPI document publishes it as each money field's
     * {@code maximum}.
     *
     * <p>Why it keeps every calculation exact: {@code Long.MAX_VALUE} is about 9.22 x 10^18. A sum of n input amounts
     * at this limit is n x 10^9; multiplied by the largest conversion factor any rule applies (52 for weekly rent, before
     * the division by 12; every percentage and taper is worked in {@code BigDecimal}) it is 5.2 x 10^10 x n, which stays
     * below {@code Long.MAX_VALUE} for any n up to 1.7 x 10^8 amounts. No request can hold that many: an HTTP body is at
     * most {@code HEARTH_MAX_REQUEST_BYTES} (1 MiB by default), which holds fewer than 10^6 amounts, the debt planner
     * takes at most 200 debts and a claim at most two claimants. The worst real case, every field of a request at the
     * limit, is a few thousand times 10^9, more than a million times below the overflow. Should an embedding caller
     * pass 10^8 list entries anyway, {@link #plus}, {@link #times} and the other operations use exact arithmetic and
     * throw {@link ArithmeticException} rather than wrap.
     */
    public static final long MAX_INPUT_PENCE = 1_000_000_000L;

    /** {@link #MAX_INPUT_PENCE} as an amount. */
    public static final Pence MAX_INPUT = new Pence(MAX_INPUT_PENCE);

    public static Pence of(long pence) {
        return new Pence(pence);
    }

    /** Parses a pounds amount such as {@code "424.90"}; more than two decimal places is an error, never a rounding. */
    public static Pence ofPounds(String pounds) {
        BigDecimal amount = new BigDecimal(pounds);
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("pounds amount has fractions of a penny: " + pounds);
        }
        return new Pence(amount.movePointRight(2).longValueExact());
    }

    public Pence plus(Pence other) {
        return new Pence(Math.addExact(value, other.value));
    }

    public Pence minus(Pence other) {
        return new Pence(Math.subtractExact(value, other.value));
    }

    public Pence times(long factor) {
        return new Pence(Math.multiplyExact(value, factor));
    }

    public Pence negate() {
        return new Pence(Math.negateExact(value));
    }

    /** This amount less {@code other}, but never below zero. */
    public Pence minusFloorZero(Pence other) {
        return max(minus(other), ZERO);
    }

    /** Whether this amount is more than any input accepts ({@link #MAX_INPUT_PENCE}). */
    public boolean isAboveInputLimit() {
        return value > MAX_INPUT_PENCE;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isGreaterThan(Pence other) {
        return value > other.value;
    }

    public boolean isLessThan(Pence other) {
        return value < other.value;
    }

    public static Pence max(Pence a, Pence b) {
        return a.value >= b.value ? a : b;
    }

    public static Pence min(Pence a, Pence b) {
        return a.value <= b.value ? a : b;
    }

    /** The exact amount in pence as a {@link BigDecimal} (scale 0), for fractional steps. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(value);
    }

    /** The amount in pounds, exactly, with two decimal places. */
    public BigDecimal toPounds() {
        return BigDecimal.valueOf(value, 2);
    }

    @Override
    public int compareTo(Pence other) {
        return Long.compare(value, other.value);
    }

    /**
     * Human-readable pounds, e.g. {@code £1,234.56} or {@code -£0.50}; used in explanations. Independent of the JVM's
     * default locale (a comma every three digits, a point before the pence), so explanations are the same byte for byte
     * on every machine.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(16);
        if (value < 0) {
            out.append('-');
        }
        out.append('£');
        // Long.MIN_VALUE has no positive counterpart; its digits are those of Long.MAX_VALUE + 1.
        String pounds = value == Long.MIN_VALUE ? "92233720368547758" : Long.toString(Math.abs(value) / 100);
        long pence = value == Long.MIN_VALUE ? 8 : Math.abs(value) % 100;
        int length = pounds.length();
        for (int i = 0; i < length; i++) {
            out.append(pounds.charAt(i));
            int remaining = length - i - 1;
            if (remaining > 0 && remaining % 3 == 0) {
                out.append(',');
            }
        }
        out.append('.');
        if (pence < 10) {
            out.append('0');
        }
        return out.append(pence).toString();
    }
}
