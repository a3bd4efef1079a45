package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;

/** How failures that are not application errors become problems. */
class ProblemMapperTest {

    @Test
    void an_arithmetic_overflow_is_a_422_validation_problem_never_a_500() {
        ArithmeticException overflow = new ArithmeticException("long overflow");

        Problem problem = ProblemMapper.toProblem(overflow, "trace-1");

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("validation_failed");
        assertThat(problem.detail()).doesNotContain("long overflow")
                .contains(Long.toString(Pence.MAX_INPUT_PENCE), Pence.MAX_INPUT.toString());
    }

    @Test
    void any_other_unexpected_failure_is_still_a_500_that_says_nothing_about_it() {
        Problem problem = ProblemMapper.toProblem(new IllegalStateException("secret detail"), "trace-2");

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("secret detail");
    }
}
