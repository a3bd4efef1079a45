package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders for debt plan requests in tests. Amounts are in pounds as strings, for readability. */
final class DebtFixtures {

    static final LocalDate PLAN_DATE = LocalDate.of(2026, 6, 1);

    private DebtFixtures() {
    }

    static Pence p(String pounds) {
        return Pence.ofPounds(pounds);
    }

    static DebtInput debt(String id, DebtType type, String balance) {
        return new DebtInput(id, type.name(), null, p(balance), null, null, null, false);
    }

    static DebtInput instalment(String id, DebtType type, String balance, String monthly) {
        return new DebtInput(id, type.name(), null, p(balance), p(monthly), null, null, false);
    }

    static DebtInput enforced(String id, DebtType type, String balance, EnforcementAction action, LocalDate date) {
        return new DebtInput(id, type.name(), null, p(balance), null, new Enforcement(action, date), null, false);
    }

    static DebtInput adviser(String id, DebtType type, String balance, PriorityStatus status,
                             SanctionCategory category, String justification) {
        return new DebtInput(id, type.name(), null, p(balance), null, null,
                new AdviserClassification(status, category, justification), false);
    }

    /** A request with one income line and one food line making {@code available} a month after essentials. */
    static Builder budget(String income, String spending) {
        return new Builder().income(income).spending(ExpenditureCategory.FOOD_AND_HOUSEKEEPING, spending);
    }

    static final class Builder {
        LocalDate date = PLAN_DATE;
        Nation nation = Nation.ENGLAND;
        final List<IncomeLine> income = new ArrayList<>();
        final List<SpendingLine> spending = new ArrayList<>();
        final List<DebtInput> debts = new ArrayList<>();
        DebtAdviceFacts facts;
        Pence token;

        Builder income(String pounds) {
            income.add(new IncomeLine(IncomeSource.EARNINGS, p(pounds)));
            return this;
        }

        Builder spending(ExpenditureCategory category, String pounds) {
            spending.add(new SpendingLine(category, p(pounds)));
            return this;
        }

        Builder nation(Nation n) {
            nation = n;
            return this;
        }

        Builder date(LocalDate d) {
            date = d;
            return this;
        }

        Builder debts(DebtInput... ds) {
            debts.addAll(List.of(ds));
            return this;
        }

        Builder facts(DebtAdviceFacts f) {
            facts = f;
            return this;
        }

        Builder token(String pounds) {
            token = p(pounds);
            return this;
        }

        DebtPlanRequest build() {
            return new DebtPlanRequest(date, nation, income, spending, debts, facts, token);
        }

        DebtPlan plan() {
            return DebtPlanner.plan(build());
        }
    }
}
