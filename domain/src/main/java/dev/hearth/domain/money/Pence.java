package dev.hearth.domain.money;

import java.math.BigDecimal;

/**
 * An exact amount of money in whole pence. Every stored, transported or displayed amount in Hearth is a {@code Pence};
 * fractional arithmetic happens in {@link BigDecimal} and comes back here only through a named {@link RoundingRule}.
 * Arithmetic overflows throw rather than wrap.
 */
public record Pence(long value) implements Comparable<Pence> {

    public static final Pence ZERO = new Pence(0);

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

    /** Human-readable pounds, e.g. {@code £1,234.56} or {@code -£0.50}; used in explanations. */
    @Override
    public String toString() {
        // Hand-formatted rather than String.format: explanations format thousands of amounts per second and
        // String.format dominated the engines' benchmarks. Output is identical: -£1,234.56.
        long abs = value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
        String whole = Long.toString(abs / 100);
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + 5);
        if (value < 0) {
            out.append('-');
        }
        out.append('£');
        int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, firstGroup);
        for (int i = firstGroup; i < whole.length(); i += 3) {
            out.append(',').append(whole, i, i + 3);
        }
        long pennies = abs % 100;
        out.append('.').append((char) ('0' + pennies / 10)).append((char) ('0' + pennies % 10));
        return out.toString();
    }
}
