package dev.hearth.domain.rent;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.money.Pence;

import java.time.LocalDate;

/**
 * A validated request with the dates and amounts every rent-risk rule reads, worked out once.
 *
 * @param request       the validated request
 * @param thresholds    the figures in use ({@link RentRiskThresholds#CURRENT})
 * @param date          the assessment date
 * @param horizon       how far the projection runs: {@link RentRiskThresholds#projectionMonths()} after the date
 * @param timelineEnd   the first day after the returned timeline: {@link RentRiskThresholds#timelineMonths()} after
 * @param housing       the UC housing element a month (nil when not given)
 * @param tenantPayment the tenant's own payment each rent period (nil when not given)
 */
record RentCase(RentRiskRequest request, RentRiskThresholds thresholds, LocalDate date, LocalDate horizon,
                LocalDate timelineEnd, Pence housing, Pence tenantPayment) {

    static RentCase of(RentRiskRequest r, RentRiskThresholds t) {
        LocalDate date = r.assessmentDate();
        return new RentCase(r, t, date, date.plusMonths(t.projectionMonths()), date.plusMonths(t.timelineMonths()),
                r.ucHousingElementMonthlyPence() == null ? Pence.ZERO : r.ucHousingElementMonthlyPence(),
                r.tenantPaymentPerRentPeriodPence() == null ? Pence.ZERO : r.tenantPaymentPerRentPeriodPence());
    }

    /** Whether UC housing costs are in payment: as given, else inferred from a housing element above nil. */
    boolean housingCostsInPayment() {
        return request.ucHousingCostsInPayment() != null ? request.ucHousingCostsInPayment()
                : request.ucHousingElementMonthlyPence() != null && request.ucHousingElementMonthlyPence().isPositive();
    }

    /** Whether the housing costs are already paid direct to the landlord. */
    boolean paidToLandlord() {
        return Boolean.TRUE.equals(request.housingCostsPaidToLandlord());
    }

    RentFrequency frequency() {
        return request.rentFrequency();
    }

    Pence rent() {
        return request.rentPence();
    }

    /** The tenure as explanations state it, with the social landlord type when given. */
    String tenureText() {
        return request.tenure() + (request.socialLandlord() == null ? "" : " (" + request.socialLandlord() + ")");
    }

    /** The date {@code n} rent periods after {@code anchor} (months counted from the anchor, so the 31st is kept). */
    static LocalDate step(LocalDate anchor, RentFrequency frequency, int n) {
        return switch (frequency) {
            case WEEKLY -> anchor.plusWeeks(n);
            case TWO_WEEKLY -> anchor.plusWeeks(2L * n);
            case FOUR_WEEKLY -> anchor.plusWeeks(4L * n);
            case MONTHLY -> anchor.plusMonths(n);
            case THREE_MONTHLY -> anchor.plusMonths(3L * n);
            case YEARLY -> anchor.plusYears(n);
        };
    }
}
