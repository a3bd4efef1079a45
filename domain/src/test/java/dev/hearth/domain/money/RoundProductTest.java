package dev.hearth.domain.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code RoundingRule.roundProduct} (an amount times a rate such as the 55% taper, rounded) is a faster way to the
 * number {@code rule.round(amount.toBigDecimal().multiply(rate))} gives, never a different one.
 */
class RoundProductTest {

    @ParameterizedTest(name = "{0} x {1} pence -> {2} pence ({3})")
    @CsvSource(delimiter = ';', textBlock = """
            100;  0.55; 55;  hand calculation: 55% of £1
            101;  0.55; 56;  hand calculation: 55.55p rounds half-up to 56p (reg 6(1))
            99;   0.55; 54;  hand calculation: 54.45p rounds down to 54p
            30;   0.85; 26;  hand calculation: 25.5p, half a penny counts as a penny (reg 6(1))
            0;    0.55; 0;   nil stays nil
            -101; 0.55; -56; a negative amount goes the BigDecimal way: half-up away from zero
            """)
    void rounds_the_exact_product_half_up(long amount, String rate, long expected, String source) {
        assertThat(RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP.roundProduct(Pence.of(amount), new BigDecimal(rate)))
                .as(source).isEqualTo(Pence.of(expected));
    }

    @Test
    void gives_the_same_result_as_multiplying_in_big_decimal_for_every_rule() {
        SplittableRandom random = new SplittableRandom(20261122);
        String[] rates = {"0.55", "0.63", "0.85", "0.25", "0.10", "0.20", "1", "0", "0.123456789", "2.5E+1",
                "0.000000000000000000001", "123456789012345678.9"};
        for (int i = 0; i < 200_000; i++) {
            long amount = switch (i % 4) {
                case 0 -> random.nextLong(0, 10_000_000);
                case 1 -> random.nextLong(-10_000_000, 10_000_000);
                case 2 -> random.nextLong(0, Long.MAX_VALUE);
                default -> random.nextLong(0, 1000);
            };
            BigDecimal rate = new BigDecimal(rates[random.nextInt(rates.length)]);
            for (RoundingRule rule : RoundingRule.values()) {
                BigDecimal exact = Pence.of(amount).toBigDecimal().multiply(rate);
                Pence expected;
                try {
                    expected = rule.round(exact);
                } catch (ArithmeticException tooLarge) {
                    continue; // the BigDecimal way refuses a result beyond a long too
                }
                assertThat(rule.roundProduct(Pence.of(amount), rate))
                        .as("%s x %s under %s", amount, rate, rule).isEqualTo(expected);
            }
        }
    }
}
