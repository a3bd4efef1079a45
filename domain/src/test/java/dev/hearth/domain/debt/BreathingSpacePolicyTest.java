package dev.hearth.domain.debt;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hearth.domain.debt.AdviceFlagFixtures.FIGURES;
import static dev.hearth.domain.debt.AdviceFlagFixtures.THRESHOLDS;
import static dev.hearth.domain.debt.AdviceFlagFixtures.classified;
import static dev.hearth.domain.debt.AdviceFlagFixtures.explanation;
import static dev.hearth.domain.debt.DebtFixtures.debt;
import static dev.hearth.domain.place.Nation.ENGLAND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Breathing Space rules on their own. Sources: Debt Respite Scheme Regulations 2020 (SI 2020/1311) as described by
 * MoneyHelper, Shelter and council guidance, uk-rules.md §3.5 [S].
 */
class BreathingSpacePolicyTest {

    private static final AdviceFlags.Pressure ENFORCEMENT = new AdviceFlags.Pressure(true, false, false, false);
    private static final AdviceFlags.Pressure NONE = new AdviceFlags.Pressure(false, false, false, false);

    private static List<AdviceFlag> check(List<ClassifiedDebt> debts, DebtAdviceFacts facts,
                                          AdviceFlags.Pressure pressure) {
        return BreathingSpacePolicy.check(debts, facts, pressure, THRESHOLDS, FIGURES, explanation());
    }

    @Test
    void pressure_and_a_qualifying_debt_raise_the_flag_and_list_the_unknown_facts_to_check() {
        // uk-rules.md §3.5 eligibility: qualifying debt; not in a DRO, IVA, interim order or undischarged bankruptcy;
        // no standard Breathing Space in the last 12 months (MoneyHelper, Shelter [S]).
        List<AdviceFlag> flags = check(classified(ENGLAND, debt("cc", DebtType.CREDIT_CARD, "900")),
                DebtAdviceFacts.unknown(), ENFORCEMENT);

        assertThat(flags).extracting(AdviceFlag::ruleId).containsExactly("debt.flag.breathing_space");
        assertThat(flags.get(0).toCheck()).containsExactly(
                "whether the person is in a DRO, IVA, interim order or undischarged bankruptcy",
                "whether a standard Breathing Space was used in the last 12 months");
        assertThat(flags.get(0).facts()).contains("standard Breathing Space lasts up to 60 days: most interest, "
                + "fees and charges are frozen and most enforcement and creditor contact paused");
    }

    @Test
    void only_court_fines_uc_advances_and_student_loans_are_not_a_qualifying_debt() {
        // uk-rules.md §3.5 excluded debts: court fines, UC advances, student loans (peterborough.gov.uk [S]).
        List<AdviceFlag> flags = check(classified(ENGLAND, debt("fine", DebtType.MAGISTRATES_COURT_FINE, "300"),
                debt("adv", DebtType.UC_ADVANCE, "500"), debt("sl", DebtType.STUDENT_LOAN, "9000")),
                DebtAdviceFacts.unknown(), ENFORCEMENT);

        assertThat(flags).isEmpty();
    }

    @Test
    void a_standard_breathing_space_in_the_last_12_months_stops_the_flag() {
        // uk-rules.md §3.5: standard BS not used in the last 12 months (MoneyHelper [S]; Shelter [S]).
        DebtAdviceFacts recent = new DebtAdviceFacts(null, null, null, false, true, false);

        assertThat(check(classified(ENGLAND, debt("cc", DebtType.CREDIT_CARD, "900")), recent, ENFORCEMENT))
                .isEmpty();
    }

    @Test
    void without_pressure_on_the_budget_or_enforcement_no_standard_breathing_space_is_flagged() {
        // Hearth's trigger for pointing to Breathing Space (docs/rules/debts.md, debt.flag.breathing_space).
        assertThat(check(classified(ENGLAND, debt("cc", DebtType.CREDIT_CARD, "900")), DebtAdviceFacts.unknown(),
                NONE)).isEmpty();
    }

    @Test
    void mental_health_crisis_treatment_raises_its_own_flag_stating_treatment_plus_30_days() {
        // uk-rules.md §3.5: lasts for the crisis treatment plus 30 days (MoneyHelper; staffordshire.gov.uk;
        // camden.gov.uk [S]); no pressure needed.
        DebtAdviceFacts crisis = new DebtAdviceFacts(null, null, null, null, null, true);

        List<AdviceFlag> flags = check(classified(ENGLAND, debt("cc", DebtType.CREDIT_CARD, "900")), crisis, NONE);

        assertThat(flags).extracting(AdviceFlag::ruleId)
                .containsExactly("debt.flag.mental_health_crisis_breathing_space");
        assertThat(flags.get(0).reason()).contains("lasts for the treatment plus "
                + FIGURES.mentalHealthCrisisExtraDays().value() + " days").contains("plus 30 days");
    }
}
