package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property check with a seeded generator: for random budgets and balances, the non-priority shares add up exactly to
 * what was available (no penny lost or invented), no share exceeds its balance, and every share is within 1p of its
 * exact pro-rata value.
 */
class ProRataPropertyTest {

    @Test
    void shares_always_add_up_exactly_and_stay_within_a_penny_of_exact() {
        Random random = new Random(20260601L);
        for (int run = 0; run < 500; run++) {
            int n = 1 + random.nextInt(12);
            List<DebtInput> debts = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < n; i++) {
                long balance = 1 + (long) (random.nextDouble() * 2_000_000);
                total += balance;
                debts.add(new DebtInput("d" + i, DebtType.CREDIT_CARD.name(), null, Pence.of(balance), null, null,
                        null, false));
            }
            long available = n * 100L + (long) (random.nextDouble() * (total - n * 100L));
            if (available >= total) {
                continue;
            }
            DebtPlan plan = DebtPlanner.plan(new DebtPlanRequest(DebtFixtures.PLAN_DATE,
                    dev.hearth.domain.place.Nation.ENGLAND,
                    List.of(new IncomeLine(IncomeSource.EARNINGS, Pence.of(available))), List.of(), debts, null,
                    null));
            assertThat(plan.budget().nonPriorityMethod()).isEqualTo(NonPriorityMethod.PRO_RATA);
            long sum = plan.debts().stream().mapToLong(d -> d.monthlyPaymentPence().value()).sum();
            assertThat(sum).as("run %d", run).isEqualTo(available);
            for (PlannedDebt d : plan.debts()) {
                assertThat(d.monthlyPaymentPence()).isLessThanOrEqualTo(d.balancePence());
                BigDecimal exact = BigDecimal.valueOf(available).multiply(d.balancePence().toBigDecimal())
                        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
                assertThat(d.monthlyPaymentPence().toBigDecimal().subtract(exact).abs())
                        .isLessThan(BigDecimal.ONE);
            }
        }
    }
}
