package dev.hearth.domain.rent;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;

/** A readable builder for rent-risk requests in tests; amounts in pounds as strings. */
final class RentFixtures {

    private RentFixtures() {
    }

    static Pence p(String pounds) {
        return Pence.ofPounds(pounds);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** England, private, monthly rent due on {@code nextDue}, no arrears, no UC. */
    static Builder monthly(String assessed, String rent, String nextDue) {
        return new Builder().assessed(assessed).rent(rent, RentFrequency.MONTHLY, nextDue);
    }

    static final class Builder {
        LocalDate assessmentDate;
        Nation nation = Nation.ENGLAND;
        Tenure tenure = Tenure.PRIVATE;
        SocialLandlord landlord;
        Pence rent;
        RentFrequency frequency;
        LocalDate nextDue;
        Pence arrears = Pence.ZERO;
        boolean acknowledged;
        Pence housing;
        LocalDate ucDate;
        LocalDate apStart;
        Pence tenantPayment;
        Pence standardAllowance;
        boolean repeated;
        TenancyType tenancyType;
        Boolean housingCostsInPayment;
        Boolean paidToLandlord;

        Builder assessed(String iso) {
            assessmentDate = d(iso);
            return this;
        }

        Builder rent(String pounds, RentFrequency f, String nextDueIso) {
            rent = p(pounds);
            frequency = f;
            nextDue = d(nextDueIso);
            return this;
        }

        Builder arrears(String pounds) {
            arrears = p(pounds);
            return this;
        }

        Builder nation(Nation n) {
            nation = n;
            return this;
        }

        Builder social(SocialLandlord l) {
            tenure = Tenure.SOCIAL;
            landlord = l;
            return this;
        }

        Builder uc(String housingPounds, String paymentIso) {
            housing = p(housingPounds);
            ucDate = d(paymentIso);
            return this;
        }

        Builder ucPeriods(String housingPounds, String apStartIso) {
            housing = p(housingPounds);
            apStart = d(apStartIso);
            return this;
        }

        Builder tenantPays(String pounds) {
            tenantPayment = p(pounds);
            return this;
        }

        Builder standardAllowance(String pounds) {
            standardAllowance = p(pounds);
            return this;
        }

        Builder repeatedUnderpayment() {
            repeated = true;
            return this;
        }

        Builder tenancy(TenancyType t) {
            tenancyType = t;
            return this;
        }

        /** UC housing costs are in payment (told, not inferred from a housing element). */
        Builder housingCostsInPayment(boolean inPayment) {
            housingCostsInPayment = inPayment;
            return this;
        }

        Builder paidToLandlord() {
            paidToLandlord = true;
            return this;
        }

        RentRiskRequest build() {
            return new RentRiskRequest(assessmentDate, nation, tenure, landlord, rent, frequency, nextDue, arrears,
                    acknowledged, housing, ucDate, apStart, tenantPayment, standardAllowance, repeated, tenancyType,
                    housingCostsInPayment, paidToLandlord);
        }

        RentRiskAssessment assess() {
            return RentRiskAssessor.assess(build());
        }
    }
}
