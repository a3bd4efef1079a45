package dev.hearth.domain.rent;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Step;
import org.junit.jupiter.api.Test;

import static dev.hearth.domain.rent.RentFixtures.monthly;
import static dev.hearth.domain.rent.RentFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managed payment and the third-party deduction band on their own. Level: DWP Alternative Payment Arrangements guidance
 * as reported by surreyheath.gov.uk, oxford.gov.uk, ucnotes.co.uk and Shelter ("two months' rent or more") [S]. Band:
 * SI 2013/380 Sch 6 para 7 as amended by SI 2014/2888 reg 6(2)(c) (10% to 20% of the standard allowance) [S];
 * rounding minimum up, maximum down is Hearth's stated choice [D].
 */
class ManagedPaymentPolicyTest {

    private static ManagedPayment assess(RentFixtures.Builder request, ExplanationBuilder explanation) {
        RentCase c = RentCase.of(request.build(), RentRiskThresholds.CURRENT);
        return ManagedPaymentPolicy.assess(c, c.frequency().toMonthly(c.rent()), explanation);
    }

    @Test
    void arrears_of_exactly_two_months_rent_allow_a_managed_payment_and_a_deduction() {
        // hand calculation: monthly rent 700.00 x 2 = 1,400.00; arrears 1,400.00 meet it.
        ManagedPayment m = assess(monthly("2026-06-01", "700", "2026-06-01").arrears("1400")
                .housingCostsInPayment(true),
                new ExplanationBuilder("test"));

        assertThat(m.managedPaymentRequestable()).isTrue();
        assertThat(m.thirdPartyDeductionAvailable()).isTrue();
        assertThat(m.twoMonthsRentPence()).isEqualTo(p("1400"));
        assertThat(m.basis()).isEqualTo("arrears of at least 2 months' rent (£1,400.00)");
    }

    @Test
    void one_months_arrears_allow_a_managed_payment_only_with_repeated_underpayment() {
        // "at least 1 month's rent with repeated underpayment" (same sources); no deduction below 2 months.
        ManagedPayment repeated = assess(monthly("2026-06-01", "700", "2026-06-01").arrears("700")
                .repeatedUnderpayment().housingCostsInPayment(true), new ExplanationBuilder("test"));
        ManagedPayment notRepeated = assess(monthly("2026-06-01", "700", "2026-06-01").arrears("700")
                .housingCostsInPayment(true),
                new ExplanationBuilder("test"));

        assertThat(repeated.managedPaymentRequestable()).isTrue();
        assertThat(repeated.thirdPartyDeductionAvailable()).isFalse();
        assertThat(repeated.basis()).isEqualTo("repeated underpayment with arrears of at least one month's rent "
                + "(£700.00)");
        assertThat(notRepeated.managedPaymentRequestable()).isFalse();
        assertThat(notRepeated.basis()).isEqualTo("arrears below £1,400.00 (2 months' rent) and no repeated "
                + "underpayment given");
    }

    @Test
    void the_deduction_band_is_10_percent_rounded_up_to_20_percent_rounded_down_of_the_standard_allowance() {
        // hand calculation on the 2025-26 single 25+ standard allowance 400.14 (UC Regs reg 36, SI 2025/295):
        // 10% = 40.014 -> 40.02 (up); 20% = 80.028 -> 80.02 (down).
        ExplanationBuilder explanation = new ExplanationBuilder("test");
        ManagedPayment m = assess(monthly("2026-06-01", "700", "2026-06-01").arrears("1400")
                .standardAllowance("400.14"), explanation);

        assertThat(m.deductionMinimumMonthlyPence()).isEqualTo(p("40.02"));
        assertThat(m.deductionMaximumMonthlyPence()).isEqualTo(p("80.02"));
        assertThat(explanation.build().steps()).extracting(Step::description)
                .contains("Third-party deduction band: 10% (rounded up) to 20% (rounded down) of the standard "
                        + "allowance");
    }
}
