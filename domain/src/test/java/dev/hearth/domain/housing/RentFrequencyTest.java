package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Sch 4 para 7(2) conversions to a monthly amount, rounded under UC Regs reg 6(1). */
class RentFrequencyTest {

    @ParameterizedTest(name = "{0} {1} -> {2} a month ({3})")
    @CsvSource(delimiter = ';', textBlock = """
            WEEKLY;        100.00;  433.33;  Sch 4 para 7(2)(a): 100 x 52 / 12 = 433.333..., fraction under half a penny disregarded
            WEEKLY;        115.38;  499.98;  para 7(2)(a): 115.38 x 52 / 12 = 499.98 exactly
            WEEKLY;        109.32;  473.72;  para 7(2)(a); eastlothian.gov.uk prints LHA 109.32/wk as 473.72/month
            WEEKLY;        172.60;  747.93;  para 7(2)(a); eastlothian.gov.uk prints 172.60/wk as 747.93/month
            WEEKLY;        501.70;  2174.03; para 7(2)(a); eastlothian.gov.uk prints 501.70/wk as 2,174.03/month
            TWO_WEEKLY;    250.00;  541.67;  para 7(2)(aa): 250 x 26 / 12 = 541.666..., fraction of half a penny or more counts as a penny
            TWO_WEEKLY;    450.03;  975.07;  para 7(2)(aa): 45003p x 26 / 12 = 97506.5p exactly, reg 6(1) rounds the half up (banker's rounding would give 975.06)
            FOUR_WEEKLY;   500.00;  541.67;  para 7(2)(b): 500 x 13 / 12 = 541.666...
            FOUR_WEEKLY;   400.00;  433.33;  para 7(2)(b): 400 x 13 / 12 = 433.333...
            MONTHLY;       650.00;  650.00;  para 7(1): a monthly payment is already a monthly amount
            THREE_MONTHLY; 1500.00; 500.00;  para 7(2)(c): 1500 x 4 / 12 = 500
            THREE_MONTHLY; 1000.00; 333.33;  para 7(2)(c): 1000 x 4 / 12 = 333.333...
            YEARLY;        7800.00; 650.00;  para 7(2)(d): 7800 / 12 = 650
            YEARLY;        10.14;   0.85;    para 7(2)(d): 1014p / 12 = 84.5p exactly, reg 6(1) half up (banker's rounding would give 0.84)
            YEARLY;        0.00;    0.00;    a nil payment stays nil
            """)
    void converts_to_a_monthly_amount_under_para_7_and_rounds_under_reg_6(RentFrequency frequency, String amount, String monthly,
                                                             String source) {
        assertThat(frequency.toMonthly(Pence.ofPounds(amount))).as(source).isEqualTo(Pence.ofPounds(monthly));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"WEEKLY, x 52 / 12", "TWO_WEEKLY, x 26 / 12", "FOUR_WEEKLY, x 13 / 12", "MONTHLY, 'monthly, no conversion'",
            "THREE_MONTHLY, x 4 / 12", "YEARLY, / 12"})
    void explains_its_formula_in_the_para_7_words(RentFrequency frequency, String formula) {
        assertThat(frequency.formula()).isEqualTo(formula);
    }

    @Test
    void whole_number_conversion_equals_rounding_the_exact_monthly_amount_for_every_frequency() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long pence = switch (i % 3) {
                case 0 -> random.nextLong(0, 1_000_000);
                case 1 -> random.nextLong(0, 10_000_000_000L);
                default -> random.nextLong(0, Long.MAX_VALUE / 52);
            };
            for (RentFrequency frequency : RentFrequency.values()) {
                Pence amount = Pence.of(pence);
                assertThat(frequency.toMonthly(amount)).as("%s %d", frequency, pence)
                        .isEqualTo(RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP.round(frequency.exactMonthlyPence(amount)));
            }
        }
    }
}
