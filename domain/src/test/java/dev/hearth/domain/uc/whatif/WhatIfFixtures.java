package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.RentedHome;
import dev.hearth.domain.uc.UcEstimateRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Households for the what-if tests; figures from the engine's 2026-27 rates (docs/rules/universal-credit.md). */
final class WhatIfFixtures {

    static final LocalDate PERIOD = LocalDate.of(2026, 5, 14);

    private WhatIfFixtures() {
    }

    static Pence p(String pounds) {
        return Pence.ofPounds(pounds);
    }

    static RentedHome socialRent(String monthly, int bedrooms) {
        return new RentedHome(Tenure.SOCIAL, new HousingPayment(p(monthly), RentFrequency.MONTHLY), null, null, bedrooms,
                false, null, false, null);
    }

    static List<Child> children(int count) {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add(Child.of(LocalDate.of(2018 + i, 3, 1), i % 2 == 0 ? Sex.FEMALE : Sex.MALE));
        }
        return children;
    }

    /** A single parent aged 30 with one child born 2018, social rent £500 a month (2 bedrooms), outside London. */
    static UcEstimateRequest singleParentRenting() {
        return UcEstimateRequest.single(PERIOD, Nation.ENGLAND, Claimant.of(LocalDate.of(1996, 1, 10), Pence.ZERO))
                .withChildren(children(1)).withHousing(socialRent("500", 2));
    }

    /** A single parent aged 30 with three children, social rent £1,400 a month (3 bedrooms), in Greater London. */
    static UcEstimateRequest cappedLondonFamily() {
        return UcEstimateRequest.single(PERIOD, Nation.ENGLAND, Claimant.of(LocalDate.of(1996, 1, 10), Pence.ZERO))
                .withChildren(children(3)).withHousing(socialRent("1400", 3)).withLivesInGreaterLondon(true);
    }

    /** A single adult aged 30, no children, no housing costs. */
    static UcEstimateRequest singleAdult() {
        return UcEstimateRequest.single(PERIOD, Nation.ENGLAND, Claimant.of(LocalDate.of(1996, 1, 10), Pence.ZERO));
    }

    static EarningsCurveRequest curve(UcEstimateRequest household, String from, String to, String step) {
        return new EarningsCurveRequest(household, 0, p(from), p(to), p(step), null, null);
    }
}
