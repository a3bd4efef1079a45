package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How close a tenancy is to being lost over rent.
 *
 * @param assessmentDate               the date assessed
 * @param nation                       where the home is
 * @param tenure                       private or social
 * @param rentFrequency                how often rent falls due
 * @param monthlyRentPence             the rent as a monthly amount (UC Regs Sch 4 para 7 conversion), pence per month
 * @param ucHousingElementMonthlyPence the housing support counted, pence per month
 * @param monthlyShortfallPence        rent not covered by the housing element, pence per month (zero when covered)
 * @param arrearsPence                 arrears on the assessment date, in pence
 * @param arrearsInRentPeriods         arrears divided by the rent per period, cut to 2 decimal places
 * @param daysRentDueBeforeUcPayment   days from the next rent due date to the first UC payment on or after it; null
 *                                     when no UC payment date is known
 * @param possessionThreshold          the mandatory possession threshold
 * @param managedPayment               managed payment and third-party deduction
 * @param timeline                     three months of rent due, UC paid, tenant payments and running balance
 * @param riskLevel                    the highest level any reason raised
 * @param riskReasons                  every reason that raised the level, each with its rule id
 * @param explanation                  ruleset version, steps, assumptions
 * @param tenancyType                  the tenancy type given, or null
 * @param possessionGrounds            the rent-arrears possession grounds that tenancy type faces on the assessment
 *                                     date, with notice periods and what the court must consider (none when no type
 *                                     was given)
 */
public record RentRiskAssessment(LocalDate assessmentDate, Nation nation, Tenure tenure, RentFrequency rentFrequency,
                                 Pence monthlyRentPence, Pence ucHousingElementMonthlyPence,
                                 Pence monthlyShortfallPence, Pence arrearsPence, BigDecimal arrearsInRentPeriods,
                                 Integer daysRentDueBeforeUcPayment, PossessionThreshold possessionThreshold,
                                 ManagedPayment managedPayment, List<TimelineEntry> timeline, RiskLevel riskLevel,
                                 List<RiskReason> riskReasons, Explanation explanation, TenancyType tenancyType,
                                 List<PossessionGround> possessionGrounds) {
    public RentRiskAssessment {
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        timeline = List.copyOf(timeline);
        riskReasons = List.copyOf(riskReasons);
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(explanation, "explanation");
        possessionGrounds = List.copyOf(possessionGrounds);
    }
}
