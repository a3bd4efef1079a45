package dev.hearth.domain.timing;

import dev.hearth.domain.explain.Explanation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first assessment period and first expected payment of a new claim (the "five-week wait").
 *
 * @param claimDate           the date of claim, taken to be the first date of entitlement
 * @param firstPeriod         the first assessment period (UC Regs 2013 reg 21(1))
 * @param firstPayment        when the first payment is expected, with its own reasons
 * @param daysToFirstPayment  days from the claim date to the expected first payment date
 * @param explanation         the whole reasoning: the first period, then the payment date, with assumptions
 */
public record NewClaimTiming(LocalDate claimDate, AssessmentPeriod firstPeriod, PaymentTiming firstPayment,
                             long daysToFirstPayment, Explanation explanation) {

    public NewClaimTiming {
        Objects.requireNonNull(claimDate, "claimDate");
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        Objects.requireNonNull(firstPayment, "firstPayment");
        Objects.requireNonNull(explanation, "explanation");
    }
}
