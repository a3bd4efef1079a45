package dev.hearth.domain.rent;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.validation.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The rent-risk assessor: how close a tenancy is to being lost over rent.
 *
 * <p>Entry point: {@link #assess(RentRiskRequest)}. Pure and deterministic: no clock; the same request always gives the
 * same assessment and explanation.
 *
 * <p>What it works out (rule ids in {@link RentRiskRules}; each rule area is one file, listed in
 * {@code docs/rules/rent-risk.md}): the monthly shortfall between rent and the Universal Credit housing element and the
 * arrears in rent periods (here); the Universal Credit payment dates and the gap from rent due date to payment
 * ({@code UcPaymentDates}); a day-by-day projection of rent due, UC paid, the tenant's own payments and the running
 * balance, the first three months returned as the timeline ({@code RentProjection}); the date the arrears would reach
 * the mandatory possession threshold under the version of Housing Act 1988 Ground 8 in force on that date
 * ({@code Ground8Threshold}, {@link Ground8Version}), with the notice period; in Scotland the confirmed absence of a
 * mandatory ground for private tenancies, elsewhere an explicit "not modelled" ({@code ThresholdRegime});
 * managed-payment eligibility and the third-party deduction band ({@code ManagedPaymentPolicy}); and a risk level with
 * every reason that raised it ({@code RiskGrading}). The figures are in {@link RentRiskThresholds}.
 */
public final class RentRiskAssessor {

    private RentRiskAssessor() {
    }

    /**
     * Assesses the risk.
     *
     * @throws InvalidInputException with every violation found, field paths as the caller named them; {@code
     *         assessmentDate} with {@code rates_not_available} before 6 April 2025
     */
    public static RentRiskAssessment assess(RentRiskRequest request) {
        RentRiskThresholds thresholds = RentRiskThresholds.CURRENT;
        RentRiskValidator.validate(request, thresholds);
        RentCase c = RentCase.of(request, thresholds);
        ExplanationBuilder explanation = new ExplanationBuilder(RentRiskRules.RULESET_VERSION);

        Pence monthlyRent = monthlyRent(c, explanation);
        Pence shortfall = shortfall(c, monthlyRent, explanation);
        BigDecimal inPeriods = arrearsInPeriods(c, explanation);
        List<LocalDate> ucDates = UcPaymentDates.dates(c, explanation);
        Integer gap = UcPaymentDates.gap(c, ucDates, explanation);
        RentProjection.Projection projection = RentProjection.project(c, RentProjection.events(c, ucDates),
                monthlyRent, explanation);
        explainTimeline(c, projection.timeline(), explanation);
        PossessionThreshold threshold = projection.threshold();
        List<PossessionGround> grounds = TenancyGrounds.grounds(request, c.date(), explanation);
        ManagedPayment managed = ManagedPaymentPolicy.assess(c, monthlyRent, explanation);
        List<RiskReason> reasons = RiskGrading.reasons(c, shortfall, gap, managed, threshold, explanation);
        RiskLevel level = RiskGrading.level(reasons, explanation);
        return new RentRiskAssessment(c.date(), request.nation(), request.tenure(), c.frequency(), monthlyRent,
                c.housing(), shortfall, request.arrearsPence(), inPeriods, gap, threshold, managed,
                projection.timeline(), level, reasons, explanation.build(), request.tenancyType(), grounds);
    }

    /**
     * {@code rent.monthly_equivalent}: UC Regs 2013 Sch 4 para 7(2) (weekly x 52 / 12 ...), rounded to the nearest
     * penny under reg 6(1), through {@link RentFrequency}.
     */
    private static Pence monthlyRent(RentCase c, ExplanationBuilder explanation) {
        RentFrequency frequency = c.frequency();
        Pence monthlyRent = frequency.toMonthly(c.rent());
        explanation.step(RentRiskRules.MONTHLY_RENT, "Monthly equivalent of the rent (" + frequency.formula() + ", "
                        + frequency.paragraph() + ")",
                List.of(Fact.of("rent", c.rent() + " " + frequency.name().toLowerCase().replace('_', '-')),
                        Fact.of("exact", frequency.exactMonthlyPence(c.rent())
                                .setScale(4, RoundingMode.DOWN).toPlainString() + "p")),
                monthlyRent + " a month", RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP);
        return monthlyRent;
    }

    /** {@code rent.shortfall}: monthly rent less the UC housing element, never below nil. */
    private static Pence shortfall(RentCase c, Pence monthlyRent, ExplanationBuilder explanation) {
        Pence shortfall = monthlyRent.minusFloorZero(c.housing());
        explanation.step(RentRiskRules.SHORTFALL, "Monthly shortfall = monthly rent - housing element",
                List.of(Fact.of("monthly rent", monthlyRent), Fact.of("housing element", c.housing() + " a month")),
                shortfall + " a month");
        if (c.request().ucHousingElementMonthlyPence() == null) {
            explanation.assume("rent.no_housing_element", AssumptionSource.DEFAULTED,
                    "No Universal Credit housing element was given, so none is counted.");
        } else {
            explanation.assume("rent.housing_element_supplied", AssumptionSource.USER_SUPPLIED,
                    "The housing element is as supplied (from a Universal Credit estimate or award statement) and "
                            + "is assumed to reach the rent in full each month.");
        }
        return shortfall;
    }

    /** {@code rent.arrears_in_periods}: arrears / rent per period, cut to 2 decimal places (Ground 8 counts periods). */
    private static BigDecimal arrearsInPeriods(RentCase c, ExplanationBuilder explanation) {
        Pence arrears = c.request().arrearsPence();
        BigDecimal inPeriods = arrears.toBigDecimal().divide(c.rent().toBigDecimal(), 2, RoundingMode.DOWN);
        explanation.step(RentRiskRules.ARREARS_IN_PERIODS, "Arrears in rent periods = arrears / rent per period, "
                        + "cut to 2 decimal places",
                List.of(Fact.of("arrears", arrears), Fact.of("rent per period", c.rent())),
                inPeriods.toPlainString() + " rent periods");
        return inPeriods;
    }

    /** {@code rent.timeline}: what the returned timeline shows. */
    private static void explainTimeline(RentCase c, List<TimelineEntry> timeline, ExplanationBuilder explanation) {
        explanation.step(RentRiskRules.TIMELINE, "Project rent due, UC housing payments and the tenant's payments "
                        + "for " + c.thresholds().timelineMonths() + " months (rent first on a shared day)",
                List.of(Fact.of("opening arrears", c.request().arrearsPence()),
                        Fact.of("events in the timeline", timeline.size()),
                        Fact.of("tenant's payment each rent period", c.tenantPayment())),
                timeline.isEmpty() ? "no events" : "balance " + timeline.get(timeline.size() - 1).balancePence()
                        + " after " + timeline.get(timeline.size() - 1).date());
        if (c.request().tenantPaymentPerRentPeriodPence() == null) {
            explanation.assume("rent.no_tenant_payment", AssumptionSource.DEFAULTED,
                    "No payment by the tenant from their own money was given, so none is projected.");
        }
    }
}
