package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.hearth.domain.debt.DebtFixtures.adviser;
import static dev.hearth.domain.debt.DebtFixtures.budget;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static dev.hearth.domain.debt.DebtFixtures.enforced;
import static dev.hearth.domain.debt.DebtFixtures.instalment;
import static dev.hearth.domain.debt.DebtFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples for the debt planner. Each row names its source: a published classification (CPAG, Citizens Advice,
 * StepChange, council lists, via uk-rules.md §3), a threshold source, or a hand calculation written out in the row.
 */
class DebtPlannerWorkedExamplesTest {

    record Row(String name, String source, DebtFixtures.Builder request, Consumer<DebtPlan> check) {
        @Override
        public String toString() {
            return name + " [" + source + "]";
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("rent arrears come before a credit card",
                        "CPAG priority debts table; Citizens Advice 'which debts first' (uk-rules.md §3.2)",
                        budget("1000", "900").debts(debt("cc", DebtType.CREDIT_CARD, "1000"),
                                debt("rent", DebtType.RENT_ARREARS, "500")),
                        plan -> {
                            assertThat(ids(plan)).containsExactly("rent", "cc");
                            assertThat(find(plan, "rent").status()).isEqualTo(PriorityStatus.PRIORITY);
                            assertThat(find(plan, "rent").sanctionCategory()).isEqualTo(SanctionCategory.HOME);
                            assertThat(find(plan, "cc").status()).isEqualTo(PriorityStatus.NON_PRIORITY);
                        }),
                new Row("home, then liberty, essential services, essential goods, other priority, non-priority",
                        "uk-rules.md §3.3 order derived from the CPAG principle",
                        budget("3000", "1000").debts(debt("cc", DebtType.CREDIT_CARD, "100"),
                                debt("tv", DebtType.TV_LICENCE, "100"),
                                debt("hp", DebtType.HIRE_PURCHASE_ESSENTIAL, "100"),
                                debt("gas", DebtType.GAS, "100"), debt("ctax", DebtType.COUNCIL_TAX, "100"),
                                debt("mortgage", DebtType.MORTGAGE_ARREARS, "100")),
                        plan -> assertThat(ids(plan)).containsExactly("mortgage", "ctax", "gas", "hp", "tv", "cc")),
                new Row("a debt with enforcement under way comes first whatever its type",
                        "uk-rules.md §3.3 item 1 (CPAG: emergency action first)",
                        budget("1000", "900").debts(debt("rent", DebtType.RENT_ARREARS, "500"),
                                enforced("cc", DebtType.CREDIT_CARD, "800", EnforcementAction.ENFORCEMENT_AGENT_NOTICE,
                                        LocalDate.of(2026, 5, 20))),
                        plan -> {
                            assertThat(ids(plan)).containsExactly("cc", "rent");
                            assertThat(find(plan, "cc").imminentEnforcement()).isTrue();
                        }),
                new Row("two enforcement steps: the earlier date first",
                        "debt.order.tie_break, Hearth's stated rule [D]",
                        budget("1000", "900").debts(
                                enforced("rent", DebtType.RENT_ARREARS, "900", EnforcementAction.EVICTION_DATE,
                                        LocalDate.of(2026, 6, 20)),
                                enforced("gas", DebtType.GAS, "200", EnforcementAction.DISCONNECTION_WARNING,
                                        LocalDate.of(2026, 6, 10))),
                        plan -> assertThat(ids(plan)).containsExactly("gas", "rent")),
                new Row("same category: larger balance first, then input order",
                        "debt.order.tie_break, Hearth's stated rule [D]",
                        budget("1000", "1000").debts(debt("a", DebtType.CREDIT_CARD, "100"),
                                debt("b", DebtType.PERSONAL_LOAN, "300"), debt("c", DebtType.OVERDRAFT, "100")),
                        plan -> assertThat(ids(plan)).containsExactly("b", "a", "c")),
                new Row("council tax in England is a liberty debt (committal possible)",
                        "StepChange: prison for council tax in England only; Citizens Advice",
                        budget("1000", "900").debts(debt("gas", DebtType.GAS, "300"),
                                debt("ctax", DebtType.COUNCIL_TAX, "200")),
                        plan -> {
                            assertThat(ids(plan)).containsExactly("ctax", "gas");
                            assertThat(find(plan, "ctax").sanctionCategory()).isEqualTo(SanctionCategory.LIBERTY);
                        }),
                new Row("council tax in Wales has no committal, so gas comes first",
                        "StepChange: in Wales, Scotland and NI prison only for criminal fines and maintenance",
                        budget("1000", "900").nation(Nation.WALES).debts(debt("gas", DebtType.GAS, "300"),
                                debt("ctax", DebtType.COUNCIL_TAX, "200")),
                        plan -> {
                            assertThat(ids(plan)).containsExactly("gas", "ctax");
                            assertThat(find(plan, "ctax").sanctionCategory())
                                    .isEqualTo(SanctionCategory.OTHER_PRIORITY);
                        }),
                new Row("Scotland: council tax by summary warrant; unresearched rows flagged unconfirmed",
                        "Citizens Advice Scotland; uk-rules.md §3.4",
                        budget("1000", "900").nation(Nation.SCOTLAND).debts(debt("ctax", DebtType.COUNCIL_TAX, "200"),
                                debt("cc", DebtType.CREDIT_CARD, "100")),
                        plan -> {
                            assertThat(find(plan, "ctax").sanction()).contains("summary warrant");
                            assertThat(find(plan, "ctax").sourceConfidence()).isEqualTo(SourceConfidence.SECONDARY);
                            assertThat(find(plan, "cc").sourceConfidence()).isEqualTo(SourceConfidence.UNCONFIRMED);
                            assertThat(plan.explanation().assumptions()).anyMatch(a ->
                                    a.id().equals("debt.scotland_not_researched.CREDIT_CARD")
                                            && a.source() == AssumptionSource.UNCONFIRMED_RULE);
                        }),
                new Row("Scottish water charges: contested, priority by default",
                        "uk-rules.md §3.4 [U]: collected with council tax",
                        budget("1000", "900").nation(Nation.SCOTLAND).debts(debt("water", DebtType.WATER, "150")),
                        plan -> {
                            assertThat(find(plan, "water").status()).isEqualTo(PriorityStatus.PRIORITY);
                            assertThat(find(plan, "water").contested()).isTrue();
                        }),
                new Row("water arrears in England are non-priority",
                        "newham.gov.uk and redbridge.gov.uk: domestic water cannot be disconnected",
                        budget("1000", "900").debts(debt("water", DebtType.WATER, "150")),
                        plan -> assertThat(find(plan, "water").status()).isEqualTo(PriorityStatus.NON_PRIORITY)),
                new Row("hire purchase of non-essential goods is non-priority",
                        "derived from the CPAG principle: only essential goods make HP a priority",
                        budget("1000", "900").debts(debt("hp", DebtType.HIRE_PURCHASE_NON_ESSENTIAL, "150")),
                        plan -> assertThat(find(plan, "hp").status()).isEqualTo(PriorityStatus.NON_PRIORITY)),
                new Row("pro rata with one remainder penny",
                        "hand calculation: £100 over 3000/1000/2000 = 50.00, 16.666.., 33.333..; floors 5000+1666+3333"
                                + "=9999p; the 1p left goes to the largest fraction cut off (1000-balance: 0.666p)",
                        budget("1000", "900").debts(debt("a", DebtType.CREDIT_CARD, "3000"),
                                debt("b", DebtType.PERSONAL_LOAN, "1000"), debt("c", DebtType.CATALOGUE, "2000")),
                        plan -> {
                            assertThat(pay(plan, "a")).isEqualTo(p("50.00"));
                            assertThat(pay(plan, "b")).isEqualTo(p("16.67"));
                            assertThat(pay(plan, "c")).isEqualTo(p("33.33"));
                            assertThat(plan.budget().monthlyNonPriorityPaymentsPence()).isEqualTo(p("100"));
                            assertThat(plan.budget().nonPriorityMethod()).isEqualTo(NonPriorityMethod.PRO_RATA);
                        }),
                new Row("equal fractions: the remainder penny goes to the first in order",
                        "hand calculation: 100p over three equal balances = 33.33p each; 99p, 1p left; equal "
                                + "fractions and balances, so input order decides (adviser token set to 1p, so 100p is "
                                + "enough for pro rata)",
                        budget("1000", "999").token("0.01").debts(debt("x", DebtType.CREDIT_CARD, "100"),
                                debt("y", DebtType.CREDIT_CARD, "100"), debt("z", DebtType.CREDIT_CARD, "100")),
                        plan -> {
                            assertThat(pay(plan, "x")).isEqualTo(Pence.of(34));
                            assertThat(pay(plan, "y")).isEqualTo(Pence.of(33));
                            assertThat(pay(plan, "z")).isEqualTo(Pence.of(33));
                        }),
                new Row("priority instalments first, then non-priority pro rata",
                        "hand calculation: available 200.00; rent 50 + council tax 40 = 90; 110.00 over 2000/1000 = "
                                + "73.333.., 36.666..; floors 7333+3666 = 10999p; the 1p goes to the loan (0.666p)",
                        budget("1500", "1300").debts(instalment("rent", DebtType.RENT_ARREARS, "600", "50"),
                                instalment("ctax", DebtType.COUNCIL_TAX, "300", "40"),
                                debt("cc", DebtType.CREDIT_CARD, "2000"), debt("loan", DebtType.PERSONAL_LOAN, "1000")),
                        plan -> {
                            assertThat(pay(plan, "rent")).isEqualTo(p("50"));
                            assertThat(pay(plan, "ctax")).isEqualTo(p("40"));
                            assertThat(pay(plan, "cc")).isEqualTo(p("73.33"));
                            assertThat(pay(plan, "loan")).isEqualTo(p("36.67"));
                            assertThat(plan.budget().monthlyPriorityPaymentsPence()).isEqualTo(p("90"));
                            assertThat(plan.budget().monthlyAvailableForNonPriorityPence()).isEqualTo(p("110"));
                        }),
                new Row("nothing left: each non-priority creditor is offered £1",
                        "debt.pay.token_payments: usual £1 token offer [U]; hand calculation 3 x £1 = £3 beyond budget",
                        budget("1000", "1000").debts(debt("a", DebtType.CREDIT_CARD, "900"),
                                debt("b", DebtType.OVERDRAFT, "400"), debt("c", DebtType.BUY_NOW_PAY_LATER, "90")),
                        plan -> {
                            assertThat(plan.debts()).allMatch(d -> d.monthlyPaymentPence().equals(p("1"))
                                    && d.paymentBasis() == PaymentBasis.TOKEN);
                            assertThat(plan.budget().monthlyTokenPaymentsBeyondBudgetPence()).isEqualTo(p("3"));
                            assertThat(plan.budget().nonPriorityMethod()).isEqualTo(NonPriorityMethod.TOKEN_PAYMENTS);
                        }),
                new Row("a token payment is never more than the balance",
                        "debt.pay.token_payments: hand calculation min(£1, £0.50) = £0.50",
                        budget("1000", "1000").debts(debt("tiny", DebtType.CATALOGUE, "0.50"),
                                debt("a", DebtType.CREDIT_CARD, "300")),
                        plan -> {
                            assertThat(pay(plan, "tiny")).isEqualTo(p("0.50"));
                            assertThat(pay(plan, "a")).isEqualTo(p("1"));
                        }),
                new Row("a priority instalment that cannot be met in full is reported and flagged",
                        "hand calculation: available 20.00 against a 50.00 instalment: 20.00 paid, 30.00 unmet",
                        budget("1000", "980").debts(instalment("rent", DebtType.RENT_ARREARS, "900", "50"),
                                debt("cc", DebtType.CREDIT_CARD, "500")),
                        plan -> {
                            assertThat(pay(plan, "rent")).isEqualTo(p("20"));
                            assertThat(find(plan, "rent").monthlyUnmetInstalmentPence()).isEqualTo(p("30"));
                            assertThat(find(plan, "rent").paymentBasis())
                                    .isEqualTo(PaymentBasis.PRIORITY_INSTALMENT_PARTLY_MET);
                            assertThat(flagIds(plan)).contains("debt.flag.priority_instalments_unmet");
                            assertThat(find(plan, "cc").paymentBasis()).isEqualTo(PaymentBasis.TOKEN);
                        }),
                new Row("spending above income: deficit flagged, nothing for a priority debt without instalment",
                        "hand calculation: 900.00 - 1000.00 = -100.00 available",
                        budget("900", "1000").debts(debt("gas", DebtType.GAS, "200")),
                        plan -> {
                            assertThat(plan.budget().monthlyAvailableForDebtsPence()).isEqualTo(p("-100"));
                            assertThat(pay(plan, "gas")).isEqualTo(Pence.ZERO);
                            assertThat(find(plan, "gas").paymentBasis()).isEqualTo(PaymentBasis.NOTHING_AVAILABLE);
                            assertThat(flagIds(plan)).contains("debt.flag.budget_deficit");
                        }),
                new Row("a priority debt with no instalment takes what is left up to its balance",
                        "hand calculation: available 300.00; gas 120.00 paid in full; 180.00 to the credit card",
                        budget("1300", "1000").debts(debt("gas", DebtType.GAS, "120"),
                                debt("cc", DebtType.CREDIT_CARD, "5000")),
                        plan -> {
                            assertThat(pay(plan, "gas")).isEqualTo(p("120"));
                            assertThat(find(plan, "gas").paymentBasis())
                                    .isEqualTo(PaymentBasis.PRIORITY_AVAILABLE_SURPLUS);
                            assertThat(pay(plan, "cc")).isEqualTo(p("180"));
                        }),
                new Row("enough left to clear every non-priority debt: paid in full, rest unallocated",
                        "hand calculation: available 500.00; 200.00 + 100.00 paid; 200.00 unallocated",
                        budget("1500", "1000").debts(debt("cc", DebtType.CREDIT_CARD, "200"),
                                debt("bnpl", DebtType.BUY_NOW_PAY_LATER, "100")),
                        plan -> {
                            assertThat(pay(plan, "cc")).isEqualTo(p("200"));
                            assertThat(pay(plan, "bnpl")).isEqualTo(p("100"));
                            assertThat(plan.budget().monthlyUnallocatedPence()).isEqualTo(p("200"));
                            assertThat(plan.budget().nonPriorityMethod()).isEqualTo(NonPriorityMethod.PAID_IN_FULL);
                        }),
                new Row("an adviser may reclassify a contested benefit overpayment, with the justification recorded",
                        "CPAG: a power to deduct from benefits does not by itself make a debt a priority",
                        budget("1000", "900").debts(adviser("bo", DebtType.BENEFIT_OVERPAYMENT, "400",
                                PriorityStatus.NON_PRIORITY, null, "Recovered only by deduction; no other remedy")),
                        plan -> {
                            PlannedDebt bo = find(plan, "bo");
                            assertThat(bo.status()).isEqualTo(PriorityStatus.NON_PRIORITY);
                            assertThat(bo.classificationBasis()).isEqualTo(ClassificationBasis.ADVISER);
                            assertThat(bo.adviserJustification()).isEqualTo("Recovered only by deduction; no other "
                                    + "remedy");
                            assertThat(plan.explanation().ruleIds()).contains("debt.classify.adviser");
                        }),
                new Row("without an adviser, a contested type takes the council-list default and says so",
                        "newham.gov.uk and redbridge.gov.uk list benefit overpayments as priority",
                        budget("1000", "900").debts(debt("bo", DebtType.BENEFIT_OVERPAYMENT, "400")),
                        plan -> {
                            assertThat(find(plan, "bo").status()).isEqualTo(PriorityStatus.PRIORITY);
                            assertThat(plan.explanation().assumptions()).anyMatch(a ->
                                    a.id().equals("debt.contested_default.BENEFIT_OVERPAYMENT")
                                            && a.source() == AssumptionSource.DEFAULTED);
                        }),
                new Row("England, enforcement under way, no insolvency: Breathing Space flagged",
                        "Debt Respite Scheme Regulations 2020 via MoneyHelper and Shelter (uk-rules.md §3.5)",
                        budget("1000", "900").debts(enforced("ctax", DebtType.COUNCIL_TAX, "700",
                                EnforcementAction.ENFORCEMENT_AGENT_NOTICE, LocalDate.of(2026, 5, 25))),
                        plan -> {
                            AdviceFlag bs = flag(plan, "debt.flag.breathing_space");
                            assertThat(bs.facts()).anyMatch(f -> f.contains("60 days"));
                            assertThat(bs.toCheck()).anyMatch(f -> f.contains("last 12 months"));
                        }),
                new Row("no Breathing Space flag after a standard Breathing Space in the last 12 months",
                        "uk-rules.md §3.5: standard Breathing Space not used in the last 12 months",
                        budget("1000", "900").facts(new DebtAdviceFacts(null, null, null, false, true, false))
                                .debts(enforced("ctax", DebtType.COUNCIL_TAX, "700",
                                        EnforcementAction.ENFORCEMENT_AGENT_NOTICE, LocalDate.of(2026, 5, 25))),
                        plan -> assertThat(flagIds(plan)).doesNotContain("debt.flag.breathing_space")),
                new Row("mental health crisis treatment: the crisis Breathing Space is flagged",
                        "MoneyHelper, staffordshire.gov.uk: crisis treatment plus 30 days, AMHP evidence",
                        budget("1000", "900").facts(new DebtAdviceFacts(null, null, null, false, null, true))
                                .debts(debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> assertThat(flagIds(plan)).contains("debt.flag.mental_health_crisis_breathing_space")),
                new Row("Scotland: the Scottish moratorium is flagged instead of Breathing Space",
                        "MoneyHelper: Breathing Space is England and Wales only (uk-rules.md §3.4)",
                        budget("1000", "1000").nation(Nation.SCOTLAND).debts(debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> assertThat(flagIds(plan)).contains("debt.flag.scottish_moratorium")
                                .doesNotContain("debt.flag.breathing_space", "debt.flag.debt_relief_order")),
                new Row("within the DRO limits: Debt Relief Order flagged",
                        "Business Debtline, CAP UK: debts ≤ £50,000, surplus ≤ £75, assets ≤ £2,000, vehicle < £4,000",
                        budget("1000", "960").facts(new DebtAdviceFacts(false, p("500"), p("0"), false, null, false))
                                .debts(debt("cc", DebtType.CREDIT_CARD, "8000"),
                                        debt("loan", DebtType.PERSONAL_LOAN, "4000")),
                        plan -> {
                            AdviceFlag dro = flag(plan, "debt.flag.debt_relief_order");
                            assertThat(dro.facts()).anyMatch(f -> f.contains("£12,000.00"));
                        }),
                new Row("debts over £50,000: no Debt Relief Order flag",
                        "Business Debtline: DRO debt limit £50,000 from 28 June 2024",
                        budget("1000", "960").facts(new DebtAdviceFacts(false, p("500"), p("0"), false, null, false))
                                .debts(debt("cc", DebtType.CREDIT_CARD, "40000"),
                                        debt("loan", DebtType.PERSONAL_LOAN, "10000.01")),
                        plan -> assertThat(flagIds(plan)).doesNotContain("debt.flag.debt_relief_order")),
                new Row("no debts: the budget alone, nothing flagged",
                        "hand calculation: 1,000.00 - 900.00 = 100.00 available, all unallocated",
                        budget("1000", "900"),
                        plan -> {
                            assertThat(plan.debts()).isEmpty();
                            assertThat(plan.flags()).isEmpty();
                            assertThat(plan.budget().monthlyUnallocatedPence()).isEqualTo(p("100"));
                            assertThat(plan.budget().nonPriorityMethod())
                                    .isEqualTo(NonPriorityMethod.NO_NON_PRIORITY_DEBTS);
                        }),
                new Row("more than 60 months to clear: formal options flagged with the petition minimum",
                        "StepChange: bankruptcy minimum £5,000 (E&W); hand calculation 5000 / 20 = 250 months",
                        budget("1000", "980").debts(debt("cc", DebtType.CREDIT_CARD, "5000")),
                        plan -> {
                            assertThat(find(plan, "cc").monthsToClear()).isEqualTo(250);
                            AdviceFlag f = flag(plan, "debt.flag.formal_options");
                            assertThat(f.facts()).anyMatch(x -> x.contains("£5,000.00"));
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void worked_example(Row row) {
        DebtPlan plan = row.request().plan();
        row.check().accept(plan);
        // Every plan: the budget identities hold exactly.
        DebtBudget b = plan.budget();
        assertThat(b.monthlyIncomePence().minus(b.monthlyOngoingPriorityCostsPence())
                .minus(b.monthlyOtherEssentialSpendingPence())).isEqualTo(b.monthlyAvailableForDebtsPence());
        Pence paid = plan.debts().stream().map(PlannedDebt::monthlyPaymentPence).reduce(Pence.ZERO, Pence::plus);
        assertThat(paid).isEqualTo(b.monthlyPriorityPaymentsPence().plus(b.monthlyNonPriorityPaymentsPence()));
    }

    static List<String> ids(DebtPlan plan) {
        return plan.debts().stream().map(PlannedDebt::id).toList();
    }

    static PlannedDebt find(DebtPlan plan, String id) {
        return plan.debts().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    static Pence pay(DebtPlan plan, String id) {
        return find(plan, id).monthlyPaymentPence();
    }

    static List<String> flagIds(DebtPlan plan) {
        return plan.flags().stream().map(AdviceFlag::ruleId).toList();
    }

    static AdviceFlag flag(DebtPlan plan, String id) {
        return plan.flags().stream().filter(f -> f.ruleId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no flag " + id + " in " + flagIds(plan)));
    }
}
