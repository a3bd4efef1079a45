package dev.hearth.domain.rent;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.hearth.domain.rent.RentFixtures.d;
import static dev.hearth.domain.rent.RentFixtures.monthly;
import static dev.hearth.domain.rent.RentFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples for the rent-risk assessor. Each row names its source: the statute or guidance the threshold comes
 * from, the published bank-holiday list, or a hand calculation written out in the row.
 */
class RentRiskWorkedExamplesTest {

    record Row(String name, String source, RentFixtures.Builder request, Consumer<RentRiskAssessment> check) {
        @Override
        public String toString() {
            return name + " [" + source + "]";
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("weekly rent to monthly and the shortfall",
                        "UC Regs 2013 Sch 4 para 7(2)(a): 100.00 x 52 / 12 = 433.333.. -> 433.33 (reg 6); shortfall "
                                + "433.33 - 400.00 = 33.33",
                        new RentFixtures.Builder().assessed("2026-06-01").rent("100", RentFrequency.WEEKLY,
                                "2026-06-01").uc("400", "2026-06-10"),
                        a -> {
                            assertThat(a.monthlyRentPence()).isEqualTo(p("433.33"));
                            assertThat(a.monthlyShortfallPence()).isEqualTo(p("33.33"));
                        }),
                new Row("four-weekly rent to monthly",
                        "UC Regs 2013 Sch 4 para 7(2)(b): 400.00 x 13 / 12 = 433.333.. -> 433.33",
                        new RentFixtures.Builder().assessed("2026-06-01").rent("400", RentFrequency.FOUR_WEEKLY,
                                "2026-06-20"),
                        a -> assertThat(a.monthlyRentPence()).isEqualTo(p("433.33"))),
                new Row("housing element covering the rent leaves no shortfall",
                        "hand calculation: max(0, 650.00 - 700.00) = 0.00",
                        monthly("2026-06-01", "650", "2026-06-01").uc("700", "2026-06-05"),
                        a -> assertThat(a.monthlyShortfallPence()).isEqualTo(p("0"))),
                new Row("arrears in rent periods",
                        "hand calculation: 1,000.00 / 150.00 = 6.666.. -> 6.66 weekly periods",
                        new RentFixtures.Builder().assessed("2026-06-01").rent("150", RentFrequency.WEEKLY,
                                "2026-06-03").arrears("1000"),
                        a -> assertThat(a.arrearsInRentPeriods()).isEqualByComparingTo(new BigDecimal("6.66"))),
                new Row("Ground 8 before the 2025 Act: 2 months' rent, 2 weeks' notice",
                        "HA 1988 Sch 2 Ground 8 (Halsbury's para 944) [S]; hand calculation: 1,000 + 800 on 1 Feb "
                                + "2026 = 1,800 >= 1,600; notice 14 days -> 15 Feb",
                        monthly("2026-01-05", "800", "2026-02-01").arrears("1000"),
                        a -> {
                            PossessionThreshold t = a.possessionThreshold();
                            assertThat(t.status()).isEqualTo(ThresholdStatus.PROJECTED);
                            assertThat(t.thresholdDate()).isEqualTo(d("2026-02-01"));
                            assertThat(t.thresholdAmountPence()).isEqualTo(p("1600"));
                            assertThat(t.noticePeriodDays()).isEqualTo(14);
                            assertThat(t.earliestProceedingsDate()).isEqualTo(d("2026-02-15"));
                            assertThat(t.regime()).contains("before the Renters' Rights Act 2025");
                        }),
                new Row("Ground 8 as amended: 3 months' rent, 4 weeks' notice",
                        "RRA 2025 Sch 1, SI 2026/421 reg 2 [P/S]; hand calculation: 1,000 -> 1,800 (1 Jul) -> 2,600 "
                                + "(1 Aug) >= 2,400; + 28 days = 29 Aug",
                        monthly("2026-06-05", "800", "2026-07-01").arrears("1000"),
                        a -> {
                            PossessionThreshold t = a.possessionThreshold();
                            assertThat(t.thresholdDate()).isEqualTo(d("2026-08-01"));
                            assertThat(t.thresholdAmountPence()).isEqualTo(p("2400"));
                            assertThat(t.noticePeriodDays()).isEqualTo(28);
                            assertThat(t.earliestProceedingsDate()).isEqualTo(d("2026-08-29"));
                        }),
                new Row("arrears that would reach 2 months on 1 May 2026 meet the new 3-month threshold instead",
                        "SI 2026/421 reg 2 (in force 1 May 2026); hand calculation: 800 (1 Apr), 1,600 on 1 May < "
                                + "2,400, 2,400 on 1 Jun >= 2,400",
                        monthly("2026-03-10", "800", "2026-04-01"),
                        a -> {
                            assertThat(a.possessionThreshold().thresholdDate()).isEqualTo(d("2026-06-01"));
                            assertThat(a.possessionThreshold().regime()).contains("as amended");
                        }),
                new Row("weekly rent before the Act: 8 weeks' rent",
                        "HA 1988 Sch 2 Ground 8(a) [S]; hand calculation: 1,000 + 200 x 3 = 1,600 on 15 Sep 2025",
                        new RentFixtures.Builder().assessed("2025-09-01").rent("200", RentFrequency.WEEKLY,
                                "2025-09-01").arrears("1000"),
                        a -> {
                            assertThat(a.possessionThreshold().thresholdDate()).isEqualTo(d("2025-09-15"));
                            assertThat(a.possessionThreshold().thresholdAmountPence()).isEqualTo(p("1600"));
                        }),
                new Row("fortnightly rent after the Act: 13 weeks is 6.5 fortnights",
                        "RRA 2025 (13 weeks) [S]; hand calculation: 300 x 6.5 = 1,950; 1,300, 1,600, 1,900, 2,200 on "
                                + "13 Jul 2026",
                        new RentFixtures.Builder().assessed("2026-06-01").rent("300", RentFrequency.TWO_WEEKLY,
                                "2026-06-01").arrears("1000"),
                        a -> {
                            assertThat(a.possessionThreshold().thresholdDate()).isEqualTo(d("2026-07-13"));
                            assertThat(a.possessionThreshold().thresholdAmountPence()).isEqualTo(p("1950"));
                        }),
                new Row("an odd fortnightly rent: the threshold rounds up to the penny",
                        "hand calculation: 6.5 x 300.01 = 1,950.065 -> 1,950.07 (the least whole-penny arrears that are "
                                + "at least the threshold)",
                        new RentFixtures.Builder().assessed("2026-06-01").rent("300.01", RentFrequency.TWO_WEEKLY,
                                "2026-06-01"),
                        a -> assertThat(a.possessionThreshold().thresholdAmountPence()).isEqualTo(p("1950.07"))),
                new Row("already at the threshold: critical",
                        "HA 1988 Sch 2 Ground 8 [S]; hand calculation: 2,000 >= 2 x 800",
                        monthly("2025-10-01", "800", "2025-11-01").arrears("2000"),
                        a -> {
                            assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.ALREADY_REACHED);
                            assertThat(a.riskLevel()).isEqualTo(RiskLevel.CRITICAL);
                            assertThat(a.riskReasons()).extracting(RiskReason::ruleId)
                                    .contains("rent.risk.threshold_imminent", "rent.risk.managed_payment_level",
                                            "rent.risk.arrears");
                        }),
                new Row("the amended Ground 8 ignores rent awaiting the UC payment",
                        "RRA 2025 Ground 8 UC provision [S]; hand calculation: housing 700 on the 15th, rent 900 on the "
                                + "1st: counted arrears rise 200 a month from 1,100 (15 Jun); on 1 Feb 2027 balance 3,400 "
                                + "less 700 awaiting UC = 2,700 = 3 x 900",
                        monthly("2026-06-02", "900", "2026-07-01").arrears("1800").uc("700", "2026-06-15"),
                        a -> {
                            PossessionThreshold t = a.possessionThreshold();
                            assertThat(t.thresholdDate()).isEqualTo(d("2027-02-01"));
                            assertThat(t.ucDisregardPence()).isEqualTo(p("700"));
                            assertThat(t.countedArrearsPence()).isEqualTo(p("2700"));
                        }),
                new Row("a housing element that covers the rent keeps arrears flat: not reached",
                        "hand calculation: +900 on the 1st, -900 on the 15th; counted arrears 900 throughout",
                        monthly("2026-06-02", "900", "2026-07-01").arrears("1800").uc("900", "2026-06-15"),
                        a -> assertThat(a.possessionThreshold().status())
                                .isEqualTo(ThresholdStatus.NOT_REACHED_WITHIN_HORIZON)),
                new Row("Scotland, private tenancy: no mandatory ground",
                        "Coronavirus (Recovery and Reform) (Scotland) Act 2022 s.43; Explanatory Notes paras 156-158 [P]",
                        monthly("2026-06-01", "700", "2026-06-28").arrears("2100").nation(Nation.SCOTLAND),
                        a -> {
                            assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NO_MANDATORY_GROUND);
                            assertThat(a.possessionThreshold().note()).contains("discretionary");
                        }),
                new Row("Wales: threshold not modelled, and the result says so",
                        "Renting Homes (Wales) Act 2016 ss.181, 187: statutory text not read",
                        monthly("2026-06-01", "700", "2026-06-28").arrears("700").nation(Nation.WALES),
                        a -> {
                            assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NOT_MODELLED);
                            assertThat(a.possessionThreshold().note()).contains("not modelled for Wales");
                            assertThat(a.possessionThreshold().thresholdDate()).isNull();
                        }),
                new Row("English council tenancy: not modelled (secure tenancy, outside Ground 8)",
                        "Ground 8 is in HA 1988 Sch 2 (assured tenancies); HA 1985 secure tenancies not researched",
                        monthly("2026-06-01", "500", "2026-06-08").arrears("600")
                                .social(SocialLandlord.LOCAL_AUTHORITY),
                        a -> assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NOT_MODELLED)),
                new Row("housing association: old Ground 8 until 1 May 2026, then not modelled",
                        "SI 2026/421 reg 2: in force 1 May 2026 only for assured tenancies that are not social housing "
                                + "[P]; hand calculation: 600 on 1 Apr < 1,200",
                        monthly("2026-03-02", "600", "2026-04-01").social(SocialLandlord.HOUSING_ASSOCIATION),
                        a -> {
                            assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NOT_MODELLED);
                            assertThat(a.possessionThreshold().note()).startsWith("Not reached before 2026-05-01");
                        }),
                new Row("housing association before 1 May 2026: the old threshold applies",
                        "HA 1988 Sch 2 Ground 8 [S]; hand calculation: 700 + 600 on 1 Apr 2026 = 1,300 >= 1,200",
                        monthly("2026-03-02", "600", "2026-04-01").arrears("700")
                                .social(SocialLandlord.HOUSING_ASSOCIATION),
                        a -> assertThat(a.possessionThreshold().thresholdDate()).isEqualTo(d("2026-04-01"))),
                new Row("four-weekly rent: not modelled, because Ground 8 does not name it",
                        "HA 1988 Sch 2 Ground 8 names weekly, fortnightly, monthly (quarterly, yearly) [S]",
                        new RentFixtures.Builder().assessed("2026-06-01").rent("500", RentFrequency.FOUR_WEEKLY,
                                "2026-06-10").arrears("900"),
                        a -> assertThat(a.possessionThreshold().note()).contains("four-weekly")),
                new Row("quarterly rent before the Act: not modelled (depends on how long it has been unpaid)",
                        "HA 1988 Sch 2 Ground 8(c) [S]",
                        new RentFixtures.Builder().assessed("2025-06-01").rent("2100", RentFrequency.THREE_MONTHLY,
                                "2025-07-01"),
                        a -> assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NOT_MODELLED)),
                new Row("managed payment at 2 months' rent, with the deduction band",
                        "DWP APA guidance via surreyheath.gov.uk, Shelter [S]; SI 2013/380 Sch 6 para 7 [S]; band "
                                + "uk-rules.md §1.5: 10% of 424.90 = 42.49, 20% = 84.98",
                        monthly("2026-06-01", "650", "2026-06-28").arrears("1300").standardAllowance("424.90")
                                .housingCostsInPayment(true),
                        a -> {
                            ManagedPayment m = a.managedPayment();
                            assertThat(m.managedPaymentRequestable()).isTrue();
                            assertThat(m.thirdPartyDeductionAvailable()).isTrue();
                            assertThat(m.deductionMinimumMonthlyPence()).isEqualTo(p("42.49"));
                            assertThat(m.deductionMaximumMonthlyPence()).isEqualTo(p("84.98"));
                            assertThat(a.riskLevel()).isGreaterThanOrEqualTo(RiskLevel.HIGH);
                        }),
                new Row("managed payment at one month with repeated underpayment; no deduction yet",
                        "surreyheath.gov.uk, oxford.gov.uk: repeated underpayment and 1 month's arrears [S]",
                        monthly("2026-06-01", "650", "2026-06-28").arrears("700").repeatedUnderpayment()
                                .housingCostsInPayment(true),
                        a -> {
                            assertThat(a.managedPayment().managedPaymentRequestable()).isTrue();
                            assertThat(a.managedPayment().thirdPartyDeductionAvailable()).isFalse();
                        }),
                new Row("deduction band rounding: minimum up, maximum down",
                        "hand calculation: 10% of 338.58 = 33.858 -> 33.86; 20% = 67.716 -> 67.71",
                        monthly("2026-06-01", "500", "2026-06-28").standardAllowance("338.58"),
                        a -> {
                            assertThat(a.managedPayment().deductionMinimumMonthlyPence()).isEqualTo(p("33.86"));
                            assertThat(a.managedPayment().deductionMaximumMonthlyPence()).isEqualTo(p("67.71"));
                        }),
                new Row("rent due 13 days before UC arrives raises the risk",
                        "hand calculation: 1 Jul to 14 Jul = 13 days >= 7",
                        monthly("2026-06-20", "600", "2026-07-01").uc("600", "2026-07-14"),
                        a -> {
                            assertThat(a.daysRentDueBeforeUcPayment()).isEqualTo(13);
                            assertThat(a.riskReasons()).extracting(RiskReason::ruleId).containsExactly("rent.risk.uc_gap");
                            assertThat(a.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
                        }),
                new Row("UC payment dates from the assessment period move before Good Friday and the May bank holiday",
                        "UC Regs reg 21; SI 2013/380 reg 47; gov.uk bank holidays: 3 Apr 2026 Good Friday, 4 May 2026 "
                                + "early May: periods ending 27 Mar, 27 Apr, 27 May are paid 2 Apr, 1 May, 3 Jun",
                        monthly("2026-03-30", "600", "2026-04-01").ucPeriods("600", "2026-02-28"),
                        a -> assertThat(a.timeline().stream()
                                .filter(e -> e.event() == TimelineEvent.UC_HOUSING_PAYMENT)
                                .map(TimelineEntry::date).toList())
                                .containsExactly(d("2026-04-02"), d("2026-05-01"), d("2026-06-03"))),
                new Row("no arrears, rent covered, UC two days after rent falls due: low risk",
                        "hand calculation: no shortfall, no arrears, gap 20 Jun to 22 Jun = 2 days < 7",
                        monthly("2026-06-01", "600", "2026-06-20").uc("600", "2026-06-22"),
                        a -> {
                            assertThat(a.riskLevel()).isEqualTo(RiskLevel.LOW);
                            assertThat(a.riskReasons()).isEmpty();
                        }),
                new Row("threshold within three months but beyond a month: high",
                        "hand calculation: 200 + 800 (1 Feb) + 800 (1 Mar) = 1,800 >= 1,600 on 1 Mar 2026, 55 days on",
                        monthly("2026-01-05", "800", "2026-02-01").arrears("200"),
                        a -> {
                            assertThat(a.possessionThreshold().thresholdDate()).isEqualTo(d("2026-03-01"));
                            assertThat(a.riskLevel()).isEqualTo(RiskLevel.HIGH);
                            assertThat(a.riskReasons()).extracting(RiskReason::ruleId)
                                    .contains("rent.risk.threshold_within_timeline");
                        }),
                new Row("the tenant's own top-up offsets the shortfall",
                        "hand calculation: rent 700, UC 600 on the 10th, tenant 100 on the 1st: balance returns to 0",
                        monthly("2026-06-01", "700", "2026-06-01").uc("600", "2026-06-10").tenantPays("100"),
                        a -> {
                            assertThat(a.timeline()).extracting(TimelineEntry::balancePence)
                                    .containsExactly(p("700"), p("600"), p("0"), p("700"), p("600"), p("0"),
                                            p("700"), p("600"), p("0"));
                            assertThat(a.possessionThreshold().status())
                                    .isEqualTo(ThresholdStatus.NOT_REACHED_WITHIN_HORIZON);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void worked_example(Row row) {
        RentRiskAssessment a = row.request().assess();
        row.check().accept(a);
        // Every assessment: each reason is a declared rule and the level is the highest reason.
        List<String> declared = RentRiskRules.all().stream().map(dev.hearth.domain.explain.Rule::id).toList();
        assertThat(a.riskReasons()).allMatch(r -> declared.contains(r.ruleId()));
        assertThat(a.riskLevel()).isEqualTo(a.riskReasons().stream().map(RiskReason::raisesTo)
                .max(java.util.Comparator.naturalOrder()).orElse(RiskLevel.LOW));
    }
}
