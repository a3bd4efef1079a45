package dev.hearth.domain.explain;

import dev.hearth.domain.money.RoundingRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builder's explanations list their steps and assumptions in the order recorded, whatever the form a step was
 * recorded in, and an explanation once built never changes when the builder goes on recording.
 */
class ExplanationBuilderTest {

    private static final Rule A = new Rule("test.a", "Rule A", "reg 1");
    private static final Rule B = new Rule("test.b", "Rule B", "reg 2");

    @Test
    void steps_recorded_with_text_or_with_a_supplier_read_the_same() {
        Explanation eager = new ExplanationBuilder("v1")
                .step(A, "first", List.of(new Fact("x", "1")), "out")
                .step(B, "second", List.of(), "2", RoundingRule.UP_TO_PENNY)
                .build();
        Explanation deferred = new ExplanationBuilder("v1")
                .step(A, () -> StepText.of("first", List.of(new Fact("x", "1")), "out"))
                .step(B, () -> StepText.rounded("second", List.of(), "2", RoundingRule.UP_TO_PENNY))
                .build();
        assertThat(deferred).isEqualTo(eager);
        assertThat(ExplanationText.render(deferred)).isEqualTo(ExplanationText.render(eager));
        assertThat(deferred.steps().get(1).rounding()).startsWith("UP_TO_PENNY: ");
    }

    @Test
    void a_built_explanation_does_not_see_steps_recorded_after_it() {
        ExplanationBuilder builder = new ExplanationBuilder("v1", 1);
        builder.step(A, () -> StepText.of("first", List.of(), "1"));
        Explanation first = builder.build();
        builder.step(B, "second", List.of(), "2");
        builder.assume("test.later", AssumptionSource.DEFAULTED, "recorded after the first build");
        Explanation second = builder.build();
        builder.step(A, () -> StepText.of("third", List.of(), "3"));
        Explanation third = builder.build();

        assertThat(first.steps()).extracting(Step::description).containsExactly("first");
        assertThat(first.assumptions()).isEmpty();
        assertThat(second.steps()).extracting(Step::description).containsExactly("first", "second");
        assertThat(second.assumptions()).extracting(Assumption::id).containsExactly("test.later");
        assertThat(third.steps()).extracting(Step::description).containsExactly("first", "second", "third");
        assertThat(first.steps()).hasSize(1);
    }

    @Test
    void a_deferred_step_is_written_once_and_including_it_writes_nothing() {
        AtomicInteger written = new AtomicInteger();
        Explanation timing = new ExplanationBuilder("timing")
                .step(A, () -> {
                    written.incrementAndGet();
                    return StepText.of("from another engine", List.of(), "x");
                })
                .assume("test.shared", AssumptionSource.INFERRED, "first text wins")
                .build();
        Explanation whole = new ExplanationBuilder("uc", 1)
                .assume("test.shared", AssumptionSource.INFERRED, "first text wins")
                .step(B, "own step", List.of(), "y")
                .include(timing)
                .build();
        assertThat(written).hasValue(0);
        assertThat(whole.steps()).extracting(Step::ruleId).containsExactly("test.b", "test.a");
        assertThat(whole.steps().get(1)).isSameAs(whole.steps().get(1));
        assertThat(written).hasValue(1);
        assertThat(whole.assumptions()).hasSize(1);
    }

    @Test
    void assumptions_are_kept_once_per_id_in_the_order_first_recorded_beyond_the_initial_room() {
        ExplanationBuilder builder = new ExplanationBuilder("v1", 1);
        for (int i = 0; i < 40; i++) {
            builder.assume("test.id" + (i % 25), AssumptionSource.DEFAULTED, "text " + i);
        }
        List<Assumption> assumptions = builder.build().assumptions();
        assertThat(assumptions).hasSize(25);
        assertThat(assumptions.get(0).text()).isEqualTo("text 0");
        assertThat(assumptions.get(24).id()).isEqualTo("test.id24");
    }

    @Test
    void a_constant_assumption_is_recorded_like_one_given_by_id_source_and_text() {
        Assumption constant = new Assumption("test.constant", AssumptionSource.UNCONFIRMED_RULE, "never changes");
        Explanation byRecord = new ExplanationBuilder("v1")
                .assume(constant)
                .assume("test.other", AssumptionSource.INFERRED, "other")
                .assume(new Assumption("test.constant", AssumptionSource.DEFAULTED, "second record with the same id"))
                .build();
        Explanation byParts = new ExplanationBuilder("v1")
                .assume("test.constant", AssumptionSource.UNCONFIRMED_RULE, "never changes")
                .assume("test.other", AssumptionSource.INFERRED, "other")
                .assume("test.constant", AssumptionSource.DEFAULTED, "second record with the same id")
                .build();
        assertThat(byRecord).isEqualTo(byParts);
        assertThat(byRecord.assumptions()).containsExactly(constant,
                new Assumption("test.other", AssumptionSource.INFERRED, "other"));
        assertThat(byRecord.hashCode()).isEqualTo(byParts.hashCode());
    }

    @Test
    void a_built_explanations_assumptions_do_not_change_when_the_builder_records_more() {
        ExplanationBuilder builder = new ExplanationBuilder("v1", 1);
        builder.assume("test.first", AssumptionSource.DEFAULTED, "first");
        Explanation first = builder.build();
        for (int i = 0; i < 20; i++) { // within the builder's room and beyond it
            builder.assume("test.more" + i, AssumptionSource.DEFAULTED, "more " + i);
        }
        Explanation second = builder.build();
        builder.assume("test.last", AssumptionSource.DEFAULTED, "last");

        assertThat(first.assumptions()).extracting(Assumption::id).containsExactly("test.first");
        assertThat(second.assumptions()).hasSize(21).extracting(Assumption::id).doesNotContain("test.last");
        assertThat(builder.build().assumptions()).hasSize(22);
        assertThat(first.assumptions()).isEqualTo(List.of(new Assumption("test.first", AssumptionSource.DEFAULTED, "first")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.assumptions().add(
                        new Assumption("test.x", AssumptionSource.DEFAULTED, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_assumption_recorded_with_a_supplier_reads_the_same_and_is_written_once_on_first_read() {
        AtomicInteger written = new AtomicInteger();
        ExplanationBuilder builder = new ExplanationBuilder("v1");
        builder.assume("a.dated", AssumptionSource.INFERRED, () -> {
            written.incrementAndGet();
            return "as at 2026-06-13";
        });
        builder.assume("a.dated", AssumptionSource.DEFAULTED, "the first recorded wins");
        builder.assume("a.fixed", AssumptionSource.USER_SUPPLIED, "given");
        Explanation lazy = builder.build();
        assertThat(written).hasValue(0);

        Explanation eager = new ExplanationBuilder("v1")
                .assume("a.dated", AssumptionSource.INFERRED, "as at 2026-06-13")
                .assume("a.fixed", AssumptionSource.USER_SUPPLIED, "given")
                .build();
        assertThat(lazy).isEqualTo(eager);
        assertThat(lazy.assumptions().get(0)).isSameAs(lazy.assumptions().get(0));
        assertThat(written).hasValue(1);

        Explanation including = new ExplanationBuilder("v2").include(lazy).build();
        assertThat(including.assumptions()).isEqualTo(eager.assumptions());
        assertThat(written).hasValue(1);
    }
}
