package dev.hearth.domain.uc;

import dev.hearth.domain.money.Rate;
import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.housing.HousingCostsElement;
import dev.hearth.domain.housing.HousingRates;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.rates.DatedValue;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.rates.UcRuleFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures that depend only on a rates year (or on one National Living Wage entry), worked out once for every year
 * shipped when the class loads rather than on every estimate, and never changed afterwards: the housing engine's
 * figures and their "housing figures supplied" assumption, the taper and childcare rates taken apart once
 * ({@link Rate}, for {@code RoundingRule.roundProduct}), each monthly benefit cap (the annual limit / 12, rounded under reg 6(1), exactly as the cap step describes it), and for each National
 * Living Wage entry the benefit-cap earnings threshold with its "secondary source" assumption.
 */
record UcYearFigures(UcRates rates, HousingRates housingRates, Assumption housingRatesAssumption, Rate taper,
                     Rate childcareShare, Pence capLondonCoupleOrWithChild, Pence capLondonSingle,
                     Pence capElsewhereCoupleOrWithChild, Pence capElsewhereSingle) {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);

    /** One entry per rates year of {@link UcRatesSchedule#years()}, in the same order; an immutable list. */
    private static final List<UcYearFigures> YEARS = build();

    /** One entry per National Living Wage entry of {@link UcRatesSchedule#NATIONAL_LIVING_WAGE}; an immutable list. */
    private static final List<NlwFigures> NLW = buildNlw();

    /**
     * What follows from one National Living Wage entry: the benefit-cap earnings threshold and the text of the
     * "secondary source" assumption.
     */
    record NlwFigures(DatedValue<BigDecimal> nlw, Pence threshold, Assumption secondarySource) {
    }

    private static List<UcYearFigures> build() {
        List<UcYearFigures> years = new ArrayList<>();
        for (UcRates year : UcRatesSchedule.years()) {
            years.add(of(year));
        }
        return List.copyOf(years);
    }

    private static List<NlwFigures> buildNlw() {
        List<NlwFigures> entries = new ArrayList<>();
        for (DatedValue<BigDecimal> nlw : UcRatesSchedule.NATIONAL_LIVING_WAGE.values()) {
            entries.add(new NlwFigures(nlw, earningsThreshold(nlw.value()), new Assumption("uc.benefit_cap.nlw_secondary",
                    AssumptionSource.UNCONFIRMED_RULE, "The National Living Wage of £" + nlw.value().toPlainString()
                    + " is taken from a secondary source (" + nlw.source()
                    + "); no DWP publication of the resulting threshold was found.")));
        }
        return List.copyOf(entries);
    }

    static UcYearFigures of(UcRates year) {
        HousingRates housingRates = housingRates(year);
        return new UcYearFigures(year, housingRates, HousingCostsElement.ratesAssumption(housingRates),
                Rate.of(year.taperRate().value()), Rate.of(year.childcareCostsRate().value()),
                monthlyCap(year.benefitCapAnnualLondonCoupleOrWithChild().value()),
                monthlyCap(year.benefitCapAnnualLondonSingle().value()),
                monthlyCap(year.benefitCapAnnualElsewhereCoupleOrWithChild().value()),
                monthlyCap(year.benefitCapAnnualElsewhereSingle().value()));
    }

    /** The figures the housing engine needs for a rates year, each from the rates and rules data. */
    private static HousingRates housingRates(UcRates year) {
        int exemptUnder = UcRuleFigures.NON_DEPENDANT_EXEMPT_UNDER_AGE.value();
        BigDecimal oneBedroom = UcRuleFigures.UNDER_OCCUPANCY_ONE_BEDROOM.value();
        BigDecimal twoOrMore = UcRuleFigures.UNDER_OCCUPANCY_TWO_OR_MORE_BEDROOMS.value();
        int sharedAge = UcRuleFigures.SHARED_ACCOMMODATION_AGE.value();
        int maximumBedrooms = UcRuleFigures.MAXIMUM_BEDROOMS.value();
        return new HousingRates(year.taxYear(), year.nonDependantContribution().value(), exemptUnder, oneBedroom, twoOrMore,
                sharedAge, maximumBedrooms,
                "Hearth UC rates " + year.taxYear() + ": non-dependant contribution from "
                        + year.nonDependantContribution().source() + "; under " + exemptUnder + " exempt (Sch 4 para 16(2)(a)); "
                        + Prose.percent(oneBedroom) + " / " + Prose.percent(twoOrMore) + " (para 36(3)); shared accommodation age "
                        + sharedAge + " (para 28); at most " + maximumBedrooms + " bedrooms (para 26)");
    }

    /** The monthly benefit cap: the annual limit divided by 12, rounded to the nearest penny (reg 6(1)). */
    private static Pence monthlyCap(Pence annual) {
        return RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP.round(
                UniversalCredit.exactDivide(annual.toBigDecimal(), MONTHS_PER_YEAR));
    }

    /**
     * The benefit-cap earnings threshold (UC Regs reg 82(1)(a), (4)): 16 hours a week at the National Living Wage,
     * converted to a monthly amount (x 52 / 12), rounded down to the whole pound (reg 6(1A)(za)).
     */
    static Pence earningsThreshold(BigDecimal nationalLivingWagePounds) {
        BigDecimal hours = BigDecimal.valueOf(UcRuleFigures.BENEFIT_CAP_EARNINGS_HOURS.value());
        BigDecimal exactPence = nationalLivingWagePounds.movePointRight(2).multiply(hours).multiply(WEEKS_PER_YEAR);
        return RoundingRule.UC_REG_6_1A_DOWN_TO_POUND.round(UniversalCredit.exactDivide(exactPence, MONTHS_PER_YEAR));
    }

    /** The figures for a rates year of {@link UcRatesSchedule} (looked up by identity: there are two). */
    static UcYearFigures forYear(UcRates rates) {
        for (UcYearFigures year : YEARS) {
            if (year.rates() == rates) {
                return year;
            }
        }
        throw new NullPointerException("no housing rates for " + rates.taxYear());
    }

    /** The figures for an entry of {@link UcRatesSchedule#NATIONAL_LIVING_WAGE} (looked up by identity). */
    static NlwFigures forNationalLivingWage(DatedValue<BigDecimal> nlw) {
        for (NlwFigures entry : NLW) {
            if (entry.nlw() == nlw) {
                return entry;
            }
        }
        throw new IllegalStateException("National Living Wage entry not in the schedule: " + nlw);
    }

    Pence monthlyCap(boolean london, boolean coupleOrChild) {
        return london ? (coupleOrChild ? capLondonCoupleOrWithChild : capLondonSingle)
                : (coupleOrChild ? capElsewhereCoupleOrWithChild : capElsewhereSingle);
    }
}
