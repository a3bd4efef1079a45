package dev.hearth.domain.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RoundingRule#roundQuotient} gives exactly what {@link RoundingRule#round} gives for the exact quotient: it is a
 * faster way to the same number, never a different rounding.
 */
class RoundingRuleQuotientTest {

    @ParameterizedTest(name = "{0}: {1} / {2} pence -> {3} pence ({4})")
    @CsvSource(delimiter = ';', textBlock = """
            UC_REG_6_NEAREST_PENNY_HALF_UP; 1014;   12; 85;  reg 6(1): 84.5p, half a penny counts as a penny
            UC_REG_6_NEAREST_PENNY_HALF_UP; 1013;   12; 84;  reg 6(1): 84.41...p, under half a penny disregarded
            UC_REG_6_NEAREST_PENNY_HALF_UP; -1014;  12; -85; reg 6(1) half-up on a negative amount rounds away from zero
            UC_REG_6_NEAREST_PENNY_HALF_UP; 0;      12; 0;   nil stays nil
            UP_TO_PENNY;                    1201;   12; 101; 100.08...p rounded up
            UP_TO_PENNY;                    1200;   12; 100; an exact quotient is not rounded
            DOWN_TO_PENNY;                  1211;   12; 100; 100.91...p rounded down
            UC_REG_6_1A_DOWN_TO_POUND;      105699; 1;  105600; reg 6(1A)(za): down to the whole pound
            """)
    void rounds_the_exact_quotient_under_the_rule(RoundingRule rule, long numerator, long denominator, long expected,
                                            String source) {
        assertThat(rule.roundQuotient(numerator, denominator)).as(source).isEqualTo(Pence.of(expected));
    }

    @Test
    void gives_the_same_result_as_rounding_the_exact_big_decimal_quotient_for_every_rule() {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int i = 0; i < 200_000; i++) {
            long numerator = switch (i % 4) {
                case 0 -> random.nextLong(-1_000_000, 1_000_000);
                case 1 -> random.nextLong(0, 100_000_000_000L);
                case 2 -> random.nextLong(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
                default -> random.nextLong(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE);
            };
            long denominator = i % 3 == 0 ? 12 : random.nextLong(1, 1_000);
            BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator), new MathContext(60));
            for (RoundingRule rule : RoundingRule.values()) {
                assertThat(rule.roundQuotient(numerator, denominator))
                        .as("%s %d / %d", rule, numerator, denominator)
                        .isEqualTo(rule.round(exact));
            }
        }
    }

    @Test
    void refuses_a_denominator_that_is_not_positive() {
        assertThatThrownBy(() -> RoundingRule.UP_TO_PENNY.roundQuotient(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
