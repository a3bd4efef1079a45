package dev.hearth.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rate such as the 55% taper, taken apart once as a whole number over a power of ten (0.55 = 55 / 10^2), so that
 * {@link RoundingRule#roundProduct(Pence, Rate)} can work out an amount times the rate in whole numbers.
 *
 * @param value    the rate
 * @param unscaled the whole number over the power of ten, or -1 when the rate does not fit that form (a negative rate,
 *                 a negative scale, or more than 18 digits): a product with it is then worked out in {@link BigDecimal}
 * @param scale    the power of ten
 */
public record Rate(BigDecimal value, long unscaled, int scale) {

    /** Powers of ten that fit in a {@code long}: {@code 10^0} to {@code 10^18}. */
    private static final long[] TEN_TO_THE = new long[19];

    static {
        TEN_TO_THE[0] = 1;
        for (int i = 1; i < TEN_TO_THE.length; i++) {
            TEN_TO_THE[i] = TEN_TO_THE[i - 1] * 10;
        }
    }

    public Rate {
        Objects.requireNonNull(value, "value");
    }

    /** {@code value} taken apart. */
    public static Rate of(BigDecimal value) {
        int scale = value.scale();
        boolean fits = value.signum() >= 0 && scale >= 0 && scale < TEN_TO_THE.length && value.precision() <= 18;
        return new Rate(value, fits ? value.unscaledValue().longValueExact() : -1, scale);
    }

    /** {@code 10^scale}, the denominator of a whole-number product. */
    long denominator() {
        return TEN_TO_THE[scale];
    }
}
