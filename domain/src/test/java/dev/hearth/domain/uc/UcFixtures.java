package dev.hearth.domain.uc;

import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Households used across the UC tests, including the issue's worked example. */
final class UcFixtures {

    static final LocalDate MAY_2026 = LocalDate.of(2026, 5, 14);
    static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 14);

    private UcFixtures() {
    }

    static Pence p(String pounds) {
        return Pence.ofPounds(pounds);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A claimant aged {@code age} on the given period start (birthday the day after the period start, so age is exact). */
    static Claimant aged(int age, LocalDate periodStart, String netEarnings) {
        return Claimant.of(periodStart.minusYears(age).minusDays(40), p(netEarnings));
    }

    static UcEstimateRequest single(LocalDate start, int age, String earnings) {
        return UcEstimateRequest.single(start, Nation.ENGLAND, aged(age, start, earnings));
    }

    static UcEstimateRequest couple(LocalDate start, int age1, String e1, int age2, String e2) {
        return UcEstimateRequest.couple(start, Nation.ENGLAND, aged(age1, start, e1), aged(age2, start, e2));
    }

    static RentedHome privateRent(String monthlyRent, Map<LhaCategory, Pence> lha) {
        return new RentedHome(Tenure.PRIVATE, new HousingPayment(p(monthlyRent), RentFrequency.MONTHLY), null, null, 2, false,
                null, false, new LhaSource.Supplied(lha));
    }

    static RentedHome socialRent(String amount, RentFrequency frequency, int bedrooms) {
        return new RentedHome(Tenure.SOCIAL, new HousingPayment(p(amount), frequency), null, null, bedrooms, false, null,
                false, null);
    }

    static NonDependant nonDependant(LocalDate dateOfBirth) {
        return new NonDependant(dateOfBirth, Sex.MALE, Set.of(), false, false, false, false, false, false, false);
    }

    /**
     * The issue's example: a couple aged 24 and 31, two children born 2016-05-01 and 2019-09-12 (the younger disabled,
     * lower rate; both girls, so they share a bedroom), private rent of £950 a month in Central Greater Manchester
     * (2-bed LHA £875, 3-bed £950), one non-dependant aged 23, net earnings £1,200 and £300, capital £7,400, outside
     * London, period starting 2026-05-14.
     */
    static UcEstimateRequest issueExample() {
        Claimant first = Claimant.of(d("2001-09-30"), p("1200.00"));   // 24 on 2026-05-14
        Claimant second = Claimant.of(d("1995-01-20"), p("300.00"));   // 31
        Child older = Child.of(d("2016-05-01"), Sex.FEMALE);
        Child younger = Child.of(d("2019-09-12"), Sex.FEMALE).withDisabledChildRate(DisabledChildRate.LOWER);
        RentedHome home = new RentedHome(Tenure.PRIVATE, new HousingPayment(p("950.00"), RentFrequency.MONTHLY), null, null,
                3, false, null, false,
                new LhaSource.Supplied(Map.of(LhaCategory.TWO_BEDROOMS, p("875.00"), LhaCategory.THREE_BEDROOMS, p("950.00"))));
        return UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, first, second)
                .withChildren(List.of(older, younger))
                .withHousing(home)
                .withNonDependants(List.of(nonDependant(d("2002-11-03"))))   // 23
                .withCapital(p("7400.00"));
    }
}
