package dev.hearth.domain.timing;

import dev.hearth.domain.explain.Explanation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When Universal Credit for one assessment period is expected in the bank.
 *
 * @param period             the assessment period paid for
 * @param nominalPaymentDate the seventh day after the period ends (SI 2013/380 reg 47(2))
 * @param paymentDate        the expected payment date: the nominal date, or the last working day before it when the
 *                           nominal date is a weekend day or bank holiday where the claimant lives
 * @param reasonsMoved       why the date moved, one line per non-working day passed over, latest first; empty when
 *                           the payment was not moved
 * @param explanation        the steps, legal references and assumptions behind the dates
 */
public record PaymentTiming(AssessmentPeriod period, LocalDate nominalPaymentDate, LocalDate paymentDate,
                            List<String> reasonsMoved, Explanation explanation) {

    public PaymentTiming {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(nominalPaymentDate, "nominalPaymentDate");
        Objects.requireNonNull(paymentDate, "paymentDate");
        reasonsMoved = List.copyOf(reasonsMoved);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the payment was brought forward from the nominal date. */
    public boolean moved() {
        return !paymentDate.equals(nominalPaymentDate);
    }
}
