package dev.hearth.domain.housing;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.housing.HousingCostsInput.Child;
import dev.hearth.domain.housing.HousingCostsInput.Claimant;
import dev.hearth.domain.housing.HousingCostsInput.FosterCarerStatus;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.HousingCostsInput.SharedAccommodationExceptions;
import dev.hearth.domain.housing.HousingFixtures.Household;
import dev.hearth.domain.money.Pence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static dev.hearth.domain.housing.DisabilityBenefit.*;
import static dev.hearth.domain.housing.HousingFixtures.RATES_2025_26;
import static dev.hearth.domain.housing.HousingFixtures.RATES_2026_27;
import static dev.hearth.domain.housing.HousingFixtures.adult;
import static dev.hearth.domain.housing.HousingFixtures.privateRent;
import static dev.hearth.domain.housing.HousingFixtures.renterWith;
import static dev.hearth.domain.housing.HousingFixtures.social;
import static dev.hearth.domain.housing.LhaCategory.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples for the housing costs element, one row per example, each naming its source: a published example,
 * the regulation it checks with the arithmetic shown, or a hand calculation. Unless a row says otherwise the
 * assessment period starts 14 May 2026 and ends 13 June 2026 (2026/27 rates: contribution £96.55), and ages are taken
 * on 13 June 2026.
 */
class HousingWorkedExamplesTest {

    static final LocalDate P = LocalDate.of(2026, 5, 14);
    static final LocalDate END = LocalDate.of(2026, 6, 13);

    /** Born so as to be {@code years} old (not near a birthday) on the last day of the default period. */
    static LocalDate aged(int years) {
        return END.minusYears(years).minusMonths(3);
    }

    record Example(String name, String source, HousingCostsInput input, LocalDate period, HousingRates rates,
                   String amount, int bedrooms, LhaCategory category,
                   BiConsumer<HousingCostsResult, Explanation> more) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Example row(String name, String source, Household h, String amount, int bedrooms) {
        return new Example(name, source, h.build(), P, RATES_2026_27, amount, bedrooms, null, (r, e) -> { });
    }

    static Example row(String name, String source, Household h, String amount, int bedrooms, LhaCategory category) {
        return new Example(name, source, h.build(), P, RATES_2026_27, amount, bedrooms, category, (r, e) -> { });
    }

    static Example with(Example e, BiConsumer<HousingCostsResult, Explanation> more) {
        return new Example(e.name(), e.source(), e.input(), e.period(), e.rates(), e.amount(), e.bedrooms(),
                e.category(), more);
    }

    static Example at(Example e, LocalDate period, HousingRates rates) {
        return new Example(e.name(), e.source(), e.input(), period, rates, e.amount(), e.bedrooms(), e.category(),
                e.more());
    }

    static Household single40Social(String rent, int bedrooms) {
        return social(rent, bedrooms).claimant(aged(40));
    }

    /** A single renter of 45 in a two-bedroom social home with one non-dependant: the contribution test bed. */
    static Household withNonDep(NonDependant n) {
        return social("500.00", 2).claimant(aged(45)).nonDependant(n);
    }

    static NonDependant nd(LocalDate dob) {
        return HousingFixtures.nonDep(dob);
    }

    static NonDependant ndBenefit(DisabilityBenefit b) {
        return new NonDependant(aged(30), null, Set.of(b), false, false, false, false, false, false, false);
    }

    static Household withExemptRenter(Claimant renter) {
        return social("500.00", 2).claimant(renter).nonDependant(aged(30));
    }

    static Household sar(Claimant renter) {
        return privateRent("800.00").claimant(renter).lha(SHARED_ACCOMMODATION, "411.58", ONE_BEDROOM, "775.00",
                TWO_BEDROOMS, "875.00");
    }

    static SharedAccommodationExceptions only(String which) {
        return new SharedAccommodationExceptions(which.equals("careLeaver"), which.equals("hostel"),
                which.equals("mappa"), which.equals("abuse"), which.equals("slavery"));
    }

    static BiConsumer<HousingCostsResult, Explanation> exemption(ContributionExemption expected) {
        return (r, e) -> assertThat(r.contributions()).extracting(HousingCostContribution::exemption).containsOnly(expected);
    }

    static BiConsumer<HousingCostsResult, Explanation> assumption(String idPrefix, AssumptionSource source) {
        return (r, e) -> assertThat(e.assumptions()).anySatisfy(a -> {
            assertThat(a.id()).startsWith(idPrefix);
            assertThat(a.source()).isEqualTo(source);
        });
    }

