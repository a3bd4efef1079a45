package dev.hearth.domain.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Pence render the same way on every machine: explanations are compared byte for byte in golden files. */
class PenceFormatTest {

    @ParameterizedTest(name = "{0} pence -> {1}")
    @CsvSource(delimiter = ';', value = {
            "0; £0.00", "5; £0.05", "50; £0.50", "-50; -£0.50", "100; £1.00", "99999; £999.99", "100000; £1,000.00",
            "172478; £1,724.78", "123456789; £1,234,567.89", "-123456789; -£1,234,567.89",
            "9223372036854775807; £92,233,720,368,547,758.07", "-9223372036854775808; -£92,233,720,368,547,758.08"})
    void pence_render_as_pounds_with_thousands_commas(long pence, String expected) {
        assertThat(Pence.of(pence).toString()).isEqualTo(expected);
    }

    /**
     * The extremes where the explanation formatter the UC engine once had of its own ({@code uc.Fmt}) differed from
     * {@code Pence}: it took {@code Math.abs} of the smallest long, which stays negative, and printed
     * {@code -£-92233720368547758.-8}. Explanations now use {@code Pence.toString()} alone.
     */
    @ParameterizedTest(name = "{0} pence -> {1}")
    @CsvSource(delimiter = ';', value = {
            "-1; -£0.01", "-9; -£0.09", "-99; -£0.99", "-100; -£1.00", "-100000; -£1,000.00",
            "-9223372036854775807; -£92,233,720,368,547,758.07", "-9223372036854775808; -£92,233,720,368,547,758.08",
            "9223372036854775806; £92,233,720,368,547,758.06", "1000000000; £10,000,000.00"})
    void negative_and_extreme_amounts_render_with_the_sign_before_the_pound_and_every_digit(long pence, String expected) {
        assertThat(Pence.of(pence).toString()).isEqualTo(expected);
    }

    @Test
    void rendering_does_not_depend_on_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Pence.of(123456).toString()).isEqualTo("£1,234.56");
            Locale.setDefault(new Locale("fr", "FR"));
            assertThat(Pence.of(123456).toString()).isEqualTo("£1,234.56");
        } finally {
            Locale.setDefault(before);
        }
    }
}
