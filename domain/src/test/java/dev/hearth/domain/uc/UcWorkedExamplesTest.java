package dev.hearth.domain.uc;

import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.hearth.domain.uc.Example.Figure.AWARD;
import static dev.hearth.domain.uc.Example.Figure.AWARD_BEFORE_CAP;
import static dev.hearth.domain.uc.Example.Figure.CAP_EARNINGS_THRESHOLD;
import static dev.hearth.domain.uc.Example.Figure.CAP_REDUCTION;
import static dev.hearth.domain.uc.Example.Figure.CAP_RELEVANT_AMOUNT;
import static dev.hearth.domain.uc.Example.Figure.CARER;
import static dev.hearth.domain.uc.Example.Figure.CHILDCARE;
import static dev.hearth.domain.uc.Example.Figure.CHILD_ELEMENTS;
import static dev.hearth.domain.uc.Example.Figure.DISABLED_CHILD;
import static dev.hearth.domain.uc.Example.Figure.EARNINGS_REDUCTION;
import static dev.hearth.domain.uc.Example.Figure.HOUSING;
import static dev.hearth.domain.uc.Example.Figure.LCW;
import static dev.hearth.domain.uc.Example.Figure.LCWRA;
import static dev.hearth.domain.uc.Example.Figure.MAXIMUM;
import static dev.hearth.domain.uc.Example.Figure.PAYMENT;
import static dev.hearth.domain.uc.Example.Figure.STANDARD_ALLOWANCE;
import static dev.hearth.domain.uc.Example.Figure.TARIFF;
import static dev.hearth.domain.uc.Example.Figure.TOTAL_DEDUCTIONS;
import static dev.hearth.domain.uc.Example.Figure.UNEARNED;
import static dev.hearth.domain.uc.Example.Figure.WORK_ALLOWANCE;
import static dev.hearth.domain.uc.Example.row;
import static dev.hearth.domain.uc.UcFixtures.MAY_2025;
import static dev.hearth.domain.uc.UcFixtures.MAY_2026;
import static dev.hearth.domain.uc.UcFixtures.aged;
import static dev.hearth.domain.uc.UcFixtures.couple;
import static dev.hearth.domain.uc.UcFixtures.d;
import static dev.hearth.domain.uc.UcFixtures.p;
import static dev.hearth.domain.uc.UcFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven worked examples for every rule of the UC engine and its edges. Each row names its source: the
 * regulation and rates table it reads, or a hand calculation written out in the row. Unless a row says otherwise the
 * period starts 2026-05-14 (2026-27 rates) or 2025-05-14 (2025-26 rates), the household lives in England outside
 * London, and has no housing costs.
 */
class UcWorkedExamplesTest {

