package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.hearth.domain.debt.DebtFixtures.PLAN_DATE;
import static dev.hearth.domain.debt.DebtFixtures.budget;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static dev.hearth.domain.debt.DebtFixtures.instalment;
import static dev.hearth.domain.debt.DebtFixtures.p;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.find;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.flag;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.flagIds;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.ids;
import static dev.hearth.domain.debt.DebtPlannerWorkedExamplesTest.pay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples for the enforcement model ({@code debt.enforcement.*}, {@code debt.order.imminent_enforcement},
 * {@code debt.flag.home_at_risk}) and the fair priority allocation ({@code debt.pay.priority_*},
 * {@code debt.flag.priority_instalments_unmet}). Plan date 1 June 2026. Each row names its source.
 */
class EnforcementAndFairSharesWorkedExamplesTest {

    record Row(String name, String source, DebtFixtures.Builder request, Consumer<DebtPlan> check) {
        @Override
        public String toString() {
            return name + " [" + source + "]";
        }
    }

    static DebtInput events(String id, DebtType type, String balance, String instalment, Enforcement... events) {
        return new DebtInput(id, type.name(), null, p(balance), instalment == null ? null : p(instalment), null, null,
                false, java.util.Arrays.asList(events));
    }

    static Enforcement ev(EnforcementAction action, int daysFromPlanDate) {
        return new Enforcement(action, PLAN_DATE.plusDays(daysFromPlanDate));
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("an eviction next week ranks above a months-old bailiff letter",
                        "CPAG Debt Advice Handbook: emergency action first, home before goods; TCG Regs 2013 reg 9 "
                                + "(the bailiff notice is still live at 3 months)",
                        budget("1000", "900").debts(
                                events("ctax", DebtType.COUNCIL_TAX, "600", null,
                                        ev(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, -90)),
                                events("rent", DebtType.RENT_ARREARS, "1800", null,
                                        ev(EnforcementAction.EVICTION_DATE, 6))),
                        plan -> {
                            assertThat(ids(plan)).containsExactly("rent", "ctax");
                            assertThat(find(plan, "rent").enforcementUrgency()).isEqualTo(EnforcementUrgency.EMERGENCY);
                            assertThat(find(plan, "ctax").enforcementUrgency()).isEqualTo(EnforcementUrgency.EMERGENCY);
                        }),
                new Row("the same through the single enforcement field: eviction next week before an old bailiff "
                        + "notice", "CPAG: emergency action first; the field callers already send",
                        budget("1000", "900").debts(
                                DebtFixtures.enforced("ctax", DebtType.COUNCIL_TAX, "600",
                                        EnforcementAction.ENFORCEMENT_AGENT_NOTICE, PLAN_DATE.minusDays(60)),
                                DebtFixtures.enforced("rent", DebtType.RENT_ARREARS, "1800",
                                        EnforcementAction.EVICTION_DATE, PLAN_DATE.plusDays(7))),
                        plan -> assertThat(ids(plan)).containsExactly("rent", "ctax")),
                new Row("a bailiff notice more than 12 months old no longer counts",
                        "Taking Control of Goods Regulations 2013 reg 9: no control of goods more than 12 months "
                                + "after the notice of enforcement",
                        budget("1000", "900").debts(debt("cc", DebtType.CREDIT_CARD, "300"),
                                events("ctax", DebtType.COUNCIL_TAX, "600", null,
                                        ev(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, -400))),
                        plan -> {
                            PlannedDebt ctax = find(plan, "ctax");
                            assertThat(ctax.imminentEnforcement()).isFalse();
                            assertThat(ctax.enforcementUrgency()).isEqualTo(EnforcementUrgency.NONE);
                            assertThat(ctax.staleEnforcementEvents()).extracting(Enforcement::action)
                                    .containsExactly(EnforcementAction.ENFORCEMENT_AGENT_NOTICE);
                            assertThat(plan.explanation().steps()).anyMatch(s ->
                                    s.ruleId().equals("debt.enforcement.stale"));
                        }),
                new Row("goods can be taken from the eighth day after a notice of enforcement",
                        "Taking Control of Goods Regulations 2013 reg 6: 7 clear days' notice",
                        budget("1000", "900").debts(events("ctax", DebtType.COUNCIL_TAX, "600", null,
                                ev(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, -3))),
                        plan -> {
                            assertThat(find(plan, "ctax").nextEnforcementStepDate()).isEqualTo(PLAN_DATE.plusDays(5));
                            assertThat(find(plan, "ctax").nextEnforcementStep()).contains("take control of goods");
                        }),
                new Row("a possession hearing in 10 days: emergency, and the home is flagged as days from loss",
                        "Housing Act 1985 s.85 (court's powers on a discretionary ground); Shelter: attend the "
                                + "hearing; Hearth's 14-day window [D]",
                        budget("1000", "900").debts(events("rent", DebtType.RENT_ARREARS, "2000", "50",
                                ev(EnforcementAction.POSSESSION_HEARING, 10))),
                        plan -> {
                            assertThat(find(plan, "rent").enforcementUrgency())
                                    .isEqualTo(EnforcementUrgency.EMERGENCY);
                            AdviceFlag f = flag(plan, "debt.flag.home_at_risk");
                            assertThat(f.reason()).contains("10 days away");
                            assertThat(f.facts()).anyMatch(x -> x.contains("Housing Act 1985 s.85(2)"));
                        }),
                new Row("a possession hearing five weeks away is under way but not yet an emergency",
                        "Hearth's 14-day emergency window [D]",
                        budget("1000", "900").debts(events("rent", DebtType.RENT_ARREARS, "2000", "50",
                                ev(EnforcementAction.POSSESSION_HEARING, 35))),
                        plan -> {
                            assertThat(find(plan, "rent").enforcementUrgency())
                                    .isEqualTo(EnforcementUrgency.UNDER_WAY);
                            assertThat(flagIds(plan)).doesNotContain("debt.flag.home_at_risk");
                        }),
                new Row("an eviction date that has passed no longer counts",
                        "Hearth's stated rule [D]: the step has happened or been adjourned; enter what followed",
                        budget("1000", "900").debts(events("rent", DebtType.RENT_ARREARS, "2000", null,
                                ev(EnforcementAction.EVICTION_DATE, -1))),
                        plan -> {
                            assertThat(find(plan, "rent").enforcementUrgency()).isEqualTo(EnforcementUrgency.NONE);
                            assertThat(flagIds(plan)).doesNotContain("debt.flag.home_at_risk");
                        }),
                new Row("a possession order ten days ago: a warrant can follow in four days",
                        "Housing Act 1980 s.89 via Shelter: possession no later than 14 days after the order where "
                                + "the court has no wider discretion",
                        budget("1000", "900").debts(events("mortgage", DebtType.MORTGAGE_ARREARS, "5000", "100",
                                ev(EnforcementAction.POSSESSION_ORDER, -10))),
                        plan -> {
                            assertThat(find(plan, "mortgage").nextEnforcementStepDate())
                                    .isEqualTo(PLAN_DATE.plusDays(4));
                            assertThat(flag(plan, "debt.flag.home_at_risk").reason()).contains("4 days away");
                        }),
                new Row("a warrant of possession: eviction can come at any time",
                        "Shelter: bailiffs can evict once a warrant is issued; CPAG emergency action",
                        budget("1000", "900").debts(events("rent", DebtType.RENT_ARREARS, "2500", null,
                                ev(EnforcementAction.WARRANT_OF_POSSESSION, -20))),
                        plan -> {
                            assertThat(find(plan, "rent").nextEnforcementStepDate()).isEqualTo(PLAN_DATE);
                            assertThat(flag(plan, "debt.flag.home_at_risk").reason()).contains("can happen now");
                        }),
                new Row("a county court judgment six years old needs permission to enforce, so it is stale",
                        "CPR 83.2(3)(a): permission needed once six years or more have elapsed",
                        budget("1000", "900").debts(events("loan", DebtType.PERSONAL_LOAN, "3000", null,
                                new Enforcement(EnforcementAction.COUNTY_COURT_JUDGMENT, PLAN_DATE.minusYears(6)))),
                        plan -> assertThat(find(plan, "loan").enforcementUrgency())
                                .isEqualTo(EnforcementUrgency.NONE)),
                new Row("a county court judgment five years old still counts, but is not an emergency",
                        "CPR 83.2(3)(a); Hearth's severity scale: a judgment is a court-process step [D]",
                        budget("1000", "900").debts(events("loan", DebtType.PERSONAL_LOAN, "3000", null,
                                new Enforcement(EnforcementAction.COUNTY_COURT_JUDGMENT, PLAN_DATE.minusYears(5)))),
                        plan -> assertThat(find(plan, "loan").enforcementUrgency())
                                .isEqualTo(EnforcementUrgency.UNDER_WAY)),
                new Row("a default notice five days ago: the creditor may act 14 days after service",
                        "Consumer Credit Act 1974 s.88(2)",
                        budget("1000", "900").debts(events("cc", DebtType.CREDIT_CARD, "900", null,
                                ev(EnforcementAction.DEFAULT_NOTICE, -5))),
                        plan -> {
                            assertThat(find(plan, "cc").nextEnforcementStepDate()).isEqualTo(PLAN_DATE.plusDays(9));
                            assertThat(find(plan, "cc").enforcementUrgency()).isEqualTo(EnforcementUrgency.UNDER_WAY);
                        }),
                new Row("a letter of claim: 30 days to reply before a claim is issued",
                        "Pre-Action Protocol for Debt Claims (National Debtline fact sheet)",
                        budget("1000", "900").debts(events("cat", DebtType.CATALOGUE, "400", null,
                                ev(EnforcementAction.LETTER_BEFORE_ACTION, -2))),
                        plan -> assertThat(find(plan, "cat").nextEnforcementStepDate())
                                .isEqualTo(PLAN_DATE.plusDays(28))),
                new Row("several events on one debt: the most severe live step decides",
                        "CPAG: deal with the next enforcement step; TCG Regs 2013 reg 6",
                        budget("1000", "900").debts(events("ctax", DebtType.COUNCIL_TAX, "600", null,
                                ev(EnforcementAction.LIABILITY_ORDER, -60),
                                ev(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, -2))),
                        plan -> {
                            assertThat(find(plan, "ctax").enforcementAction())
                                    .isEqualTo(EnforcementAction.ENFORCEMENT_AGENT_NOTICE);
                            assertThat(find(plan, "ctax").enforcementUrgency())
                                    .isEqualTo(EnforcementUrgency.EMERGENCY);
                        }),
                new Row("a possession hearing in six weeks comes before a credit card default notice",
                        "CPAG: home first; Hearth's severity scale [D] (a possession order outranks termination)",
                        budget("1000", "900").debts(
                                events("cc", DebtType.CREDIT_CARD, "900", null, ev(EnforcementAction.DEFAULT_NOTICE, -5)),
                                events("rent", DebtType.RENT_ARREARS, "1500", null,
                                        ev(EnforcementAction.POSSESSION_HEARING, 42))),
                        plan -> assertThat(ids(plan)).containsExactly("rent", "cc")),
                new Row("Scotland: an eviction date in a week is flagged with Scottish wording",
                        "Citizens Advice Scotland: eviction carried out by sheriff officers; Shelter Scotland",
                        budget("1000", "900").nation(Nation.SCOTLAND).debts(events("rent", DebtType.RENT_ARREARS,
                                "1500", null, ev(EnforcementAction.EVICTION_DATE, 7))),
                        plan -> assertThat(flag(plan, "debt.flag.home_at_risk").facts())
                                .anyMatch(x -> x.contains("sheriff officers"))),
                new Row("a council tax bailiff notice no longer takes the whole budget from rent at a hearing",
                        "CPAG: every priority creditor gets a defensible offer; the issue's case (bailiff letter vs "
                                + "possession hearing)",
                        budget("1000", "900").debts(
                                events("ctax", DebtType.COUNCIL_TAX, "600", null,
                                        ev(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, -40)),
                                events("rent", DebtType.RENT_ARREARS, "1500", null,
                                        ev(EnforcementAction.POSSESSION_HEARING, 9))),
                        plan -> {
                            assertThat(ids(plan)).containsExactly("rent", "ctax");
                            // £100 shared by arrears: 100 x 1500 / 2100 = 71.428.. -> 71.43; 100 x 600 / 2100 = 28.57
                            assertThat(pay(plan, "rent")).isEqualTo(p("71.43"));
                            assertThat(pay(plan, "ctax")).isEqualTo(p("28.57"));
                        }),
                new Row("priority instalments of the same rank the money cannot cover are shared in proportion",
                        "CPAG: offer every priority creditor a payment; hand calculation: £60 over instalments "
                                + "£80 and £40 = £40.00 and £20.00",
                        budget("1000", "940").debts(instalment("rent", DebtType.RENT_ARREARS, "900", "80"),
                                instalment("mortgage", DebtType.SECURED_LOAN_ARREARS, "3000", "40")),
                        plan -> {
                            assertThat(pay(plan, "rent")).isEqualTo(p("40"));
                            assertThat(pay(plan, "mortgage")).isEqualTo(p("20"));
                            assertThat(find(plan, "rent").monthlyUnmetInstalmentPence()).isEqualTo(p("40"));
                            assertThat(find(plan, "mortgage").monthlyUnmetInstalmentPence()).isEqualTo(p("20"));
                        }),
                new Row("home and liberty are met before essential supplies",
                        "CPAG: home and liberty first, then essential supplies; hand calculation: £50 to rent, £10 "
                                + "of gas's £30",
                        budget("1000", "940").debts(instalment("gas", DebtType.GAS, "200", "30"),
                                instalment("rent", DebtType.RENT_ARREARS, "900", "50")),
                        plan -> {
                            assertThat(pay(plan, "rent")).isEqualTo(p("50"));
                            assertThat(pay(plan, "gas")).isEqualTo(p("10"));
                        }),
                new Row("priority debts without an instalment share by arrears, not first come takes all",
                        "CPAG: a regular payment every priority creditor can defend; hand calculation: £90 by "
                                + "arrears 600/300 = £60.00 and £30.00",
                        budget("1000", "910").debts(debt("rent", DebtType.RENT_ARREARS, "600"),
                                debt("gas", DebtType.GAS, "300")),
                        plan -> {
                            assertThat(pay(plan, "rent")).isEqualTo(p("60"));
                            assertThat(pay(plan, "gas")).isEqualTo(p("30"));
                        }),
                new Row("a priority creditor short of its instalment is named with what that risks",
                        "CPAG priority debts table (sanction); the flag names the debt, never the creditor's name",
                        budget("1000", "980").debts(instalment("rent", DebtType.RENT_ARREARS, "900", "50")),
                        plan -> assertThat(flag(plan, "debt.flag.priority_instalments_unmet").facts())
                                .containsExactly("rent (rent arrears): £30.00 a month of its instalment cannot be "
                                        + "met; risks eviction: a possession order, then eviction on a date the court "
                                        + "sets")),
                new Row("a priority debt with no instalment that gets nothing is flagged too",
                        "CPAG: every priority creditor needs an offer; hand calculation: available nil",
                        budget("900", "900").debts(debt("gas", DebtType.GAS, "200")),
                        plan -> {
                            assertThat(pay(plan, "gas")).isEqualTo(Pence.ZERO);
                            assertThat(flag(plan, "debt.flag.priority_instalments_unmet").facts())
                                    .anyMatch(x -> x.startsWith("gas (gas arrears): no instalment stated"));
                        }),
                new Row("the shortfall flag states the next enforcement step of a short debt",
                        "TCG Regs 2013 reg 6; CPAG",
                        budget("1000", "1000").debts(events("ctax", DebtType.COUNCIL_TAX, "600", "40",
                                ev(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, -1))),
                        plan -> assertThat(flag(plan, "debt.flag.priority_instalments_unmet").facts())
                                .anyMatch(x -> x.contains("next step: enforcement agents can take control of goods "
                                        + "from 2026-06-08"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void worked_example(Row row) {
        DebtPlan plan = row.request().plan();
        row.check().accept(plan);
        DebtBudget b = plan.budget();
        Pence paid = plan.debts().stream().map(PlannedDebt::monthlyPaymentPence).reduce(Pence.ZERO, Pence::plus);
        assertThat(paid).isEqualTo(b.monthlyPriorityPaymentsPence().plus(b.monthlyNonPriorityPaymentsPence()));
    }

    @org.junit.jupiter.api.Test
    void an_enforcement_date_more_than_seven_years_old_is_refused() {
        DebtPlanRequest request = budget("1000", "900").debts(events("loan", DebtType.PERSONAL_LOAN, "300", null,
                new Enforcement(EnforcementAction.COUNTY_COURT_JUDGMENT, PLAN_DATE.minusYears(8)), null)).build();
        dev.hearth.domain.validation.InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                dev.hearth.domain.validation.InvalidInputException.class, () -> DebtPlanner.plan(request));
        assertThat(e.violations()).extracting(dev.hearth.domain.validation.Violation::field)
                .containsExactlyInAnyOrder("debts[0].enforcementEvents[0].date", "debts[0].enforcementEvents[1]");
    }

}
