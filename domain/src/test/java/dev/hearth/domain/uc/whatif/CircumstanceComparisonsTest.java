package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.OtherIncome;
import dev.hearth.domain.uc.OtherIncomeType;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.hearth.domain.uc.whatif.WhatIfFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Changes of circumstances: the effective period under D&amp;A Regs Sch 1 (para 20 general rule, para 21 advantageous
 * change reported late, para 31 another benefit) and the line-by-line difference. The claim's periods run from the 14th
 * (current period 14 May to 13 June 2026).
 */
class CircumstanceComparisonsTest {

    private static final UcEstimateRequest NOW = WhatIfFixtures.singleParentRenting();

    private static UcEstimateRequest withBaby(LocalDate born) {
        List<Child> children = new ArrayList<>(NOW.children());
        children.add(Child.of(born, Sex.MALE));
        return NOW.withChildren(children);
    }

    private static ChangeOutcome only(CircumstanceChange change) {
        return CircumstanceComparisons.compare(new CircumstancesComparisonRequest(NOW, List.of(change)))
                .changes().get(0);
    }

    /** CC-01 (para 20): a baby born on 20 June counts from the period 14 June - 13 July: one more child element. */
    @Test
    void a_birth_counts_from_the_first_day_of_the_period_it_happens_in() {
        LocalDate born = LocalDate.of(2026, 6, 20);
        ChangeOutcome outcome = only(new CircumstanceChange("the baby", ChangeKind.CHILD_BORN, born, null, false,
                withBaby(born)));

        assertThat(outcome.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(outcome.effectivePeriodEnd()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(outcome.effectiveDateRule()).isEqualTo("uc.whatif.change.effective_period");
        assertThat(outcome.advantageous()).isTrue();
        assertThat(outcome.lines()).extracting(ComparisonLine::line, ComparisonLine::differencePence).containsExactly(
                tuple("maximum amount", p("303.94")), tuple("child element", p("303.94")),
                tuple("award before the benefit cap", p("303.94")), tuple("award", p("303.94")), tuple("payment", p("303.94")));
        assertThat(outcome.explanation().ruleIds())
                .containsExactly("uc.whatif.change.effective_period", "uc.whatif.change.comparison");
    }

    /** CC-02 (para 21): the same birth reported on 1 August, with no longer period allowed, counts from 14 July. */
    @Test
    void a_change_that_raises_the_award_reported_late_counts_from_the_period_of_the_report() {
        LocalDate born = LocalDate.of(2026, 6, 20);
        ChangeOutcome outcome = only(new CircumstanceChange(null, ChangeKind.CHILD_BORN, born,
                LocalDate.of(2026, 8, 1), false, withBaby(born)));

        assertThat(outcome.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(outcome.effectiveDateRule()).isEqualTo("uc.whatif.change.late_notification");
    }

    /** CC-03 (para 21 with reg 36): a longer period allowed keeps the general rule. */
    @Test
    void a_late_report_within_a_longer_period_allowed_keeps_the_period_of_the_change() {
        LocalDate born = LocalDate.of(2026, 6, 20);
        ChangeOutcome outcome = only(new CircumstanceChange(null, ChangeKind.CHILD_BORN, born,
                LocalDate.of(2026, 8, 1), true, withBaby(born)));

        assertThat(outcome.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(outcome.effectiveDateRule()).isEqualTo("uc.whatif.change.effective_period");
    }

    /**
     * CC-04: savings rising to £10,000 lower the award (tariff income: 16 steps of £250 above £6,000 at £4.35 = £69.60,
     * UC Regs reg 72), so a late report does not delay it: it counts from the period it happens in.
     */
    @Test
    void a_change_that_lowers_the_award_counts_from_its_own_period_however_late_it_is_reported() {
        ChangeOutcome outcome = only(new CircumstanceChange(null, ChangeKind.CAPITAL_CHANGES, LocalDate.of(2026, 5, 20),
                LocalDate.of(2026, 9, 1), false, NOW.withCapital(p("10000"))));

        assertThat(outcome.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(outcome.advantageous()).isFalse();
        assertThat(outcome.lines()).extracting(ComparisonLine::line, ComparisonLine::differencePence).containsExactly(
                tuple("tariff income", p("69.60")),
                tuple("award before the benefit cap", p("-69.60")), tuple("award", p("-69.60")), tuple("payment", p("-69.60")));
    }

    /** CC-05 (para 31): another benefit starting counts from its own period even when reported late. */
    @Test
    void another_benefit_counts_from_the_period_it_starts_in_under_paragraph_31() {
        ChangeOutcome outcome = only(new CircumstanceChange(null, ChangeKind.OTHER_BENEFIT, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 8, 1), false, NOW.withOtherIncome(List.of(
                        new OtherIncome(OtherIncomeType.NEW_STYLE_JSA, p("400"))))));

        assertThat(outcome.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(outcome.effectiveDateRule()).isEqualTo("uc.whatif.change.other_benefit");
        assertThat(outcome.lines()).extracting(ComparisonLine::line).contains("unearned income", "award");
    }

    /** CC-06: a partner earning £1,000 moves in: joint standard allowance, joint earnings; a move into London. */
    @Test
    void several_changes_are_each_compared_with_the_household_as_it_is() {
        UcEstimateRequest couple = NOW.withClaimants(List.of(NOW.claimants().get(0),
                Claimant.of(LocalDate.of(1994, 2, 2), p("1000"))));
        CircumstancesComparison comparison = CircumstanceComparisons.compare(new CircumstancesComparisonRequest(NOW,
                List.of(new CircumstanceChange("Sam moves in", ChangeKind.PARTNER_MOVES_IN, LocalDate.of(2026, 7, 1),
                                null, false, couple),
                        new CircumstanceChange(null, ChangeKind.MOVES_INTO_LONDON, LocalDate.of(2026, 6, 13), null,
                                false, NOW.withLivesInGreaterLondon(true)))));

        assertThat(comparison.current().awardPence()).isEqualTo(p("1228.84"));
        ChangeOutcome partner = comparison.changes().get(0);
        assertThat(partner.label()).isEqualTo("Sam moves in");
        assertThat(partner.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(partner.lines()).extracting(ComparisonLine::line)
                .contains("standard allowance", "earned income", "earnings deduction", "award");
        ChangeOutcome london = comparison.changes().get(1);
        assertThat(london.effectivePeriodStart()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(london.lines()).extracting(ComparisonLine::line).containsExactly("award", "payment");
        assertThat(london.lines().get(0).differencePence()).isEqualTo(Pence.ZERO);
    }

    @Test
    void a_change_before_the_current_period_or_reported_before_it_happens_is_refused() {
        assertThatThrownBy(() -> CircumstanceComparisons.compare(new CircumstancesComparisonRequest(NOW, List.of(
                new CircumstanceChange(null, ChangeKind.OTHER, LocalDate.of(2026, 5, 1), null, false, NOW),
                new CircumstanceChange(null, ChangeKind.OTHER, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 20),
                        false, NOW)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactly("changes[0].occursOn before_current_period",
                                "changes[1].reportedOn before_change"));
    }

    @Test
    void no_changes_is_refused() {
        assertThatThrownBy(() -> CircumstanceComparisons.compare(new CircumstancesComparisonRequest(NOW, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code()).containsExactly("changes required"));
    }
}