    // The benefit-cap base household: a single parent aged 30, four children born 2018-2021 (all under 10, so two
    // bedrooms for them and one for the parent), social rent of £1,400 a month for a 3-bedroom home, no earnings, 2026-27.
    // Maximum: 424.90 + 4 x 303.94 (1,215.76) + 1,400.00 = 3,040.66. Monthly cap for a single parent outside London:
    // 22,020 / 12 = 1,835.00.
    /** A couple aged 30 and 67 (over State Pension age) keeping an award from before 15 May 2019, four children, social rent £1,400. */
    private static UcEstimateRequest mixedAgeCouple(String youngerPartnersEarnings) {
        return UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, aged(30, MAY_2026, youngerPartnersEarnings),
                        aged(67, MAY_2026, "0").withReachedStatePensionAge(true))
                .withMixedAgeCoupleExistingAward(true)
                .withChildren(kids("2018-02-01", "2019-03-01", "2020-04-01", "2021-05-01"))
                .withHousing(UcFixtures.socialRent("1400.00", RentFrequency.MONTHLY, 3));
    }

    private static UcEstimateRequest capBase(String earnings) {
        return single(MAY_2026, 30, earnings)
                .withChildren(kids("2018-02-01", "2019-03-01", "2020-04-01", "2021-05-01"))
                .withHousing(UcFixtures.socialRent("1400.00", RentFrequency.MONTHLY, 3));
    }

    private static List<Child> kids(String... dates) {
        List<Child> out = new ArrayList<>();
        for (String date : dates) {
            out.add(Child.of(d(date), Sex.FEMALE));
        }
        return out;
    }

    private static Claimant withLcwra(Claimant c, LcwraRate rate) {
        return c.withWorkCapability(WorkCapability.LCWRA, rate);
    }

    private static UcEstimateRequest singleWith(LocalDate start, Claimant c) {
        return UcEstimateRequest.single(start, Nation.ENGLAND, c);
    }

    static List<Example> examples() {
        List<Example> rows = new ArrayList<>();

        // ---- standard allowance (reg 36 table) ----------------------------------------------------------------
        rows.add(row("SA-01 single under 25, 2026-27", "UC Regs reg 36 table 2026-27: single under 25 = 338.58",
                single(MAY_2026, 24, "0")).expect(STANDARD_ALLOWANCE, "338.58").expect(AWARD, "338.58"));
        rows.add(row("SA-02 single 25 or over, 2026-27", "reg 36 table 2026-27: single 25+ = 424.90",
                single(MAY_2026, 25, "0")).expect(AWARD, "424.90"));
        rows.add(row("SA-03 turns 25 during the period", "reg 36 + D&A Regs Sch 1 para 20: 25th birthday 2026-06-01 falls in "
                        + "the period 2026-05-14 to 2026-06-13, so 424.90 for the whole period",
                singleWith(MAY_2026, Claimant.of(d("2001-06-01"), p("0")))).expect(STANDARD_ALLOWANCE, "424.90"));
        rows.add(row("SA-04 turns 25 the day after the period", "hand: 25th birthday 2026-06-14 is after the last day "
                        + "2026-06-13, so the under-25 amount 338.58",
                singleWith(MAY_2026, Claimant.of(d("2001-06-14"), p("0")))).expect(STANDARD_ALLOWANCE, "338.58"));
        rows.add(row("SA-05 couple both under 25", "reg 36 table 2026-27: joint, both under 25 = 528.34",
                couple(MAY_2026, 22, "0", 24, "0")).expect(AWARD, "528.34"));
        rows.add(row("SA-06 couple of mixed ages 24 and 31", "reg 36 table 2026-27: joint, one or both 25+ = 666.97",
                couple(MAY_2026, 24, "0", 31, "0")).expect(AWARD, "666.97"));
        rows.add(row("SA-07 single 25 or over, 2025-26", "reg 36 table 2025-26 (SI 2025/295): 400.14",
                single(MAY_2025, 40, "0")).expect(AWARD, "400.14").ratesYear("2025-26"));
        rows.add(row("SA-08 single under 25, 2025-26", "reg 36 table 2025-26: 316.98", single(MAY_2025, 19, "0"))
                .expect(AWARD, "316.98"));
        rows.add(row("SA-09 couple both under 25, 2025-26", "reg 36 table 2025-26: 497.55",
                couple(MAY_2025, 20, "0", 23, "0")).expect(AWARD, "497.55"));
        rows.add(row("SA-10 couple over 25, 2025-26", "reg 36 table 2025-26: 628.10",
                couple(MAY_2025, 40, "0", 23, "0")).expect(AWARD, "628.10"));

        // ---- the April 2026 rates switch (SSAA 1992 s.150(10ZA)-(10ZB)) ---------------------------------------
        rows.add(row("RY-01 period starting 2025-04-07 uses 2025-26", "s.150(10ZB): first Monday of 2025-26 is 7 April 2025",
                single(d("2025-04-07"), 30, "0")).expect(AWARD, "400.14").ratesYear("2025-26"));
        rows.add(row("RY-02 period starting 2026-04-05 keeps 2025-26", "s.150(10ZB): the period began before 6 April 2026",
                single(d("2026-04-05"), 30, "0")).expect(AWARD, "400.14").ratesYear("2025-26"));
        rows.add(row("RY-03 period starting 2026-04-06 uses 2026-27", "s.150(10ZB): 6 April 2026 is the first Monday of "
                        + "the 2026-27 tax year", single(d("2026-04-06"), 30, "0")).expect(AWARD, "424.90").ratesYear("2026-27"));
        rows.add(row("RY-04 period starting 2026-04-10 uses 2026-27", "s.150(10ZB); press said 13 April, the statute gives "
                        + "6 April", single(d("2026-04-10"), 30, "0")).expect(AWARD, "424.90"));

        // ---- child element, two-child limit (reg 24, 24A, 24B, Sch 12) ---------------------------------------
        rows.add(row("CH-01 first child born before April 2017 gets the higher rate", "reg 36 2026-27: 424.90 + 351.88 = 776.78",
                single(MAY_2026, 30, "0").withChildren(kids("2016-05-01"))).expect(CHILD_ELEMENTS, "351.88").expect(AWARD, "776.78"));
        rows.add(row("CH-02 only child born after April 2017 gets the standard rate", "reg 36 2026-27: 424.90 + 303.94 = 728.84",
                single(MAY_2026, 30, "0").withChildren(kids("2018-01-01"))).expect(AWARD, "728.84"));
        rows.add(row("CH-03 two-child limit excludes a third child in 2025-26", "reg 24A: children 2018, 2019, 2020; "
                        + "2 x 292.81 = 585.62; 400.14 + 585.62 = 985.76",
                single(MAY_2025, 30, "0").withChildren(kids("2018-01-01", "2019-01-01", "2020-01-01")))
                .expect(CHILD_ELEMENTS, "585.62").expect(AWARD, "985.76"));
        rows.add(row("CH-04 no two-child limit from 6 April 2026", "Removal of Two Child Limit Act 2026: 3 x 303.94 = 911.82; "
                        + "424.90 + 911.82 = 1,336.72",
                single(MAY_2026, 30, "0").withChildren(kids("2018-01-01", "2019-01-01", "2020-01-01")))
                .expect(CHILD_ELEMENTS, "911.82").expect(AWARD, "1336.72"));
        rows.add(row("CH-05 two-child limit still applies to a period starting 2026-04-05", "ADM memo 03/26: only periods "
                        + "starting on or after 6 April 2026; 400.14 + 585.62 = 985.76",
                single(d("2026-04-05"), 30, "0").withChildren(kids("2018-01-01", "2019-01-01", "2020-01-01")))
                .expect(AWARD, "985.76"));
        rows.add(row("CH-06 limit with an older first child", "reg 24A/36 2025-26: 2015 child 339.00 + 2018 child 292.81; 2019 "
                        + "child excluded; 400.14 + 631.81 = 1,031.95",
                single(MAY_2025, 30, "0").withChildren(kids("2019-01-01", "2015-01-01", "2018-01-01")))
                .expect(CHILD_ELEMENTS, "631.81").expect(AWARD, "1031.95"));
        rows.add(row("CH-07 every child born before April 2017 counts", "reg 24A(1): children 2014, 2015, 2016: 339.00 + "
                        + "2 x 292.81 = 924.62; 400.14 + 924.62 = 1,324.76",
                single(MAY_2025, 30, "0").withChildren(kids("2014-01-01", "2015-01-01", "2016-01-01")))
                .expect(AWARD, "1324.76"));
        rows.add(row("CH-08 third child born after 2017 behind two older ones is excluded", "reg 24A: 2014 (339.00), 2016 "
                        + "(292.81), 2018 excluded; 400.14 + 631.81 = 1,031.95",
                single(MAY_2025, 30, "0").withChildren(kids("2014-01-01", "2016-01-01", "2018-01-01")))
                .expect(AWARD, "1031.95"));
        rows.add(row("CH-09 multiple-birth exception", "Sch 12 para 2: 2018 child, twins 2020-03-01, the second twin excepted; "
                        + "3 x 292.81 = 878.43; 400.14 + 878.43 = 1,278.57",
                single(MAY_2025, 30, "0").withChildren(List.of(Child.of(d("2018-01-01"), Sex.MALE),
                        Child.of(d("2020-03-01"), Sex.MALE),
                        Child.of(d("2020-03-01"), Sex.FEMALE).withTwoChildLimitException(TwoChildLimitException.MULTIPLE_BIRTH))))
                .expect(CHILD_ELEMENTS, "878.43").expect(AWARD, "1278.57"));
        rows.add(row("CH-10 adoption exception", "Sch 12 para 3: third child adopted; 3 x 292.81; 1,278.57",
                single(MAY_2025, 30, "0").withChildren(List.of(Child.of(d("2018-01-01"), Sex.MALE),
                        Child.of(d("2019-03-01"), Sex.MALE),
                        Child.of(d("2020-03-01"), Sex.FEMALE).withTwoChildLimitException(TwoChildLimitException.ADOPTION))))
                .expect(AWARD, "1278.57"));
        rows.add(row("CH-11 disabled child addition is paid for a child the limit excludes", "reg 24(2): 400.14 + 585.62 + "
                        + "higher rate 495.87 = 1,481.63",
                single(MAY_2025, 30, "0").withChildren(List.of(Child.of(d("2018-01-01"), Sex.MALE),
                        Child.of(d("2019-01-01"), Sex.MALE),
                        Child.of(d("2020-01-01"), Sex.MALE).withDisabledChildRate(DisabledChildRate.HIGHER))))
                .expect(DISABLED_CHILD, "495.87").expect(AWARD, "1481.63"));
        rows.add(row("CH-12 disabled child higher rate 2026-27", "reg 36 2026-27: 424.90 + 303.94 + 514.71 = 1,243.55",
                single(MAY_2026, 30, "0").withChildren(List.of(Child.of(d("2018-01-01"), Sex.MALE)
                        .withDisabledChildRate(DisabledChildRate.HIGHER))))
                .expect(AWARD, "1243.55"));
        rows.add(row("CH-13 qualifying young person aged 17 counts", "reg 5: 17 and in non-advanced education; 424.90 + "
                        + "351.88 (born 2009, first child) = 776.78",
                single(MAY_2026, 45, "0").withChildren(List.of(Child.of(d("2009-01-01"), Sex.MALE)
                        .withQualifyingYoungPerson(true))))
                .expect(AWARD, "776.78"));
        rows.add(row("CH-15 eldest child born 5 April 2017 gets the higher first-child rate", "reg 36: first child born before "
                        + "6 April 2017 = 339.00; 2018 child 292.81; 2019 child third, excluded; 400.14 + 631.81 = 1,031.95",
                single(MAY_2025, 30, "0").withChildren(kids("2017-04-05", "2018-01-01", "2019-01-01")))
                .expect(CHILD_ELEMENTS, "631.81").expect(AWARD, "1031.95"));
        rows.add(row("CH-16 born on 6 April 2017 is subject to the limit", "reg 24A: born on (not after) 6 April 2017 counts: "
                        + "children 2015, 2016, 2017-04-06: 339.00 + 292.81 + third excluded = 631.81; 400.14 + 631.81 = 1,031.95",
                single(MAY_2025, 30, "0").withChildren(kids("2015-01-01", "2016-01-01", "2017-04-06"))).expect(AWARD, "1031.95"));
        rows.add(row("CH-17 born 5 April 2017 as the third child still counts", "reg 24A(1): born before 6 April 2017; "
                        + "children 2015, 2016, 2017-04-05: 339.00 + 2 x 292.81 = 924.62; 400.14 + 924.62 = 1,324.76",
                single(MAY_2025, 30, "0").withChildren(kids("2015-01-01", "2016-01-01", "2017-04-05"))).expect(AWARD, "1324.76"));
        rows.add(row("CH-14 a baby born during the period counts", "D&A Regs Sch 1 para 20: born 2026-06-01 inside the "
                        + "period; 424.90 + 303.94 = 728.84",
                single(MAY_2026, 30, "0").withChildren(kids("2026-06-01"))).expect(AWARD, "728.84"));

        rows.add(row("CH-18 a 16-year-old counts until the 1st September after their 16th birthday, in education or not",
                "reg 5(1)(a): born 2010-03-10, 16 on 2026-03-10, counts until 2026-09-01; first child born before 6 April 2017: "
                        + "424.90 + 351.88 = 776.78",
                single(MAY_2026, 30, "0").withChildren(kids("2010-03-10"))).expect(CHILD_ELEMENTS, "351.88").expect(AWARD, "776.78"));
        rows.add(row("CH-19 a 19-year-old in non-advanced education counts until the 1st September after their 19th birthday",
                "reg 5(1)(b), (2): born 2006-12-01, 19 on 2025-12-01, counts until 2026-09-01 while in qualifying education; "
                        + "424.90 + 351.88 = 776.78",
                single(MAY_2026, 30, "0").withChildren(List.of(Child.of(d("2006-12-01"), Sex.MALE).withQualifyingYoungPerson(true))))
                .expect(CHILD_ELEMENTS, "351.88").expect(AWARD, "776.78"));

        // ---- LCW / LCWRA (reg 27, 28, 36; UC Act 2025) --------------------------------------------------------
        rows.add(row("HE-01 LCWRA 2025-26", "reg 36 2025-26: 400.14 + 423.27 = 823.41",
                singleWith(MAY_2025, withLcwra(aged(30, MAY_2025, "0"), null))).expect(LCWRA, "423.27").expect(AWARD, "823.41"));
        rows.add(row("HE-02 LCWRA 2026-27 pre-2026 claimant: protected rate", "reg 36 2026-27: 424.90 + 429.80 = 854.70",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.PRE_2026_CLAIMANT))).expect(AWARD, "854.70"));
        rows.add(row("HE-03 LCWRA 2026-27 new claim: new-claim rate", "reg 36 2026-27: 424.90 + 217.26 = 642.16",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.NEW_CLAIM_FROM_APRIL_2026))).expect(AWARD, "642.16"));
        rows.add(row("HE-04 LCWRA 2026-27 group not given: defaulted to the new-claim rate", "defaulted: 424.90 + 217.26 = 642.16",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), null))).expect(LCWRA, "217.26"));
        rows.add(row("HE-05 LCWRA 2026-27 severe conditions: protected rate", "reg 36 2026-27: 429.80",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.SEVERE_CONDITIONS_CRITERIA))).expect(LCWRA, "429.80"));
        rows.add(row("HE-06 LCWRA 2026-27 terminally ill: protected rate", "reg 36 2026-27: 429.80",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.TERMINALLY_ILL))).expect(LCWRA, "429.80"));
        rows.add(row("HE-07 couple both LCWRA: one element, the higher", "reg 27(4): 666.97 + 429.80 = 1,096.77",
                UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.NEW_CLAIM_FROM_APRIL_2026),
                        withLcwra(aged(40, MAY_2026, "0"), LcwraRate.PRE_2026_CLAIMANT))).expect(LCWRA, "429.80").expect(AWARD, "1096.77"));
        rows.add(row("HE-08 LCW element kept from before April 2017", "reg 27 transitional; 424.90 + 158.76 = 583.66",
                singleWith(MAY_2026, aged(50, MAY_2026, "0").withWorkCapability(WorkCapability.LCW, null)
                        .withLcwElementFromBeforeApril2017(true))).expect(LCW, "158.76").expect(AWARD, "583.66"));
        rows.add(row("HE-09 LCW without transitional protection: no element", "reg 27 as amended 2017: 424.90",
                singleWith(MAY_2026, aged(50, MAY_2026, "0").withWorkCapability(WorkCapability.LCW, null))).expect(AWARD, "424.90"));

        // ---- carer element (reg 29, 30) -----------------------------------------------------------------------
        rows.add(row("CA-01 carer element", "reg 36 2026-27: 424.90 + 209.34 = 634.24",
                singleWith(MAY_2026, aged(30, MAY_2026, "0").withCarer(true))).expect(CARER, "209.34").expect(AWARD, "634.24"));
        rows.add(row("CA-02 carer with LCWRA gets only the LCWRA element", "reg 29(4): 424.90 + 429.80 = 854.70",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.PRE_2026_CLAIMANT).withCarer(true)))
                .expect(CARER, "0").expect(AWARD, "854.70"));
        rows.add(row("CA-03 LCWRA for one partner, carer element for the other", "reg 29(4) is per claimant: 666.97 + "
                        + "429.80 + 209.34 = 1,306.11",
                UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.PRE_2026_CLAIMANT),
                        aged(32, MAY_2026, "0").withCarer(true))).expect(AWARD, "1306.11"));
        rows.add(row("CA-04 both partners caring for the same person: one element", "reg 29(3): 666.97 + 209.34 = 876.31",
                UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, aged(30, MAY_2026, "0").withCarer(true),
                        aged(32, MAY_2026, "0").withCarer(true)).withClaimantsCareForTheSamePerson(true)).expect(AWARD, "876.31"));
        rows.add(row("CA-05 both partners caring for different people: two elements", "reg 29(1): 666.97 + 2 x 209.34 = 1,085.65",
                UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, aged(30, MAY_2026, "0").withCarer(true),
                        aged(32, MAY_2026, "0").withCarer(true))).expect(AWARD, "1085.65"));
        rows.add(row("CA-06 carer with the old LCW element gets the carer element instead", "reg 29(4): 424.90 + 209.34 = 634.24",
                singleWith(MAY_2026, aged(50, MAY_2026, "0").withWorkCapability(WorkCapability.LCW, null)
                        .withLcwElementFromBeforeApril2017(true).withCarer(true))).expect(LCW, "0").expect(AWARD, "634.24"));

        // ---- childcare costs element (regs 31-35) -------------------------------------------------------------
        rows.add(row("CC-01 85% of childcare costs with the higher work allowance", "reg 34: 0.85 x 800 = 680.00; maximum "
                        + "424.90 + 303.94 + 680.00 = 1,408.84; taper (1,000 - 710) x 0.55 = 159.50; award 1,249.34",
                single(MAY_2026, 30, "1000.00").withChildren(kids("2020-01-01")).withChildcare(new Childcare(p("800.00"), 1)))
                .expect(CHILDCARE, "680.00").expect(WORK_ALLOWANCE, "710.00").expect(EARNINGS_REDUCTION, "159.50")
                .expect(AWARD, "1249.34"));
        rows.add(row("CC-02 one-child maximum", "reg 36 2026-27: 0.85 x 1,500 = 1,275.00 > 1,071.09",
                single(MAY_2026, 30, "1000.00").withChildren(kids("2020-01-01")).withChildcare(new Childcare(p("1500.00"), 1)))
                .expect(CHILDCARE, "1071.09"));
        rows.add(row("CC-03 two-or-more maximum", "reg 36 2026-27: 0.85 x 2,500 = 2,125.00 > 1,836.16",
                single(MAY_2026, 30, "1000.00").withChildren(kids("2020-01-01", "2021-01-01"))
                        .withChildcare(new Childcare(p("2500.00"), 2))).expect(CHILDCARE, "1836.16"));
        rows.add(row("CC-04 half a penny rounds up (reg 6(1))", "hand: 0.85 x 10p = 8.5p, half-up = 9p (banker's would give 8p)",
                single(MAY_2026, 30, "1000.00").withChildren(kids("2020-01-01")).withChildcare(new Childcare(p("0.10"), 1)))
                .expect(CHILDCARE, "0.09"));
        rows.add(row("CC-05 less than half a penny is disregarded", "hand: 0.85 x 333.33 = 283.3305, down to 283.33",
                single(MAY_2026, 30, "1000.00").withChildren(kids("2020-01-01")).withChildcare(new Childcare(p("333.33"), 1)))
                .expect(CHILDCARE, "283.33"));
        rows.add(row("CC-06 work condition not met: partner neither working nor unable to care", "reg 32(1)(b): no element",
                couple(MAY_2026, 30, "1000.00", 31, "0").withChildren(kids("2020-01-01"))
                        .withChildcare(new Childcare(p("400.00"), 1))).expect(CHILDCARE, "0"));
        rows.add(row("CC-07 work condition met: partner has LCWRA", "reg 32(1)(b)(ii): 0.85 x 400 = 340.00",
                UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, aged(30, MAY_2026, "1000.00"),
                        withLcwra(aged(31, MAY_2026, "0"), LcwraRate.PRE_2026_CLAIMANT)).withChildren(kids("2020-01-01"))
                        .withChildcare(new Childcare(p("400.00"), 1))).expect(CHILDCARE, "340.00"));
        rows.add(row("CC-08 single parent not in work: no element", "reg 32(1)(a): not in paid work (given)",
                singleWith(MAY_2026, aged(30, MAY_2026, "0").withInPaidWork(false)).withChildren(kids("2020-01-01"))
                        .withChildcare(new Childcare(p("400.00"), 1))).expect(CHILDCARE, "0").expect(AWARD, "728.84"));

        // ---- means test (reg 22, 66, 72) ----------------------------------------------------------------------
        rows.add(row("MT-01 no work allowance without a child or LCW", "reg 22(1)(b): 0.55 x 500 = 275.00; 424.90 - 275.00 = 149.90",
                single(MAY_2026, 30, "500.00")).expect(WORK_ALLOWANCE, "0").expect(EARNINGS_REDUCTION, "275.00").expect(AWARD, "149.90"));
        rows.add(row("MT-02 taper half a penny rounds up", "reg 6(1): 0.55 x 100.01 = 55.0055, rounded 55.01; 424.90 - 55.01 = 369.89",
                single(MAY_2026, 30, "100.01")).expect(EARNINGS_REDUCTION, "55.01").expect(AWARD, "369.89"));
        rows.add(row("MT-03 earnings exactly the higher work allowance", "reg 22: (710 - 710) x 0.55 = 0; 424.90 + 303.94 = 728.84",
                single(MAY_2026, 30, "710.00").withChildren(kids("2020-01-01"))).expect(EARNINGS_REDUCTION, "0").expect(AWARD, "728.84"));
        rows.add(row("MT-04 LCW gives a work allowance", "reg 22(1)(b): LCW, no housing: higher 710; (800 - 710) x 0.55 = 49.50; "
                        + "424.90 - 49.50 = 375.40",
                singleWith(MAY_2026, aged(30, MAY_2026, "800.00").withWorkCapability(WorkCapability.LCW, null)))
                .expect(WORK_ALLOWANCE, "710.00").expect(AWARD, "375.40"));
        rows.add(row("MT-05 gov.uk earnings example at 2026-27 rates (lower work allowance)", "gov.uk 'how your earnings affect "
                        + "your payments' method with uk-rules 5.4: (500 - 427) x 0.55 = 40.15; social rent 400, one child "
                        + "(2 bedrooms, 2 in the home): 424.90 + 303.94 + 400.00 = 1,128.84 - 40.15 = 1,088.69",
                single(MAY_2026, 30, "500.00").withChildren(kids("2020-01-01"))
                        .withHousing(UcFixtures.socialRent("400.00", RentFrequency.MONTHLY, 2)))
                .expect(WORK_ALLOWANCE, "427.00").expect(EARNINGS_REDUCTION, "40.15").expect(AWARD, "1088.69"));
        rows.add(row("MT-06 couple's earnings are combined", "reg 22: (600 + 400 - 710) x 0.55 = 159.50; 666.97 + 303.94 - 159.50 = 811.41",
                couple(MAY_2026, 30, "600.00", 31, "400.00").withChildren(kids("2020-01-01"))).expect(AWARD, "811.41"));
        rows.add(row("MT-07 unearned income deducted in full, child benefit disregarded", "reg 66: JSA 300 counted, child "
                        + "benefit 100 not; 424.90 - 300.00 = 124.90",
                single(MAY_2026, 30, "0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.NEW_STYLE_JSA, p("300.00")),
                        new OtherIncome(OtherIncomeType.CHILD_BENEFIT, p("100.00"))))).expect(UNEARNED, "300.00").expect(AWARD, "124.90"));
        rows.add(row("MT-08 pension and spousal maintenance count, child maintenance does not", "reg 66(1)(a),(d): 50 + 25 "
                        + "counted, 80 child maintenance disregarded; 424.90 - 75.00 = 349.90",
                single(MAY_2026, 30, "0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.PENSION_INCOME, p("50.00")),
                        new OtherIncome(OtherIncomeType.SPOUSAL_MAINTENANCE, p("25.00")),
                        new OtherIncome(OtherIncomeType.CHILD_MAINTENANCE, p("80.00"))))).expect(AWARD, "349.90"));
        rows.add(row("MT-10 nil housing element gives the higher work allowance (assumption)", "reg 22(2) read literally: "
                        + "social rent 90.00 less a 96.55 contribution is nil; (800 - 710) x 0.55 = 49.50; 728.84 - 49.50 = 679.34",
                single(MAY_2026, 30, "800.00").withChildren(kids("2020-01-01"))
                        .withHousing(UcFixtures.socialRent("90.00", RentFrequency.MONTHLY, 3))
                        .withNonDependants(List.of(UcFixtures.nonDependant(d("1996-01-01")))))
                .expect(HOUSING, "0").expect(WORK_ALLOWANCE, "710.00").expect(AWARD, "679.34"));
        rows.add(row("MT-09 income above the maximum: nil award", "reg 22: 0.55 x 1,000 = 550.00 > 424.90",
                single(MAY_2026, 30, "1000.00")).expect(AWARD, "0").nil(NilAwardReason.INCOME_TOO_HIGH));

        // ---- capital (reg 18, 72) -----------------------------------------------------------------------------
        rows.add(row("CP-01 capital of exactly £6,000: no tariff income", "reg 72(1): only capital in excess of £6,000",
                single(MAY_2026, 30, "0").withCapital(p("6000.00"))).expect(TARIFF, "0").expect(AWARD, "424.90"));
        rows.add(row("CP-02 one penny over £6,000: one part step", "reg 72(1): any excess not a complete £250 = 4.35",
                single(MAY_2026, 30, "0").withCapital(p("6000.01"))).expect(TARIFF, "4.35"));
        rows.add(row("CP-03 exactly one step", "reg 72(1): £250 above = 1 x 4.35", single(MAY_2026, 30, "0").withCapital(p("6250.00")))
                .expect(TARIFF, "4.35"));
        rows.add(row("CP-04 one step and a penny", "reg 72(1): £250.01 above = 2 x 4.35 = 8.70",
                single(MAY_2026, 30, "0").withCapital(p("6250.01"))).expect(TARIFF, "8.70"));
        rows.add(row("CP-05 capital of exactly £16,000 is still entitled", "regs 18, 72: 40 x 4.35 = 174.00; 424.90 - 174.00 = 250.90",
                single(MAY_2026, 30, "0").withCapital(p("16000.00"))).expect(TARIFF, "174.00").expect(AWARD, "250.90"));
        rows.add(row("CP-06 one penny over £16,000: no entitlement", "reg 18(1): capital exceeds £16,000",
                single(MAY_2026, 30, "0").withCapital(p("16000.01"))).expect(AWARD, "0").nil(NilAwardReason.CAPITAL_ABOVE_LIMIT));

        // ---- State Pension age (WRA 2012 s.4(1)(b)) -----------------------------------------------------------
        rows.add(row("SP-01 single claimant over State Pension age", "WRA 2012 s.4(1)(b): not entitled",
                singleWith(MAY_2026, aged(67, MAY_2026, "0").withReachedStatePensionAge(true)))
                .expect(AWARD, "0").nil(NilAwardReason.STATE_PENSION_AGE));
        rows.add(row("SP-02 mixed-age couple without an old award", "SI 2019/37: claims Pension Credit instead",
                UcEstimateRequest.couple(MAY_2026, Nation.ENGLAND, aged(60, MAY_2026, "0"),
                        aged(67, MAY_2026, "0").withReachedStatePensionAge(true))).nil(NilAwardReason.MIXED_AGE_COUPLE));

        // ---- benefit cap (regs 79-83) -------------------------------------------------------------------------
        rows.add(row("BC-01 cap bites for a single parent outside London", "reg 80A/81: 3,040.66 - 1,835.00 = 1,205.66 reduction",
                capBase("0")).expect(MAXIMUM, "3040.66").expect(CAP_RELEVANT_AMOUNT, "1835.00").expect(CAP_REDUCTION, "1205.66")
                .expect(AWARD, "1835.00"));
        rows.add(row("BC-02 London cap for the same household", "reg 80A: 25,323 / 12 = 2,110.25",
                capBase("0").withLivesInGreaterLondon(true)).expect(CAP_RELEVANT_AMOUNT, "2110.25").expect(AWARD, "2110.25"));
        rows.add(row("BC-03 single without children, outside London", "reg 80A: 14,753 / 12 = 1,229.4167 -> 1,229.42 (reg 6); "
                        + "424.90 + 1,100.00 = 1,524.90 capped",
                single(MAY_2026, 30, "0").withHousing(UcFixtures.socialRent("1100.00", RentFrequency.MONTHLY, 1)))
                .expect(CAP_RELEVANT_AMOUNT, "1229.42").expect(CAP_REDUCTION, "295.48").expect(AWARD, "1229.42"));
        rows.add(row("BC-04 single without children, London", "reg 80A: 16,967 / 12 = 1,413.9167 -> 1,413.92",
                single(MAY_2026, 30, "0").withHousing(UcFixtures.socialRent("1100.00", RentFrequency.MONTHLY, 1))
                        .withLivesInGreaterLondon(true)).expect(CAP_RELEVANT_AMOUNT, "1413.92").expect(AWARD, "1413.92"));
        rows.add(row("BC-05 earnings exactly at the 2026-27 threshold: exempt", "reg 82(1)(a), 6(1A)(za): 12.71 x 16 x 52 / 12 "
                        + "= 881.2267 -> 881; earnings 881.00 >= 881; taper (881 - 427) x 0.55 = 249.70; 3,040.66 - 249.70",
                capBase("881.00")).expect(CAP_EARNINGS_THRESHOLD, "881.00").expect(CAP_REDUCTION, "0").expect(AWARD, "2790.96")
                .capException(BenefitCapException.EARNINGS_AT_THRESHOLD));
        rows.add(row("BC-06 one penny below the threshold: capped", "taper (880.99 - 427) x 0.55 = 249.6945 -> 249.69; award "
                        + "2,790.97 capped at 1,835.00",
                capBase("880.99")).expect(AWARD_BEFORE_CAP, "2790.97").expect(CAP_REDUCTION, "955.97").expect(AWARD, "1835.00"));
        rows.add(row("BC-07 2025-26 threshold is £846", "reg 82(1)(a): 12.21 x 16 x 52 / 12 = 846.56 -> 846",
                single(MAY_2025, 30, "846.00").withChildren(kids("2018-02-01", "2019-03-01", "2020-04-01", "2021-05-01"))
                        .withHousing(UcFixtures.socialRent("1400.00", RentFrequency.MONTHLY, 3)))
                .expect(CAP_EARNINGS_THRESHOLD, "846.00").expect(CAP_REDUCTION, "0").capException(BenefitCapException.EARNINGS_AT_THRESHOLD));
        rows.add(row("BC-08 child benefit counts towards the cap", "reg 79: 2,790.97 + 100.00 - 1,835.00 = 1,055.97 reduction",
                capBase("880.99").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.CHILD_BENEFIT, p("100.00")))))
                .expect(CAP_REDUCTION, "1055.97").expect(AWARD, "1735.00"));
        rows.add(row("BC-09 the childcare costs element is outside the cap", "reg 81: 0.85 x 200 = 170.00; award 2,960.97; "
                        + "excess 1,125.97 - 170.00 = 955.97; award 2,005.00",
                capBase("880.99").withChildcare(new Childcare(p("200.00"), 1))).expect(CAP_REDUCTION, "955.97").expect(AWARD, "2005.00"));
        rows.add(row("BC-10 exception: claimant receives PIP", "reg 83(1)(g): no cap; 3,040.66",
                capBase("0").withClaimants(List.of(aged(30, MAY_2026, "0")
                        .withDisabilityBenefits(Set.of(DisabilityBenefit.PIP_DAILY_LIVING_STANDARD)))))
                .expect(AWARD, "3040.66").capException(BenefitCapException.CLAIMANT_DISABILITY_OR_INJURY_BENEFIT));
        rows.add(row("BC-11 exception: war pension", "reg 83(1)(d): disregarded income, no cap; 3,040.66",
                capBase("0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.WAR_PENSION, p("0"))))).expect(AWARD, "3040.66")
                .capException(BenefitCapException.CLAIMANT_DISABILITY_OR_INJURY_BENEFIT));
        rows.add(row("BC-12 exception: Guardian's Allowance", "gov.uk benefit cap; disregarded income; 3,040.66",
                capBase("0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.GUARDIANS_ALLOWANCE, p("90.00")))))
                .expect(AWARD, "3040.66"));
        rows.add(row("BC-13 exception: Carer's Allowance (counted as unearned income)", "reg 66, gov.uk: 3,040.66 - 358.00 = 2,682.66",
                capBase("0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.CARERS_ALLOWANCE, p("358.00")))))
                .expect(AWARD, "2682.66").capException(BenefitCapException.CARER));
        rows.add(row("BC-14 exception: industrial injuries benefit", "reg 66(1)(b), 83(1)(b): 3,040.66 - 200.00 = 2,840.66",
                capBase("0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.INDUSTRIAL_INJURIES_BENEFIT, p("200.00")))))
                .expect(AWARD, "2840.66"));
        rows.add(row("BC-15 exception: ESA with the support component", "reg 83(1)(a): 3,040.66 - 400.00 = 2,640.66",
                capBase("0").withOtherIncome(List.of(new OtherIncome(OtherIncomeType.NEW_STYLE_ESA_WITH_SUPPORT_COMPONENT, p("400.00")))))
                .expect(AWARD, "2640.66").capException(BenefitCapException.LCWRA_OR_ESA_SUPPORT));
        rows.add(row("BC-16 exception: grace period", "reg 82(1)(b): 3,040.66", capBase("0").withBenefitCapGracePeriod(true))
                .expect(AWARD, "3040.66").capException(BenefitCapException.GRACE_PERIOD));
        rows.add(row("BC-17 exception: LCWRA element", "reg 83(1)(a): 3,040.66 + 429.80 = 3,470.46",
                singleWith(MAY_2026, withLcwra(aged(30, MAY_2026, "0"), LcwraRate.PRE_2026_CLAIMANT))
                        .withChildren(kids("2018-02-01", "2019-03-01", "2020-04-01", "2021-05-01"))
                        .withHousing(UcFixtures.socialRent("1400.00", RentFrequency.MONTHLY, 3)))
                .expect(AWARD, "3470.46").capException(BenefitCapException.LCWRA_OR_ESA_SUPPORT));
        rows.add(row("BC-18 exception: carer element", "reg 83(1): 3,040.66 + 209.34 = 3,250.00",
                singleWith(MAY_2026, aged(30, MAY_2026, "0").withCarer(true))
                        .withChildren(kids("2018-02-01", "2019-03-01", "2020-04-01", "2021-05-01"))
                        .withHousing(UcFixtures.socialRent("1400.00", RentFrequency.MONTHLY, 3)))
                .expect(AWARD, "3250.00").capException(BenefitCapException.CARER));
        rows.add(row("BC-19 exception: a child gets DLA", "reg 83(1)(f): 3,040.66 + 164.79 = 3,205.45",
                single(MAY_2026, 30, "0").withChildren(List.of(Child.of(d("2018-02-01"), Sex.FEMALE)
                                .withDisabledChildRate(DisabledChildRate.LOWER).withDisabilityBenefits(Set.of(DisabilityBenefit.DLA_CARE_LOWEST)),
                        Child.of(d("2019-03-01"), Sex.FEMALE), Child.of(d("2020-04-01"), Sex.FEMALE), Child.of(d("2021-05-01"), Sex.FEMALE)))
                        .withHousing(UcFixtures.socialRent("1400.00", RentFrequency.MONTHLY, 3)))
                .expect(AWARD, "3205.45").capException(BenefitCapException.CHILD_DISABILITY_BENEFIT));
        // Reaching State Pension age is no exception to the cap: reg 83(1) lists none, and gov.uk
        // (benefit-cap/when-youre-not-affected) says "If you're part of a couple and one of you is under State Pension
        // age, the cap may apply". A mixed-age couple on UC (an award from before 15 May 2019) is capped like any couple.
        rows.add(row("BC-20 mixed-age couple with an old award is capped like any couple", "reg 83(1) has no State Pension age "
                        + "exception; gov.uk: the cap may apply. 666.97 + 1,215.76 + 1,400.00 = 3,282.73; cap 22,020 / 12 = "
                        + "1,835.00; reduction 1,447.73",
                mixedAgeCouple("0"))
                .expect(AWARD_BEFORE_CAP, "3282.73").expect(CAP_RELEVANT_AMOUNT, "1835.00").expect(CAP_REDUCTION, "1447.73")
                .expect(AWARD, "1835.00"));
        rows.add(row("BC-21 mixed-age couple earning at the threshold is not capped", "reg 82(1)(a): 881.00 >= 881; taper "
                        + "(881 - 427) x 0.55 = 249.70; 3,282.73 - 249.70 = 3,033.03",
                mixedAgeCouple("881.00"))
                .expect(CAP_REDUCTION, "0").expect(AWARD, "3033.03").capException(BenefitCapException.EARNINGS_AT_THRESHOLD));
        rows.add(row("BC-22 mixed-age couple where the older partner gets Attendance Allowance is not capped", "reg 83(1)(c): "
                        + "no cap; 3,282.73",
                mixedAgeCouple("0").withClaimants(List.of(aged(30, MAY_2026, "0"), aged(67, MAY_2026, "0")
                        .withReachedStatePensionAge(true).withDisabilityBenefits(Set.of(DisabilityBenefit.ATTENDANCE_ALLOWANCE_LOWER)))))
                .expect(AWARD, "3282.73").capException(BenefitCapException.CLAIMANT_DISABILITY_OR_INJURY_BENEFIT));

        // ---- deductions (SI 2013/380 Sch 6; DWP 15% policy) ---------------------------------------------------
        rows.add(row("DE-01 advance repayment limited by the 15% cap", "0.15 x 424.90 = 63.735 -> 63.74 (reg 6 half-up)",
                single(MAY_2026, 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("100.00")))))
                .deducted(DeductionType.ADVANCE_REPAYMENT, "63.74").expect(PAYMENT, "361.16"));
        rows.add(row("DE-02 advance repayment within the cap", "50.00 < 63.74: taken in full",
                single(MAY_2026, 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("50.00")))))
                .deducted(DeductionType.ADVANCE_REPAYMENT, "50.00").expect(PAYMENT, "374.90"));
        rows.add(row("DE-03 rent arrears at the 10% minimum share the cap with an advance", "Sch 6 para 7: 10% x 424.90 = 42.49; "
                        + "cap 63.74 - 42.49 = 21.25 left for the advance (assumed order)",
                single(MAY_2026, 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("100.00")),
                        new DeductionRequest(DeductionType.RENT_ARREARS, null))))
                .deducted(DeductionType.RENT_ARREARS, "42.49").deducted(DeductionType.ADVANCE_REPAYMENT, "21.25")
                .expect(TOTAL_DEDUCTIONS, "63.74"));
        rows.add(row("DE-04 rent arrears above 20% are limited to 20% and may exceed the cap", "Sch 6 para 7: 20% x 424.90 = "
                        + "84.98 (last resort, above the 63.74 cap); no room left for the advance",
                single(MAY_2026, 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.RENT_ARREARS, p("100.00")),
                        new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("30.00")))))
                .deducted(DeductionType.RENT_ARREARS, "84.98").deducted(DeductionType.ADVANCE_REPAYMENT, "0")
                .expect(TOTAL_DEDUCTIONS, "84.98"));
        rows.add(row("DE-05 rent arrears below 10% are raised to 10%", "Sch 6 para 7: at least 42.49",
                single(MAY_2026, 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.RENT_ARREARS, p("20.00")))))
                .deducted(DeductionType.RENT_ARREARS, "42.49"));
        rows.add(row("DE-06 25% cap for a period starting before 30 April 2025", "0.25 x 400.14 = 100.035 -> 100.04",
                single(d("2025-04-14"), 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("150.00")))))
                .deducted(DeductionType.ADVANCE_REPAYMENT, "100.04"));
        rows.add(row("DE-07 15% cap from 30 April 2025", "0.15 x 400.14 = 60.021 -> 60.02",
                single(d("2025-04-30"), 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("150.00")))))
                .deducted(DeductionType.ADVANCE_REPAYMENT, "60.02"));
        rows.add(row("DE-08 no more than three third-party deductions", "Sch 6 para 3(1)(b): rent arrears 42.49, fuel 20.00, "
                        + "child maintenance 36.40 (above the cap before 30 April 2026); council tax refused",
                single(d("2026-04-14"), 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.COUNCIL_TAX_ARREARS, p("10.00")),
                        new DeductionRequest(DeductionType.CHILD_MAINTENANCE, p("36.40")), new DeductionRequest(DeductionType.FUEL, p("20.00")),
                        new DeductionRequest(DeductionType.RENT_ARREARS, null))))
                .deducted(DeductionType.RENT_ARREARS, "42.49").deducted(DeductionType.FUEL, "20.00")
                .deducted(DeductionType.CHILD_MAINTENANCE, "36.40").deducted(DeductionType.COUNCIL_TAX_ARREARS, "0")
                .expect(TOTAL_DEDUCTIONS, "98.89"));
        rows.add(row("DE-09 the payment never falls below 1p", "Sch 6 para 3(1)(a): earnings 754.36 x 0.55 = 414.898 -> 414.90; "
                        + "award 10.00; advance limited to 9.99",
                single(MAY_2026, 30, "754.36").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("50.00")))))
                .expect(AWARD, "10.00").deducted(DeductionType.ADVANCE_REPAYMENT, "9.99").expect(PAYMENT, "0.01"));
        rows.add(row("DE-10 no deductions from a nil award", "nothing to deduct from",
                single(MAY_2026, 30, "1000.00").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("50.00")))))
                .deducted(DeductionType.ADVANCE_REPAYMENT, "0").expect(PAYMENT, "0").nil(NilAwardReason.INCOME_TOO_HIGH));
        rows.add(row("DE-11 child maintenance inside the cap after 30 April 2026", "assumed: 36.40 first, advance 63.74 - 36.40 = 27.34",
                single(MAY_2026, 30, "0").withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("50.00")),
                        new DeductionRequest(DeductionType.CHILD_MAINTENANCE, p("36.40")))))
                .deducted(DeductionType.CHILD_MAINTENANCE, "36.40").deducted(DeductionType.ADVANCE_REPAYMENT, "27.34"));

        // ---- payment date (timing engine) ---------------------------------------------------------------------
        rows.add(row("PD-01 payment on a weekday", "reg 47(2): period 2026-05-20 to 2026-06-19, +7 = 2026-06-26 (Friday)",
                single(d("2026-05-20"), 30, "0")).paidOn("2026-06-26"));
        rows.add(row("PD-02 Christmas Day moves the payment back", "period ending 2025-12-18, +7 = 2025-12-25 (bank holiday) -> "
                        + "2025-12-24", single(d("2025-11-19"), 30, "0")).paidOn("2025-12-24"));
        rows.add(row("PD-03 2 January is a working day in England", "period ending 2025-12-26, +7 = 2026-01-02 (Friday)",
                single(d("2025-11-27"), 30, "0")).paidOn("2026-01-02"));
        rows.add(row("PD-04 2 January is a bank holiday in Scotland", "2026-01-02 and 2026-01-01 are Scottish bank holidays -> 2025-12-31",
                UcEstimateRequest.single(d("2025-11-27"), Nation.SCOTLAND, aged(30, d("2025-11-27"), "0"))).paidOn("2025-12-31"));
        rows.add(row("PD-05 weekend payment date moves to Friday", "period ending 2026-06-13, +7 = Saturday 2026-06-20 -> 2026-06-19",
                single(MAY_2026, 30, "0")).paidOn("2026-06-19"));

        // ---- the issue's household ----------------------------------------------------------------------------
        rows.add(row("EX-01 issue 3 household", "hand calculation in docs/domain-java-api.md: 2,341.03 - 590.15 - 26.10",
                UcFixtures.issueExample()).expect(MAXIMUM, "2341.03").expect(HOUSING, "853.45").expect(AWARD, "1724.78")
                .paidOn("2026-06-19"));
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void worked_example_gives_the_expected_figures(Example example) {
        UcEstimate estimate = UniversalCredit.estimate(example.request);
        for (var entry : example.expected.entrySet()) {
            assertThat(entry.getKey().of(estimate)).as(example.id + " " + entry.getKey() + " (source: " + example.source + ")")
                    .isEqualTo(entry.getValue());
        }
        if (example.nilReason != null) {
            assertThat(estimate.nilAwardReasons()).as(example.id).contains(example.nilReason);
            assertThat(estimate.awardPence().isZero()).isTrue();
        } else {
            assertThat(estimate.nilAwardReasons()).as(example.id + " should not be nil").isEmpty();
        }
        if (example.capException != null) {
            assertThat(estimate.benefitCap().exceptions()).as(example.id).contains(example.capException);
        }
        if (example.paymentDate != null) {
            assertThat(estimate.paymentDate()).as(example.id).isEqualTo(example.paymentDate);
        }
        if (example.ratesYear != null) {
            assertThat(estimate.ratesYear()).as(example.id).isEqualTo(example.ratesYear);
        }
        for (var entry : example.applied.entrySet()) {
            assertThat(estimate.deductions()).as(example.id + " " + entry.getKey())
                    .filteredOn(line -> line.type() == entry.getKey())
                    .singleElement().extracting(DeductionLine::appliedPence).isEqualTo(entry.getValue());
        }
        assertThat(estimate.paymentPence()).isEqualTo(estimate.awardPence().minus(estimate.totalDeductionsPence()));
    }
}
