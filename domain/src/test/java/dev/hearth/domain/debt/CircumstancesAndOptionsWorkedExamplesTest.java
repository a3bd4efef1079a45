package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.hearth.domain.debt.DebtFixtures.budget;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static dev.hearth.domain.debt.DebtFixtures.p;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.find;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.flagIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples for circumstance-aware classification ({@code debt.classify.circumstances}), adviser overrides
 * ({@code debt.classify.adviser}) and option coverage ({@code debt.options.coverage}, the Breathing Space and DRO
 * flags). Each row names its source.
 */
class CircumstancesAndOptionsWorkedExamplesTest {

    record Row(String name, String source, DebtFixtures.Builder request, Consumer<DebtPlan> check) {
        @Override
        public String toString() {
            return name + " [" + source + "]";
        }
    }

    static DebtInput with(String id, DebtType type, String balance, DebtCircumstances k) {
        return new DebtInput(id, type.name(), null, p(balance), null, null, null, false, null, k);
    }

    static DebtCircumstances home(boolean current) {
        return new DebtCircumstances(current, null, null, null);
    }

    static DebtCircumstances benefits(boolean receives) {
        return new DebtCircumstances(null, null, receives, null);
    }

    static OptionCoverage option(DebtPlan plan, DebtOption o) {
        return plan.options().stream().filter(x -> x.option() == o).findFirst().orElseThrow();
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("a benefit overpayment when no benefit is in payment is non-priority, with the reason",
                        "Business Debtline 'Benefit overpayments': not on any benefits, treat it as non-priority",
                        budget("1000", "900").debts(with("op", DebtType.BENEFIT_OVERPAYMENT, "800", benefits(false))),
                        plan -> {
                            PlannedDebt op = find(plan, "op");
                            assertThat(op.status()).isEqualTo(PriorityStatus.NON_PRIORITY);
                            assertThat(op.classificationBasis()).isEqualTo(ClassificationBasis.CIRCUMSTANCES);
                            assertThat(op.sanction()).contains("no benefit is in payment");
                            assertThat(plan.explanation().steps()).anyMatch(s ->
                                    s.ruleId().equals("debt.classify.circumstances"));
                        }),
                new Row("a benefit overpayment while on benefits stays priority",
                        "National Debtline: DWP can deduct from most benefits",
                        budget("1000", "900").debts(with("op", DebtType.BENEFIT_OVERPAYMENT, "800", benefits(true))),
                        plan -> assertThat(find(plan, "op").status()).isEqualTo(PriorityStatus.PRIORITY)),
                new Row("a Social Fund loan with no benefit in payment is non-priority; earnings attachment noted",
                        "Business Debtline; National Debtline (direct earnings attachment without a court order)",
                        budget("1000", "900").debts(with("sf", DebtType.SOCIAL_FUND_LOAN, "300", benefits(false))),
                        plan -> assertThat(find(plan, "sf").sanction()).contains("direct earnings attachment")),
                new Row("gas arrears for a former address are non-priority",
                        "National Debtline 'old bills from different addresses'; CPAG: disconnection only at the "
                                + "address the bill relates to (GA 1986 Sch 2B para 7)",
                        budget("1000", "900").debts(with("gas", DebtType.GAS, "400", home(false))),
                        plan -> {
                            assertThat(find(plan, "gas").status()).isEqualTo(PriorityStatus.NON_PRIORITY);
                            assertThat(find(plan, "gas").sanction()).contains("former address");
                        }),
                new Row("electricity owed to a former supplier is non-priority, with the assignment caveat",
                        "CPAG Debt Advice Handbook: a former supplier cannot disconnect; assigned arrears (GA 1986 "
                                + "Sch 2B para 7(4))",
                        budget("1000", "900").debts(with("elec", DebtType.ELECTRICITY, "250",
                                new DebtCircumstances(true, false, null, null))),
                        plan -> {
                            assertThat(find(plan, "elec").status()).isEqualTo(PriorityStatus.NON_PRIORITY);
                            assertThat(find(plan, "elec").sanction()).contains("assigned");
                        }),
                new Row("rent arrears for a former home are non-priority",
                        "derived from the CPAG principle [D]: the home can no longer be lost over them",
                        budget("1000", "900").debts(with("old-rent", DebtType.RENT_ARREARS, "900", home(false))),
                        plan -> {
                            assertThat(find(plan, "old-rent").status()).isEqualTo(PriorityStatus.NON_PRIORITY);
                            assertThat(find(plan, "old-rent").sourceConfidence()).isEqualTo(SourceConfidence.DERIVED);
                        }),
                new Row("rent arrears for the current home stay priority",
                        "Citizens Advice; CPAG priority debts table",
                        budget("1000", "900").debts(with("rent", DebtType.RENT_ARREARS, "900", home(true))),
                        plan -> assertThat(find(plan, "rent").classificationBasis())
                                .isEqualTo(ClassificationBasis.TABLE)),
                new Row("an arrangement in place is recorded in the classification step",
                        "CPAG: keep an existing arrangement going where it is affordable",
                        budget("1000", "900").debts(new DebtInput("ctax", "COUNCIL_TAX", null, p("600"), p("30"), null,
                                null, false, null, new DebtCircumstances(null, null, null, true))),
                        plan -> assertThat(plan.explanation().steps()).anyMatch(s -> s.inputs().stream()
                                .anyMatch(f -> f.name().equals("arrangement")))),
                new Row("an adviser may override an uncontested type, with the reason recorded",
                        "CPAG: classification follows the creditor's actual remedy; the adviser's judgement on the facts",
                        budget("1000", "900").debts(new DebtInput("hp", "HIRE_PURCHASE_NON_ESSENTIAL", null, p("900"),
                                null, null, new AdviserClassification(PriorityStatus.PRIORITY,
                                SanctionCategory.ESSENTIAL_GOODS, "The car is needed to get to work"), false)),
                        plan -> {
                            assertThat(find(plan, "hp").status()).isEqualTo(PriorityStatus.PRIORITY);
                            assertThat(find(plan, "hp").adviserJustification())
                                    .isEqualTo("The car is needed to get to work");
                            assertThat(plan.explanation().assumptions()).anyMatch(a ->
                                    a.id().equals("debt.adviser_override.hp")
                                            && a.source() == AssumptionSource.USER_SUPPLIED);
                        }),
                new Row("an adviser's classification beats the circumstances",
                        "CPAG; the adviser's reason is recorded",
                        budget("1000", "900").debts(new DebtInput("op", "BENEFIT_OVERPAYMENT", null, p("800"), null,
                                null, new AdviserClassification(PriorityStatus.PRIORITY,
                                SanctionCategory.OTHER_PRIORITY, "A direct earnings attachment is in force"), false,
                                null, benefits(false))),
                        plan -> assertThat(find(plan, "op").classificationBasis())
                                .isEqualTo(ClassificationBasis.ADVISER)),
                new Row("only a court fine: no Breathing Space and no DRO flag; both list it as excluded",
                        "SI 2020/1311 reg 5(4)(d); Insolvency Rules 2016 r.9.2(1)(a)",
                        budget("900", "1000").debts(debt("fine", DebtType.MAGISTRATES_COURT_FINE, "300"))
                                .facts(new DebtAdviceFacts(false, p("0"), null, false, false, false)),
                        plan -> {
                            assertThat(flagIds(plan)).doesNotContain("debt.flag.breathing_space",
                                    "debt.flag.debt_relief_order");
                            assertThat(option(plan, DebtOption.BREATHING_SPACE).excluded())
                                    .extracting(OptionCoverage.ExcludedDebt::reason)
                                    .containsExactly("a fine imposed by a court for an offence (SI 2020/1311 "
                                            + "reg 5(4)(d)) [P]");
                            assertThat(option(plan, DebtOption.DEBT_RELIEF_ORDER).covered()).isEmpty();
                        }),
                new Row("a DRO leaves out child maintenance and student loans but covers a credit card",
                        "Insolvency Rules 2016 r.9.2(1)(a) and (b)",
                        budget("1000", "950").debts(debt("cm", DebtType.CHILD_MAINTENANCE, "500"),
                                debt("sl", DebtType.STUDENT_LOAN, "9000"), debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> {
                            OptionCoverage dro = option(plan, DebtOption.DEBT_RELIEF_ORDER);
                            assertThat(dro.covered()).containsExactly("cc");
                            assertThat(dro.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactlyInAnyOrder("cm", "sl");
                        }),
                new Row("the DRO debt limit counts qualifying debts only",
                        "Insolvency Rules 2016 r.9.2(1)(b): a £60,000 student loan is left out of the £50,000 "
                                + "limit (Business Debtline limit)",
                        budget("1000", "950").debts(debt("sl", DebtType.STUDENT_LOAN, "60000"),
                                debt("cc", DebtType.CREDIT_CARD, "700"))
                                .facts(new DebtAdviceFacts(false, p("0"), null, false, null, false)),
                        plan -> assertThat(flagIds(plan)).contains("debt.flag.debt_relief_order")),
                new Row("mortgage arrears are a secured debt outside a DRO",
                        "Insolvency Act 1986 s.251A(3)",
                        budget("1000", "900").debts(debt("mortgage", DebtType.MORTGAGE_ARREARS, "3000")),
                        plan -> assertThat(option(plan, DebtOption.DEBT_RELIEF_ORDER).excluded())
                                .extracting(OptionCoverage.ExcludedDebt::reason)
                                .containsExactly("a secured debt (Insolvency Act 1986 s.251A(3)) [S]")),
                new Row("bankruptcy does not release a Social Fund loan or a student loan",
                        "Insolvency Service technical manual 40.177 (s.281 Insolvency Act 1986)",
                        budget("1000", "900").debts(debt("sf", DebtType.SOCIAL_FUND_LOAN, "200"),
                                debt("sl", DebtType.STUDENT_LOAN, "9000"), debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> {
                            OptionCoverage b = option(plan, DebtOption.BANKRUPTCY);
                            assertThat(b.covered()).containsExactly("cc");
                            assertThat(b.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactlyInAnyOrder("sf", "sl");
                        }),
                new Row("Breathing Space coverage of a benefit overpayment is stated as not confirmed",
                        "SI 2020/1311 reg 5(4)(f), (g), (i), (j) not read: never guessed",
                        budget("1000", "900").debts(debt("op", DebtType.BENEFIT_OVERPAYMENT, "200"),
                                debt("rent", DebtType.RENT_ARREARS, "900")),
                        plan -> {
                            OptionCoverage bs = option(plan, DebtOption.BREATHING_SPACE);
                            assertThat(bs.notConfirmed()).containsExactly("op");
                            assertThat(bs.covered()).containsExactly("rent");
                            assertThat(option(plan, DebtOption.MENTAL_HEALTH_CRISIS_BREATHING_SPACE).covered())
                                    .containsExactly("rent");
                        }),
                new Row("Breathing Space leaves out child support arrears",
                        "financialwellnessgroup.co.uk summary of SI 2020/1311 reg 5(4): arrears on child support "
                                + "payments do not qualify",
                        budget("1000", "900").debts(debt("cm", DebtType.CHILD_MAINTENANCE, "1200"),
                                debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> {
                            OptionCoverage bs = option(plan, DebtOption.BREATHING_SPACE);
                            assertThat(bs.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactly("cm");
                            assertThat(bs.covered()).containsExactly("cc");
                            assertThat(bs.notConfirmed()).isEmpty();
                        }),
                new Row("Breathing Space is not flagged when child support arrears are the only debt",
                        "financialwellnessgroup.co.uk summary of SI 2020/1311 reg 5(4)",
                        budget("1000", "1000").debts(DebtFixtures.instalment("cm", DebtType.CHILD_MAINTENANCE, "1200", "100")),
                        plan -> assertThat(flagIds(plan)).doesNotContain("debt.flag.breathing_space")),
                new Row("Breathing Space still states Social Fund loans and tax credit overpayments as not confirmed",
                        "SI 2020/1311 reg 5(4)(f), (g), (i), (j): text not available in any source read, never "
                                + "guessed",
                        budget("1000", "900").debts(debt("sf", DebtType.SOCIAL_FUND_LOAN, "200"),
                                debt("tc", DebtType.TAX_CREDIT_OVERPAYMENT, "400")),
                        plan -> assertThat(option(plan, DebtOption.BREATHING_SPACE).notConfirmed())
                                .containsExactlyInAnyOrder("sf", "tc")),
                new Row("Scotland lists its own options and none of England and Wales's",
                        "Bankruptcy (Scotland) Act 2016 Part 15 via CPAG Debt Advice Handbook Scotland; Debt "
                                + "Arrangement and Attachment (Scotland) Act 2002",
                        budget("1000", "900").nation(Nation.SCOTLAND).debts(debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> {
                            assertThat(plan.options()).extracting(OptionCoverage::option).containsExactly(
                                    DebtOption.SCOTTISH_MORATORIUM, DebtOption.SEQUESTRATION,
                                    DebtOption.PROTECTED_TRUST_DEED, DebtOption.DEBT_ARRANGEMENT_SCHEME);
                            assertThat(option(plan, DebtOption.SEQUESTRATION).notConfirmed()).containsExactly("cc");
                            assertThat(option(plan, DebtOption.DEBT_ARRANGEMENT_SCHEME).notConfirmed())
                                    .containsExactly("cc");
                        }),
                new Row("the Scottish moratorium on diligence covers every debt, fines and child maintenance too",
                        "CPAG Debt Advice Handbook Scotland: Bankruptcy (Scotland) Act 2016 ss.195-198, for six "
                                + "months creditors cannot enforce payment of any debt",
                        budget("1000", "900").nation(Nation.SCOTLAND).debts(debt("fine", DebtType.MAGISTRATES_COURT_FINE,
                                "300"), debt("cm", DebtType.CHILD_MAINTENANCE, "900"),
                                debt("ct", DebtType.COUNCIL_TAX, "600")),
                        plan -> {
                            OptionCoverage m = option(plan, DebtOption.SCOTTISH_MORATORIUM);
                            assertThat(m.covered()).containsExactlyInAnyOrder("fine", "cm", "ct");
                            assertThat(m.excluded()).isEmpty();
                            assertThat(m.notConfirmed()).isEmpty();
                            assertThat(m.legislation()).contains("Part 15").contains("six months");
                        }),
                new Row("in Scotland the moratorium flag states the six months and the one-in-12-months rule",
                        "CPAG Debt Advice Handbook Scotland: Bankruptcy (Scotland) Act 2016 Part 15, six months, "
                                + "only one moratorium in any 12-month period",
                        budget("1000", "1000").nation(Nation.SCOTLAND)
                                .debts(DebtFixtures.instalment("ct", DebtType.COUNCIL_TAX, "900", "100")),
                        plan -> {
                            AdviceFlag f = plan.flags().stream()
                                    .filter(x -> x.ruleId().equals("debt.flag.scottish_moratorium")).findFirst()
                                    .orElseThrow();
                            assertThat(f.reason()).contains("Bankruptcy (Scotland) Act 2016 Part 15")
                                    .contains("six months").contains("any debt");
                            assertThat(f.toCheck()).anyMatch(t -> t.contains("12 months"));
                            assertThat(flagIds(plan)).doesNotContain("debt.flag.breathing_space");
                        }),
                new Row("an arrangement being kept is recorded only: status and enforcement urgency are unchanged",
                        "no source read says keeping an arrangement stops the next step (National Debtline "
                                + "Scotland: only deductions from benefit; n-kesteven.gov.uk: no duty to agree); "
                                + "TCG Regs 2013 reg 6 for the notice",
                        budget("1000", "900").debts(new DebtInput("ct", DebtType.COUNCIL_TAX.name(), null, p("900"),
                                p("50"), new Enforcement(EnforcementAction.ENFORCEMENT_AGENT_NOTICE,
                                DebtFixtures.PLAN_DATE.minusDays(3)), null, false, null,
                                new DebtCircumstances(null, null, null, true))),
                        plan -> {
                            PlannedDebt ct = find(plan, "ct");
                            assertThat(ct.status()).isEqualTo(PriorityStatus.PRIORITY);
                            assertThat(ct.enforcementUrgency()).isEqualTo(EnforcementUrgency.EMERGENCY);
                            assertThat(plan.explanation().steps()).anyMatch(s -> s.inputs().stream()
                                    .anyMatch(f -> f.value().contains("recorded only")));
                        }),
                new Row("a protected trust deed leaves out secured debts, court fines, student loans and hire purchase",
                        "AiB Notes for Guidance - Protected Trust Deeds 8.4 (s.185(2) Bankruptcy (Scotland) Act "
                                + "2016); trust-deed.co.uk 'Excluded debts' for hire purchase",
                        budget("1000", "900").nation(Nation.SCOTLAND).debts(
                                debt("mortgage", DebtType.MORTGAGE_ARREARS, "3000"),
                                debt("car", DebtType.HIRE_PURCHASE_ESSENTIAL, "4000"),
                                debt("fine", DebtType.MAGISTRATES_COURT_FINE, "250"),
                                debt("sl", DebtType.STUDENT_LOAN, "9000"), debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> {
                            OptionCoverage t = option(plan, DebtOption.PROTECTED_TRUST_DEED);
                            assertThat(t.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactlyInAnyOrder("mortgage", "car", "fine", "sl");
                            assertThat(t.excluded()).filteredOn(e -> e.id().equals("sl"))
                                    .allMatch(e -> e.reason().contains("s.185(2)") && e.reason().contains("AiB"));
                            assertThat(t.notConfirmed()).containsExactly("cc");
                        }),
                new Row("an IVA leaves out mortgage arrears and covers a credit card",
                        "National Debtline 'How to deal with debt': IVAs do not include secured debts",
                        budget("1000", "900").debts(debt("mortgage", DebtType.MORTGAGE_ARREARS, "3000"),
                                debt("cc", DebtType.CREDIT_CARD, "700")),
                        plan -> {
                            OptionCoverage iva = option(plan, DebtOption.IVA);
                            assertThat(iva.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactly("mortgage");
                            assertThat(iva.notConfirmed()).isEmpty();
                            assertThat(iva.covered()).containsExactly("cc");
                        }),
                new Row("an IVA leaves out student loans, magistrates' court fines and maintenance arrears",
                        "National Debtline 'How to deal with debt': IVAs do not include student loans, magistrates' "
                                + "court fines or maintenance arrears",
                        budget("1000", "900").debts(debt("sl", DebtType.STUDENT_LOAN, "9000"),
                                debt("fine", DebtType.MAGISTRATES_COURT_FINE, "300"),
                                debt("cm", DebtType.CHILD_MAINTENANCE, "900")),
                        plan -> {
                            OptionCoverage iva = option(plan, DebtOption.IVA);
                            assertThat(iva.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactlyInAnyOrder("sl", "fine", "cm");
                            assertThat(iva.excluded()).allMatch(e -> e.reason().contains("National Debtline"));
                            assertThat(iva.covered()).isEmpty();
                        }),
                new Row("an IVA leaves out current rent arrears but covers arrears for a former home",
                        "National Debtline 'How to deal with debt': IVAs do not include current rent arrears",
                        budget("1000", "900").debts(with("now", DebtType.RENT_ARREARS, "900", home(true)),
                                with("old", DebtType.RENT_ARREARS, "400", home(false))),
                        plan -> {
                            OptionCoverage iva = option(plan, DebtOption.IVA);
                            assertThat(iva.excluded()).extracting(OptionCoverage.ExcludedDebt::id)
                                    .containsExactly("now");
                            assertThat(iva.covered()).containsExactly("old");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void worked_example(Row row) {
        row.check().accept(row.request().plan());
    }
}
