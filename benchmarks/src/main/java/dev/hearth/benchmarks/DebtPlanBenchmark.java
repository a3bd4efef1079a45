package dev.hearth.benchmarks;

import dev.hearth.domain.debt.DebtAdviceFacts;
import dev.hearth.domain.debt.DebtInput;
import dev.hearth.domain.debt.DebtPlan;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.debt.DebtPlanner;
import dev.hearth.domain.debt.DebtType;
import dev.hearth.domain.debt.Enforcement;
import dev.hearth.domain.debt.EnforcementAction;
import dev.hearth.domain.debt.ExpenditureCategory;
import dev.hearth.domain.debt.IncomeLine;
import dev.hearth.domain.debt.IncomeSource;
import dev.hearth.domain.debt.SpendingLine;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A full debt plan with explanation for a representative household: six debts (an enforcement agent notice on council
 * tax, three priority instalments, three non-priority debts shared pro rata with remainder pennies) and all flags.
 *
 * <p>Reproduce: see docs/performance.md, section "Debts and rent risk".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DebtPlanBenchmark {

    private final DebtPlanRequest request = new DebtPlanRequest(LocalDate.of(2026, 6, 1), Nation.ENGLAND,
            List.of(new IncomeLine(IncomeSource.EARNINGS, Pence.ofPounds("1250.00")),
                    new IncomeLine(IncomeSource.UNIVERSAL_CREDIT, Pence.ofPounds("400.00"))),
            List.of(new SpendingLine(ExpenditureCategory.RENT_OR_MORTGAGE, Pence.ofPounds("750.00")),
                    new SpendingLine(ExpenditureCategory.COUNCIL_TAX, Pence.ofPounds("110.00")),
                    new SpendingLine(ExpenditureCategory.GAS_AND_ELECTRICITY, Pence.ofPounds("140.00")),
                    new SpendingLine(ExpenditureCategory.FOOD_AND_HOUSEKEEPING, Pence.ofPounds("380.00")),
                    new SpendingLine(ExpenditureCategory.TRAVEL, Pence.ofPounds("60.00")),
                    new SpendingLine(ExpenditureCategory.COMMUNICATIONS_AND_LEISURE, Pence.ofPounds("45.00"))),
            List.of(new DebtInput("cc-1", DebtType.CREDIT_CARD.name(), null, Pence.ofPounds("2400.00"), null, null,
                            null, false),
                    new DebtInput("rent", DebtType.RENT_ARREARS.name(), null, Pence.ofPounds("1350.00"),
                            Pence.ofPounds("60.00"), null, null, false),
                    new DebtInput("ctax", DebtType.COUNCIL_TAX.name(), null, Pence.ofPounds("640.00"),
                            Pence.ofPounds("35.00"), new Enforcement(EnforcementAction.ENFORCEMENT_AGENT_NOTICE,
                            LocalDate.of(2026, 5, 27)), null, false),
                    new DebtInput("gas", DebtType.GAS.name(), null, Pence.ofPounds("85.00"), Pence.ofPounds("15.00"),
                            null, null, false),
                    new DebtInput("loan", DebtType.PERSONAL_LOAN.name(), null, Pence.ofPounds("1800.00"), null, null,
                            null, false),
                    new DebtInput("cat", DebtType.CATALOGUE.name(), null, Pence.ofPounds("430.00"), null, null, null,
                            false)),
            new DebtAdviceFacts(false, Pence.ofPounds("150"), null, false, null, false), null);

    /** One whole plan, explanation included. */
    @Benchmark
    public DebtPlan plan() {
        return DebtPlanner.plan(request);
    }
}
