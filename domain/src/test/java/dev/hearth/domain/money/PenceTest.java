package dev.hearth.domain.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PenceTest {

    @ParameterizedTest(name = "{0}p reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | £0.00",
            "5 | £0.05",
            "99 | £0.99",
            "100 | £1.00",
            "123456 | £1,234.56",
            "100000000 | £1,000,000.00",
            "-50 | -£0.50",
            "-123456789 | -£1,234,567.89"})
    void amounts_read_as_pounds_with_thousands_separators(long pence, String expected) {
        assertThat(new Pence(pence)).hasToString(expected);
    }

    @Test
    void formatting_matches_the_jdk_formatter_for_any_amount() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() / (1L << random.nextInt(63));
            long abs = Math.abs(value);
            String expected = (value < 0 ? "-£" : "£") + String.format("%,d.%02d", abs / 100, abs % 100);
            assertThat(new Pence(value)).as("value %d", value).hasToString(expected);
        }
    }

    @Test
    void pounds_with_fractions_of_a_penny_are_refused_not_rounded() {
        assertThatThrownBy(() -> Pence.ofPounds("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pence.ofPounds("424.90")).isEqualTo(new Pence(42490));
        assertThat(Pence.ofPounds("1.500")).isEqualTo(new Pence(150));
    }

    @Test
    void arithmetic_overflow_throws_instead_of_wrapping() {
        assertThatThrownBy(() -> new Pence(Long.MAX_VALUE).plus(new Pence(1))).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} exact pence under {1} gives {2}p")
    @CsvSource(delimiter = '|', value = {
            "6789.5 | UC_REG_6_NEAREST_PENNY_HALF_UP | 6790",   // reg 6(1): half a penny counts as a penny
            "6789.49 | UC_REG_6_NEAREST_PENNY_HALF_UP | 6789",  // under half a penny is disregarded
            "6788.5 | UC_REG_6_NEAREST_PENNY_HALF_UP | 6789",   // not banker's rounding (HALF_EVEN would give 6788)
            "84656 | UC_REG_6_1A_DOWN_TO_POUND | 84600",        // 12.21 x 16 x 52 / 12 = 846.56 -> 846 (reg 6(1A)(za))
            "88123.2 | UC_REG_6_1A_DOWN_TO_POUND | 88100",
            "10.01 | UP_TO_PENNY | 11",
            "10.99 | DOWN_TO_PENNY | 10"})
    void rounding_rules_round_as_their_regulation_says(String exactPence, RoundingRule rule, long expected) {
        assertThat(rule.round(new BigDecimal(exactPence))).isEqualTo(new Pence(expected));
    }
}