    static Stream<Example> examples() {
        LocalDate turns21DuringPeriod = END.minusYears(21).minusDays(5);
        LocalDate sixteenInPeriod = END.minusYears(16).minusDays(10);
        LocalDate sixteenDayAfterPeriod = END.minusYears(16).plusDays(1);
        return Stream.of(
                // ---- social sector: under-occupancy (Sch 4 para 36)
                row("social, one spare bedroom: 600 -> 516.00",
                        "uk-rules §2.2 [D] from Sch 4 para 36(3): 600 - 14% x 600 (84.00) = 516.00; single renter, 2 bedrooms, entitled to 1",
                        single40Social("600.00", 2), "516.00", 1),
                row("social, two spare bedrooms: 600 -> 450.00",
                        "uk-rules §2.2 [D] from para 36(4): 600 - 25% x 600 (150.00) = 450.00; 3 bedrooms, entitled to 1",
                        single40Social("600.00", 3), "450.00", 1),
                row("social, three spare bedrooms still 25%: 600 -> 450.00",
                        "para 36(4) '2 or more excess bedrooms': 600 - 150.00 = 450.00; 4 bedrooms, entitled to 1",
                        single40Social("600.00", 4), "450.00", 1),
                row("social, deduction rounded to the penny: 433.33 x 14% = 60.6662 -> 60.67",
                        "hand: weekly 100 -> 433.33 (para 7); 14% = 60.6662, reg 6(1) -> 60.67; 433.33 - 60.67 = 372.66",
                        single40Social("0.00", 2).rent("100.00", RentFrequency.WEEKLY), "372.66", 1),
                with(row("social, shared owner with a spare bedroom: no deduction",
                                "Sch 4 para 36(5): no deduction where reg 26(4)-(6) (shared ownership) applies; 500.00 stays 500.00",
                                single40Social("500.00", 3).sharedOwnership(), "500.00", 1),
                        (r, e) -> assertThat(r.underOccupancyExemption()).contains(UnderOccupancyExemption.SHARED_OWNERSHIP)),
                with(row("social, sanctuary scheme home with spare bedrooms (2026): no deduction",
                                "SI 2021/991 reg 4 amending Sch 4 para 36 (explanatory note read): sanctuary-scheme homes exempt; 500.00 stays 500.00",
                                single40Social("500.00", 3).sanctuaryScheme(), "500.00", 1),
                        (r, e) -> assertThat(r.underOccupancyExemption()).contains(UnderOccupancyExemption.SANCTUARY_SCHEME)),
                at(row("social, sanctuary scheme before 1 October 2021: deduction applies",
                                "SI 2021/991 reg 5: effect for assessment periods from 1 Oct 2021; period from 1 Sep 2021: 500 - 25% = 375.00",
                                social("500.00", 3).claimant(LocalDate.of(1980, 1, 1)).sanctuaryScheme(), "375.00", 1),
                        LocalDate.of(2021, 9, 1), RATES_2025_26),
                row("social, mixed-age couple (70 and 60) with a spare bedroom: deduction applies",
                        "no pension-age exemption in Sch 4 para 36 (GB text read); DWP: mixed-age couples on UC are subject to it (Inside Housing, housingsystems.co.uk); 500 - 70.00 = 430.00",
                        social("500.00", 2).claimant(aged(70)).claimant(aged(60)), "430.00", 1),

                // ---- size criteria: eastlothian.gov.uk worked examples (uk-rules §2.3)
                row("eastlothian: couple + children 4 and 6 -> 2-bed rate",
                        "eastlothian.gov.uk worked example; LHA 2-bed £967.33/month as printed there; rent 1,000 capped at 967.33",
                        privateRent("1000.00").claimant(aged(30)).claimant(aged(31))
                                .child(aged(4), Sex.FEMALE).child(aged(6), Sex.MALE)
                                .lha(TWO_BEDROOMS, "967.33"), "967.33", 2, TWO_BEDROOMS),
                row("eastlothian: single adult + daughter 8 + son 12 -> 3-bed rate",
                        "eastlothian.gov.uk worked example; LHA 3-bed £1,371.24/month as printed there; rent 1,200 is below it",
                        privateRent("1200.00").claimant(aged(38)).child(aged(8), Sex.FEMALE).child(aged(12), Sex.MALE)
                                .lha(THREE_BEDROOMS, "1371.24"), "1200.00", 3, THREE_BEDROOMS),
                row("eastlothian: couple + sons 17 and 13 + daughter 15 -> 4-bed rate",
                        "eastlothian.gov.uk worked example; LHA 4-bed £2,174.03/month as printed there; rent 2,500 capped",
                        privateRent("2500.00").claimant(aged(45)).claimant(aged(44)).child(aged(17), Sex.MALE)
                                .child(aged(13), Sex.MALE).child(aged(15), Sex.FEMALE)
                                .lha(FOUR_BEDROOMS, "2174.03"), "2174.03", 4, FOUR_BEDROOMS),

                // ---- size criteria edges (Sch 4 paras 10, 12, 26)
                with(row("private, six bedrooms needed: capped at the 4-bed rate",
                                "Sch 4 para 26: couple 1 + three non-dependants 18, 19, 20 (3) + girl 12 (1) + boy 11 (1) = 6 -> 4; LHA 4-bed 1,350 (hypothetical caller rate); rent 1,600; non-dependants under 21 exempt",
                                privateRent("1600.00").claimant(aged(50)).claimant(aged(49)).nonDependant(aged(18))
                                        .nonDependant(aged(19)).nonDependant(aged(20)).child(aged(12), Sex.FEMALE)
                                        .child(aged(11), Sex.MALE).lha(FOUR_BEDROOMS, "1350.00"), "1350.00", 4, FOUR_BEDROOMS),
                        (r, e) -> assertThat(r.bedroomEntitlement().uncapped()).isEqualTo(6)),
                row("social, same six-person household: no 4-bedroom cap in the social sector",
                        "para 26 applies only under Part 4 (private); entitled to 6, home has 6: no deduction, 900.00",
                        social("900.00", 6).claimant(aged(50)).claimant(aged(49)).nonDependant(aged(18))
                                .nonDependant(aged(19)).nonDependant(aged(20)).child(aged(12), Sex.FEMALE)
                                .child(aged(11), Sex.MALE), "900.00", 6),
                row("girl 9 and boy 7 share (two children under 10)",
                        "Sch 4 para 10: two children under 10 share whatever their sex -> renter 1 + children 1 = 2; 3 bedrooms: 500 - 14% = 430.00",
                        single40Social("500.00", 3).child(aged(9), Sex.FEMALE).child(aged(7), Sex.MALE), "430.00", 2),
                row("girl 10 and boy 7 do not share",
                        "para 10: not both under 10 and not the same sex -> renter 1 + 2 = 3; home has 3: 500.00",
                        single40Social("500.00", 3).child(aged(10), Sex.FEMALE).child(aged(7), Sex.MALE), "500.00", 3),
                row("boys 15 and 14 share, girl 3 alone",
                        "para 10: same-sex pair + any other child -> 1 + 2 = 3; home has 3: 500.00",
                        single40Social("500.00", 3).child(aged(15), Sex.MALE).child(aged(14), Sex.MALE)
                                .child(aged(3), Sex.FEMALE), "500.00", 3),
                row("girls 15, 13, 11 and boy 8: fewest bedrooms is 3 for the children",
                        "para 10: girls 15+13 share, girl 11 and boy 8 cannot share (11 is not under 10) -> 1 + 3 = 4",
                        single40Social("500.00", 4).child(aged(15), Sex.FEMALE).child(aged(13), Sex.FEMALE)
                                .child(aged(11), Sex.FEMALE).child(aged(8), Sex.MALE), "500.00", 4),
                row("a 16-year-old has a bedroom of their own",
                        "para 10: a child is under 16 (WRA 2012 s.40); couple 1 + son 16 (1) + son 14 (1) = 3; home has 3: 500.00",
                        social("500.00", 3).claimant(aged(40)).claimant(aged(41)).child(aged(16), Sex.MALE)
                                .child(aged(14), Sex.MALE), "500.00", 3),
                row("turning 16 during the assessment period counts for the whole period",
                        "circumstances at the end of the period (DWP written answer): son 16 on 13 June 2026 -> own room; 1 + 1 + 1 = 3; home has 3: 500.00",
                        social("500.00", 3).claimant(aged(40)).claimant(aged(41)).child(sixteenInPeriod, Sex.MALE)
                                .child(aged(14), Sex.MALE), "500.00", 3),
                row("turning 16 the day after the period: still shares",
                        "son is 15 on 13 June 2026 -> shares with his brother; 1 + 1 = 2; home has 3: 500 - 70.00 = 430.00",
                        social("500.00", 3).claimant(aged(40)).claimant(aged(41)).child(sixteenDayAfterPeriod, Sex.MALE)
                                .child(aged(14), Sex.MALE), "430.00", 2),
                with(row("disabled child who cannot share has a room alone",
                                "Sch 4 para 12(1)(c), (6): boy 8 on DLA care middle rate cannot share with brother 6 -> 1 + 1 + 1 = 3 (one more than the 2 if they shared); home has 3: 500.00",
                                single40Social("500.00", 3).child(new Child(aged(8), Sex.MALE, Set.of(DLA_CARE_MIDDLE), true, false))
                                        .child(aged(6), Sex.MALE), "500.00", 3),
                        (r, e) -> assertThat(e.steps()).filteredOn(s -> s.ruleId().equals("housing.size.disabled_child"))
                                .singleElement().satisfies(s -> {
                                    assertThat(s.output()).isEqualTo("1 additional bedroom(s)");
                                    assertThat(s.inputs()).contains(new dev.hearth.domain.explain.Fact("bedrooms if they shared", "2"));
                                })),
                with(row("two disabled sisters who cannot share: separating them adds one bedroom",
                                "para 12(6) for each: girls 8 and 6 on DLA care highest would share one room; apart they need two -> 1 + 2 = 3, one additional; home has 3: 500.00",
                                single40Social("500.00", 3)
                                        .child(new Child(aged(8), Sex.FEMALE, Set.of(DLA_CARE_HIGHEST), true, false))
                                        .child(new Child(aged(6), Sex.FEMALE, Set.of(DLA_CARE_HIGHEST), true, false)),
                                "500.00", 3),
                        (r, e) -> assertThat(e.assumptions()).noneMatch(a -> a.id().equals("housing.disabled-child.more-than-one"))),
                with(row("two disabled children adding two bedrooms: unconfirmed",
                                "para 12(6) for each, (7)-(9) not read: boys 13 and 12 (12 disabled), girls 15 and 14 (14 disabled) share as 2 rooms; with the condition 4 -> 1 + 4 = 5; home has 5: 500.00",
                                single40Social("500.00", 5).child(aged(13), Sex.MALE)
                                        .child(new Child(aged(12), Sex.MALE, Set.of(DLA_CARE_MIDDLE), true, false))
                                        .child(aged(15), Sex.FEMALE)
                                        .child(new Child(aged(14), Sex.FEMALE, Set.of(DLA_CARE_MIDDLE), true, false)),
                                "500.00", 5),
                        assumption("housing.disabled-child.more-than-one", AssumptionSource.UNCONFIRMED_RULE)),
                row("disabled child condition needs DLA care middle or highest",
                        "para 12(6)(a): no qualifying benefit -> brothers share; 1 + 1 = 2; home has 3: 500 - 70.00 = 430.00",
                        single40Social("500.00", 3).child(new Child(aged(8), Sex.MALE, Set.of(DLA_CARE_LOWEST), true, false))
                                .child(aged(6), Sex.MALE), "430.00", 2),
                row("joint renter who cannot share because of disability: one more bedroom",
                        "para 12(1)(d), (6A): PIP daily living, cannot share with partner -> 1 + 1 = 2; home has 2: 500.00",
                        social("500.00", 2).claimant(new Claimant(aged(50), false, Set.of(PIP_DAILY_LIVING_ENHANCED), false,
                                false, true, SharedAccommodationExceptions.NONE)).claimant(aged(51)), "500.00", 2),
                row("non-resident overnight carer: one more bedroom",
                        "para 12(A1), (3): renter on attendance allowance with carers staying overnight -> 1 + 1 = 2; home has 2: 500.00",
                        social("500.00", 2).claimant(new Claimant(aged(60), false, Set.of(ATTENDANCE_ALLOWANCE_HIGHER), false,
                                true, false, SharedAccommodationExceptions.NONE)), "500.00", 2),
                row("foster parent between placements: one more bedroom",
                        "para 12(1)(b), (4), (5): approved, last placement ended within 12 months -> 1 + 1 = 2; home has 2: 500.00",
                        social("500.00", 2).claimant(aged(40)).claimant(aged(42))
                                .foster(FosterCarerStatus.FOSTER_PARENT_BETWEEN_PLACEMENTS_WITHIN_12_MONTHS), "500.00", 2),
                row("non-dependant's child under 16 counts as a child",
                        "para 10: couple 1 + non-dependant 20 (1) + her daughter 2, a non-dependant (1) = 3; both under 21 so no contributions (para 16(2)(a)); 500.00",
                        social("500.00", 3).claimant(aged(45)).claimant(aged(46)).nonDependant(aged(20))
                                .nonDependant(new NonDependant(aged(2), Sex.FEMALE, Set.of(), false, false, false, false,
                                        false, false, false)), "500.00", 3),

                // ---- private sector: shared accommodation rate (Sch 4 paras 27-29)
                row("SAR: single renter aged 34 with no exception",
                        "paras 27-28: single, under 35, no children or non-dependants -> SAR 411.58 (CGM Source B, supplied); rent 800",
                        sar(renterWith(END.minusYears(35).plusDays(1), SharedAccommodationExceptions.NONE)),
                        "411.58", 1, SHARED_ACCOMMODATION),
                row("SAR: turning 35 during the period gives the 1-bed rate",
                        "para 28(2)(a) 'under 35' judged at the end of the period: 35 on 13 June 2026 -> 1-bed 775.00",
                        sar(renterWith(END.minusYears(35), SharedAccommodationExceptions.NONE)), "775.00", 1, ONE_BEDROOM),
                row("SAR exception: care leaver aged 24",
                        "para 29(2): at least 18 and under 25 and a care leaver before 18 -> 1-bed 775.00",
                        sar(renterWith(aged(24), only("careLeaver"))), "775.00", 1, ONE_BEDROOM),
                row("SAR exception ends: care leaver aged 25",
                        "para 29(2) stops at 25 -> SAR 411.58",
                        sar(renterWith(aged(25), only("careLeaver"))), "411.58", 1, SHARED_ACCOMMODATION),
                row("SAR exception: 3 months in homeless hostels with resettlement services",
                        "para 29(4) (age 16 to under 35) -> 1-bed 775.00",
                        sar(renterWith(aged(30), only("hostel"))), "775.00", 1, ONE_BEDROOM),
                row("SAR exception: PIP daily living",
                        "para 29(5)(c) -> 1-bed 775.00",
                        sar(adult(aged(28), PIP_DAILY_LIVING_STANDARD)), "775.00", 1, ONE_BEDROOM),
                row("SAR exception: MAPPA",
                        "para 29(6) -> 1-bed 775.00",
                        sar(renterWith(aged(26), only("mappa"))), "775.00", 1, ONE_BEDROOM),
                row("SAR exception: victim of domestic abuse",
                        "para 29(9B), inserted by SI 2022/942 -> 1-bed 775.00",
                        sar(renterWith(aged(22), only("abuse"))), "775.00", 1, ONE_BEDROOM),
                row("SAR exception: victim of modern slavery",
                        "para 29(9C), inserted by SI 2022/942 -> 1-bed 775.00",
                        sar(renterWith(aged(23), only("slavery"))), "775.00", 1, ONE_BEDROOM),
                at(row("SAR: domestic abuse exception not yet in force in June 2022",
                                "para 29(9B) from 1 Oct 2022 (housingrights.org.uk); period from 1 Jun 2022 -> SAR 411.58",
                                sar(renterWith(LocalDate.of(2000, 1, 1), only("abuse"))), "411.58", 1, SHARED_ACCOMMODATION),
                        LocalDate.of(2022, 6, 1), RATES_2025_26),
                row("no SAR with a non-dependant",
                        "para 28(4): a non-dependant lives there -> 1 + 1 = 2-bed 875.00; contribution 96.55 (para 14): 875.00 - 96.55 = 778.45",
                        privateRent("900.00").claimant(aged(25)).nonDependant(aged(30)).lha(SHARED_ACCOMMODATION, "411.58",
                                TWO_BEDROOMS, "875.00"), "778.45", 2, TWO_BEDROOMS),
                with(row("SAR: foster parent treated as excepted (unconfirmed)",
                                "turn2us.org.uk: foster parents are not held to the SAR; para 29 sub-paragraph not read -> 1 + 1 = 2-bed 875.00; rent 800 is below it",
                                sar(renterWith(aged(30), SharedAccommodationExceptions.NONE))
                                        .foster(FosterCarerStatus.FOSTER_PARENT_WITH_CHILD_PLACED), "800.00", 2, TWO_BEDROOMS),
                        assumption("housing.sar.foster-parent", AssumptionSource.UNCONFIRMED_RULE)),
                with(row("SAR exception through Adult Disability Payment (Scotland)",
                                "para 29(5)(d) names ADP daily living (current text read) -> 1-bed 775.00, no assumption needed",
                                sar(adult(aged(28), ADP_DAILY_LIVING_STANDARD)), "775.00", 1, ONE_BEDROOM),
                        (r, e) -> assertThat(e.assumptions()).noneMatch(a -> a.id().startsWith("housing.scottish"))),

                // ---- housing cost contributions (Sch 4 paras 13-16)
                row("non-dependant aged 30, no exemption (2026/27)",
                        "paras 13, 14(1): 500.00 - 96.55 = 403.45",
                        withNonDep(nd(aged(30))), "403.45", 2),
                at(row("non-dependant aged 30, no exemption (2025/26)",
                                "paras 13, 14(1) with the 2025/26 amount 93.02: 500.00 - 93.02 = 406.98",
                                withNonDep(nd(LocalDate.of(1995, 1, 1))), "406.98", 2),
                        LocalDate.of(2025, 6, 1), RATES_2025_26),
                with(row("non-dependant aged 20: exempt", "para 16(2)(a): under 21 -> 500.00",
                        withNonDep(nd(aged(20))), "500.00", 2), exemption(ContributionExemption.UNDER_21)),
                row("non-dependant turning 21 during the period contributes",
                        "para 16(2)(a) judged at the end of the period: 21 on 13 June 2026 -> 500.00 - 96.55 = 403.45",
                        withNonDep(nd(turns21DuringPeriod)), "403.45", 2),
                with(row("non-dependant on State Pension Credit: exempt", "para 16(2)(b) -> 500.00",
                        withNonDep(new NonDependant(aged(67), null, Set.of(), false, true, false, false, false, false, false)),
                        "500.00", 2), exemption(ContributionExemption.STATE_PENSION_CREDIT)),
                with(row("non-dependant on DLA care middle rate: exempt", "para 16(2)(c) -> 500.00",
                        withNonDep(ndBenefit(DLA_CARE_MIDDLE)), "500.00", 2),
                        exemption(ContributionExemption.DLA_CARE_MIDDLE_OR_HIGHEST)),
                with(row("non-dependant on attendance allowance: exempt", "para 16(2)(d) -> 500.00",
                        withNonDep(ndBenefit(ATTENDANCE_ALLOWANCE_LOWER)), "500.00", 2),
                        exemption(ContributionExemption.ATTENDANCE_ALLOWANCE)),
                with(row("non-dependant on PIP daily living: exempt", "para 16(2)(e) -> 500.00",
                        withNonDep(ndBenefit(PIP_DAILY_LIVING_STANDARD)), "500.00", 2),
                        exemption(ContributionExemption.PIP_DAILY_LIVING)),
                with(row("non-dependant whose DLA is suspended in hospital: exempt", "para 16(2)(f) -> 500.00",
                        withNonDep(new NonDependant(aged(30), null, Set.of(), true, false, false, false, false, false, false)),
                        "500.00", 2), exemption(ContributionExemption.BENEFIT_SUSPENDED_IN_HOSPITAL)),
                with(row("non-dependant on Carer's Allowance: exempt", "para 16(2)(g) -> 500.00",
                        withNonDep(new NonDependant(aged(30), null, Set.of(), false, false, true, false, false, false, false)),
                        "500.00", 2), exemption(ContributionExemption.CARERS_ALLOWANCE)),
                with(row("non-dependant who is a prisoner: exempt", "para 16(2)(h) -> 500.00",
                        withNonDep(new NonDependant(aged(30), null, Set.of(), false, false, false, true, false, false, false)),
                        "500.00", 2), exemption(ContributionExemption.PRISONER)),
                with(row("non-dependant responsible for a child under 5: exempt", "para 16(2)(i) -> 500.00",
                        withNonDep(new NonDependant(aged(30), null, Set.of(), false, false, false, false, true, false, false)),
                        "500.00", 2), exemption(ContributionExemption.RESPONSIBLE_FOR_CHILD_UNDER_5)),
                with(row("son in the armed forces away on operations: exempt", "para 16(2)(j) -> 500.00",
                        withNonDep(new NonDependant(aged(30), null, Set.of(), false, false, false, false, false, true, false)),
                        "500.00", 2), exemption(ContributionExemption.ARMED_FORCES_AWAY_ON_OPERATIONS)),
                row("non-dependant on DLA care lowest rate is not exempt",
                        "para 16(2)(c) needs the middle or highest rate: 500.00 - 96.55 = 403.45",
                        withNonDep(ndBenefit(DLA_CARE_LOWEST)), "403.45", 2),
                with(row("non-dependant on Adult Disability Payment: exempt (Scottish equivalent, unconfirmed)",
                                "para 16(2)(e) names PIP; ADP treated as equivalent, amendment not read -> 500.00",
                                withNonDep(ndBenefit(ADP_DAILY_LIVING_STANDARD)), "500.00", 2),
                        assumption("housing.scottish-benefit-equivalence", AssumptionSource.UNCONFIRMED_RULE)),
                with(row("renter who is blind: no contributions", "para 15 (blind, UC Regs reg 2) -> 500.00",
                        withExemptRenter(new Claimant(aged(45), true, Set.of(), false, false, false,
                                SharedAccommodationExceptions.NONE)), "500.00", 2),
                        exemption(ContributionExemption.RENTER_EXEMPT)),
                with(row("renter on attendance allowance: no contributions", "para 15 -> 500.00",
                        withExemptRenter(adult(aged(45), ATTENDANCE_ALLOWANCE_HIGHER)), "500.00", 2),
                        exemption(ContributionExemption.RENTER_EXEMPT)),
                row("renter on DLA care highest rate: no contributions", "para 15 -> 500.00",
                        withExemptRenter(adult(aged(45), DLA_CARE_HIGHEST)), "500.00", 2),
                row("renter on PIP daily living: no contributions", "para 15 -> 500.00",
                        withExemptRenter(adult(aged(45), PIP_DAILY_LIVING_ENHANCED)), "500.00", 2),
                row("renter on armed forces independence payment: no contributions",
                        "para 15 with UC Regs reg 2 ('attendance allowance' includes AFIP) -> 500.00",
                        withExemptRenter(adult(aged(45), ARMED_FORCES_INDEPENDENCE_PAYMENT)), "500.00", 2),
                row("renter whose PIP is suspended in hospital: no contributions", "para 15 -> 500.00",
                        withExemptRenter(new Claimant(aged(45), false, Set.of(), true, false, false,
                                SharedAccommodationExceptions.NONE)), "500.00", 2),
                row("joint renter on PIP exempts the couple",
                        "para 15(1)(b): either joint renter -> 500.00 (couple 1 + non-dependant 1 = 2)",
                        social("500.00", 2).claimant(aged(45)).claimant(adult(aged(44), PIP_DAILY_LIVING_STANDARD))
                                .nonDependant(aged(30)), "500.00", 2),
                with(row("contributions exceed the rent: element nil, nothing more taken",
                                "para 14(3): 150.00 - (96.55 x 2 = 193.10) -> nil",
                                social("150.00", 3).claimant(aged(50)).nonDependant(aged(30)).nonDependant(aged(40)),
                                "0.00", 3),
                        (r, e) -> {
                            assertThat(r.isNil()).isTrue();
                            assertThat(r.nilReasons()).containsExactly(NilReason.CONTRIBUTIONS_EXCEED_ELIGIBLE_AMOUNT);
                            assertThat(r.totalContributionsPence()).isEqualTo(Pence.ofPounds("193.10"));
                        }),
                row("two non-dependants: two contributions",
                        "paras 13-14: 800.00 - 2 x 96.55 = 606.90",
                        social("800.00", 3).claimant(aged(50)).nonDependant(aged(30)).nonDependant(aged(40)), "606.90", 3),

                // ---- payments and charges (paras 7, 31)
                row("weekly rent and weekly service charges",
                        "para 7(2)(a): 100 x 52/12 = 433.33; 10 x 52/12 = 43.33; total 476.66",
                        single40Social("0.00", 1).rent("100.00", RentFrequency.WEEKLY)
                                .serviceCharges("10.00", RentFrequency.WEEKLY), "476.66", 1),
                row("social rent including water charges",
                        "Sch 4 para 31: 500.00 - water 30.00 = 470.00",
                        single40Social("500.00", 1).chargesNotCovered("30.00", RentFrequency.MONTHLY), "470.00", 1),
                with(row("water and fuel charges take the whole rent: nil",
                                "para 31: 100.00 - 120.00 -> nil",
                                single40Social("100.00", 1).chargesNotCovered("120.00", RentFrequency.MONTHLY), "0.00", 1),
                        (r, e) -> assertThat(r.nilReasons()).containsExactly(NilReason.CHARGES_NOT_COVERED_EXCEED_RENT)),
                row("private four-weekly rent below the LHA",
                        "para 7(2)(b): 400 x 13/12 = 433.33 < 1-bed 450.00 (hypothetical caller rate) -> 433.33",
                        privateRent("0.00").rent("400.00", RentFrequency.FOUR_WEEKLY).claimant(aged(40))
                                .lha(ONE_BEDROOM, "450.00"), "433.33", 1, ONE_BEDROOM),

                // ---- issue 3's example household (couple 24 and 31, children 2016-05-01 and 2019-09-12, rent 950,
                //      one non-dependant 23, period from 2026-05-14)
                row("issue 3 household, two girls: 3 bedrooms, not the 2-bed rate",
                        "para 10: couple 1 + girls 10 and 6 share (same sex) 1 + non-dependant 23 (1) = 3; 3-bed 950 (CGM Source B, supplied); min(950, 950) - 96.55 = 853.45",
                        privateRent("950.00").claimant(aged(24)).claimant(aged(31))
                                .child(LocalDate.of(2016, 5, 1), Sex.FEMALE).child(LocalDate.of(2019, 9, 12), Sex.FEMALE)
                                .nonDependant(aged(23)).lha(TWO_BEDROOMS, "875.00", THREE_BEDROOMS, "950.00"),
                        "853.45", 3, THREE_BEDROOMS),
                row("issue 3 household, girl and boy: 4 bedrooms",
                        "para 10: girl 10 and boy 6 cannot share (10 is not under 10) -> 1 + 2 + 1 = 4; 4-bed 1,350 (supplied); min(950, 1350) - 96.55 = 853.45",
                        privateRent("950.00").claimant(aged(24)).claimant(aged(31))
                                .child(LocalDate.of(2016, 5, 1), Sex.FEMALE).child(LocalDate.of(2019, 9, 12), Sex.MALE)
                                .nonDependant(aged(23)).lha(FOUR_BEDROOMS, "1350.00"),
                        "853.45", 4, FOUR_BEDROOMS),

                // ---- LHA table look-ups (LhaTable; UNCONFIRMED)
                with(row("LHA table: Central London 2-bed 2026/27",
                                "LhaTable Source B 1,793.98 (= SI 2013/382 Sch 1 para 2(2) maximum); couple + girl 3 -> 2-bed; rent 2,200 capped",
                                privateRent("2200.00").claimant(aged(36)).claimant(aged(37)).child(aged(3), Sex.FEMALE)
                                        .brma("Central London"), "1793.98", 2, TWO_BEDROOMS),
                        assumption("housing.lha.table", AssumptionSource.UNCONFIRMED_RULE)),
                at(row("LHA table: Bolton and Bury 1-bed 2025/26 (Source A, frozen)",
                                "LhaTable Source A 109.32/wk x 52/12 = 473.72; single 40; rent 500 capped",
                                privateRent("500.00").claimant(LocalDate.of(1985, 1, 1)).brma("Bolton and Bury"),
                                "473.72", 1, ONE_BEDROOM),
                        LocalDate.of(2025, 6, 1), RATES_2025_26),
                row("LHA table: 'bolton & bury' finds Bolton and Bury 2026/27 (Source B)",
                        "LhaTable Source B 475.00 (differs from Source A 473.72: recorded discrepancy); rent 500 capped",
                        privateRent("500.00").claimant(aged(40)).brma("  bolton & bury "), "475.00", 1, ONE_BEDROOM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void worked_example_gives_the_expected_element(Example example) {
        ExplanationBuilder explanation = new ExplanationBuilder(HousingRules.RULESET_VERSION);
        HousingCostsResult result = HousingCostsElement.calculate(example.input(), example.rates(), example.period(),
                explanation);
        Explanation built = explanation.build();

        assertThat(result.monthlyAmountPence()).as(example.source()).isEqualTo(Pence.ofPounds(example.amount()));
        assertThat(result.bedroomEntitlement().bedrooms()).as("bedrooms: " + example.source())
                .isEqualTo(example.bedrooms());
        if (example.category() != null) {
            assertThat(result.lhaCategory()).as("LHA category: " + example.source()).contains(example.category());
        }
        example.more().accept(result, built);
        assertThat(built.steps()).as("every result is explained").isNotEmpty();
        assertThat(built.ruleIds()).isSubsetOf(HousingRules.all().stream().map(r -> r.id()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void same_input_gives_the_same_result_and_explanation(Example example) {
        ExplanationBuilder a = new ExplanationBuilder(HousingRules.RULESET_VERSION);
        ExplanationBuilder b = new ExplanationBuilder(HousingRules.RULESET_VERSION);
        HousingCostsResult first = HousingCostsElement.calculate(example.input(), example.rates(), example.period(), a);
        HousingCostsResult second = HousingCostsElement.calculate(example.input(), example.rates(), example.period(), b);
        assertThat(second).isEqualTo(first);
        assertThat(b.build()).isEqualTo(a.build());
    }
}
