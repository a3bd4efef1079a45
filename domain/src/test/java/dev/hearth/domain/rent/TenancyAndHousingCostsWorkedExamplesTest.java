package dev.hearth.domain.rent;

import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.hearth.domain.rent.RentFixtures.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Worked examples for the tenancy types ({@code rent.tenancy.grounds}, {@code rent.threshold.secure_discretionary}) and
 * the UC housing-costs facts ({@code rent.managed_payment}, {@code rent.risk.uc_gap}). Each row names its source.
 */
class TenancyAndHousingCostsWorkedExamplesTest {

    record Row(String name, String source, RentFixtures.Builder request, Consumer<RentRiskAssessment> check) {
        @Override
        public String toString() {
            return name + " [" + source + "]";
        }
    }

    static PossessionGround ground(RentRiskAssessment a, String startsWith) {
        return a.possessionGrounds().stream().filter(g -> g.ground().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no ground " + startsWith + " in " + a.possessionGrounds()));
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("no UC housing costs: no managed payment and no deduction, even at 2 months' arrears",
                        "SI 2013/380 Sch 6 (deduction needs an award with housing costs); the issue's case",
                        monthly("2026-06-01", "700", "2026-06-28").arrears("1400").standardAllowance("400"),
                        a -> {
                            assertThat(a.managedPayment().managedPaymentRequestable()).isFalse();
                            assertThat(a.managedPayment().basis()).startsWith("no Universal Credit housing costs");
                            assertThat(a.riskReasons()).anyMatch(r -> r.reason().contains("tenant's own money"));
                        }),
                new Row("housing costs said to be in payment without an amount: the managed payment is available",
                        "DWP APA guidance via Shelter [S]",
                        monthly("2026-06-01", "700", "2026-06-28").arrears("1400").housingCostsInPayment(true),
                        a -> assertThat(a.managedPayment().managedPaymentRequestable()).isTrue()),
                new Row("already paid to the landlord: no managed payment offered again, deduction still possible",
                        "DWP APA guidance via Shelter [S]: an APA already in place",
                        monthly("2026-06-01", "700", "2026-06-28").uc("700", "2026-06-05").arrears("1400")
                                .paidToLandlord(),
                        a -> {
                            assertThat(a.managedPayment().managedPaymentRequestable()).isFalse();
                            assertThat(a.managedPayment().basis()).contains("already paid direct to the landlord")
                                    .contains("deduction towards the arrears can still be requested");
                        }),
                new Row("paid to the landlord: the UC-versus-rent timing gap is not the tenant's risk",
                        "DWP pays the landlord direct; Hearth's grading [D]",
                        monthly("2026-06-01", "700", "2026-06-01").uc("700", "2026-06-20").paidToLandlord(),
                        a -> {
                            assertThat(a.riskReasons()).noneMatch(r -> r.ruleId().equals("rent.risk.uc_gap"));
                            assertThat(a.explanation().assumptions()).anyMatch(x ->
                                    x.id().equals("rent.gap_paid_to_landlord"));
                        }),
                new Row("a council secure tenancy: Ground 1 is discretionary, no mandatory threshold",
                        "Housing Act 1985 s.84(2)(a), s.85 and Sch 2 Ground 1 (Shelter England)",
                        monthly("2026-06-01", "500", "2026-06-28").arrears("2000").social(SocialLandlord.LOCAL_AUTHORITY)
                                .tenancy(TenancyType.SECURE),
                        a -> {
                            assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NO_MANDATORY_GROUND);
                            PossessionGround g = ground(a, "Housing Act 1985 Sch 2 Ground 1");
                            assertThat(g.mandatory()).isFalse();
                            assertThat(g.noticePeriod()).contains("4 weeks");
                            assertThat(g.courtMustConsider()).contains("reasonable");
                        }),
                new Row("a flexible tenancy faces Ground 1 during its term and the end of the term",
                        "Housing Act 1985 ss.107A, 107D (Shelter England)",
                        monthly("2026-06-01", "500", "2026-06-28").social(SocialLandlord.LOCAL_AUTHORITY)
                                .tenancy(TenancyType.FLEXIBLE),
                        a -> assertThat(a.possessionGrounds()).hasSize(2)),
                new Row("a flexible tenancy's end of term: six months' notice of non-renewal, 21-day review, "
                        + "outright order unless the review failed",
                        "Housing Act 1985 ss.107D(3), (6) and 107E(1) via Shelter England 'Flexible tenancy notice of "
                                + "seeking possession' and the Localism Bill text",
                        monthly("2026-06-01", "500", "2026-06-28").social(SocialLandlord.LOCAL_AUTHORITY)
                                .tenancy(TenancyType.FLEXIBLE),
                        a -> {
                            PossessionGround g = ground(a, "end of the fixed term");
                            assertThat(g.mandatory()).isTrue();
                            assertThat(g.noticePeriod()).contains("at least six months").contains("21 days")
                                    .contains("period was not confirmed");
                            assertThat(g.courtMustConsider()).contains("outright possession order")
                                    .contains("s.107D(6)");
                            assertThat(g.legalReference()).doesNotContain("[U]");
                        }),
                new Row("an introductory tenancy: no ground, the court must order possession, 14-day review",
                        "Housing Act 1996 ss.127-129 (Shelter England; LexisNexis)",
                        monthly("2026-06-01", "500", "2026-06-28").arrears("500")
                                .social(SocialLandlord.LOCAL_AUTHORITY).tenancy(TenancyType.INTRODUCTORY),
                        a -> {
                            PossessionGround g = ground(a, "introductory tenancy");
                            assertThat(g.mandatory()).isTrue();
                            assertThat(g.noticePeriod()).contains("review within 14 days");
                            assertThat(a.possessionThreshold().note()).contains("needs no ground");
                        }),
                new Row("an assured shorthold tenancy before 1 May 2026 still faces section 21",
                        "Housing Act 1988 s.21 (2 months' notice); SI 2026/421 reg 2",
                        monthly("2026-03-02", "900", "2026-03-28").tenancy(TenancyType.ASSURED_SHORTHOLD),
                        a -> {
                            assertThat(ground(a, "Housing Act 1988 s.21").noticePeriod()).isEqualTo("2 months");
                            assertThat(ground(a, "Housing Act 1988 Sch 2 Ground 8").noticePeriod())
                                    .startsWith("2 weeks");
                        }),
                new Row("a private assured shorthold tenancy from 1 May 2026: no section 21, Ground 8 on 4 weeks",
                        "Renters' Rights Act 2025 (SI 2026/421 reg 2); Ground 8 as amended (3 months, 4 weeks)",
                        monthly("2026-06-01", "900", "2026-06-28").tenancy(TenancyType.ASSURED_SHORTHOLD),
                        a -> {
                            assertThat(a.possessionGrounds()).noneMatch(g -> g.ground().contains("s.21"));
                            PossessionGround g8 = ground(a, "Housing Act 1988 Sch 2 Ground 8");
                            assertThat(g8.noticePeriod()).startsWith("4 weeks");
                            assertThat(g8.condition()).contains("3 months");
                        }),
                new Row("assured tenancy: Grounds 10 and 11 are discretionary (s.9)",
                        "Housing Act 1988 s.9 and Sch 2 (Shelter; Law Gazette)",
                        monthly("2026-06-01", "900", "2026-06-28").tenancy(TenancyType.ASSURED),
                        a -> assertThat(ground(a, "Housing Act 1988 Sch 2 Grounds 10 and 11").mandatory()).isFalse()),
                new Row("a Scottish secure tenancy: discretionary ground 1, 4 weeks' notice after pre-action steps",
                        "Housing (Scotland) Act 2001 ss.14(4)(b), 14A (legislation.gov.uk; Scottish Government "
                                + "guidance; CPAG)",
                        monthly("2026-06-01", "400", "2026-06-28").nation(Nation.SCOTLAND)
                                .social(SocialLandlord.LOCAL_AUTHORITY).tenancy(TenancyType.SCOTTISH_SECURE),
                        a -> {
                            assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NO_MANDATORY_GROUND);
                            assertThat(ground(a, "Housing (Scotland) Act 2001").noticePeriod())
                                    .contains("4 weeks").contains("pre-action");
                        }),
                new Row("a Scottish private residential tenancy: ground 12 discretionary; notice period unconfirmed",
                        "Private Housing (Tenancies) (Scotland) Act 2016 Sch 3; Coronavirus (Recovery and Reform) "
                                + "(Scotland) Act 2022 s.43",
                        monthly("2026-06-01", "700", "2026-06-28").nation(Nation.SCOTLAND)
                                .tenancy(TenancyType.SCOTTISH_PRIVATE_RESIDENTIAL),
                        a -> {
                            PossessionGround g = ground(a, "Private Housing (Tenancies)");
                            assertThat(g.mandatory()).isFalse();
                            assertThat(g.noticePeriod()).startsWith("notice to leave of 28 days");
                            assertThat(g.condition()).contains("three or more consecutive months");
                        }),
                new Row("a Scottish private tenant of more than six months still gets only 28 days' notice for rent "
                        + "arrears, and the Tribunal cannot be asked before it ends",
                        "Private Housing (Tenancies) (Scotland) Act 2016 s.54 (Explanatory Notes para 87); "
                                + "mygov.scot",
                        monthly("2026-12-07", "700", "2026-12-28").nation(Nation.SCOTLAND)
                                .tenancy(TenancyType.SCOTTISH_PRIVATE_RESIDENTIAL),
                        a -> {
                            PossessionGround g = ground(a, "Private Housing (Tenancies)");
                            assertThat(g.noticePeriod()).contains("however long the tenant has lived there")
                                    .contains("s.54").contains("48 hours");
                            assertThat(g.legalReference()).contains("s.62").contains("not confirmed either way");
                        }),
                new Row("without a tenancy type the answer is as before: no grounds listed",
                        "backward compatibility (ADR 0014)",
                        monthly("2026-06-01", "700", "2026-06-28"),
                        a -> assertThat(a.possessionGrounds()).isEmpty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void worked_example(Row row) {
        row.check().accept(row.request().assess());
    }

    @Test
    void a_tenancy_type_from_the_wrong_nation_or_tenure_is_refused() {
        RentRiskRequest request = monthly("2026-06-01", "700", "2026-06-28").tenancy(TenancyType.SECURE)
                .paidToLandlord().housingCostsInPayment(false).build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tenancyType", "inconsistent_with_tenure"),
                org.assertj.core.groups.Tuple.tuple("housingCostsPaidToLandlord", "inconsistent_with_housing_costs"));
        InvalidInputException scottish = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(monthly("2026-06-01", "700", "2026-06-28")
                        .tenancy(TenancyType.SCOTTISH_PRIVATE_RESIDENTIAL).build()));
        assertThat(scottish.violations()).extracting(Violation::code).containsExactly("tenancy_type_not_in_nation");
        assertThat(Tenure.PRIVATE).isNotNull();
    }
}
