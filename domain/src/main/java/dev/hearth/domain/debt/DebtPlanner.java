package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.Violations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The debt priority planner: which bill first, and what each creditor can be offered each month.
 *
 * <p>Entry point: {@link #plan(DebtPlanRequest)}. Pure and deterministic: no clock, no shared state; the same request
 * always gives the same plan and explanation.
 *
 * <p>What it does, in order (rule ids in {@link DebtRules}):
 * <ol>
 *   <li>Classifies each debt from the table ({@link DebtClassifications}) for its type and nation, or from an adviser's
 *       classification where the type is contested.</li>
 *   <li>Orders the debts: any with enforcement under way first (earliest date first), then home, liberty, essential
 *       services, essential goods, other priority, non-priority; ties by larger balance, then input order.</li>
 *   <li>Works out the monthly budget: income less essential spending (SFS-shaped, the household's own figures).</li>
 *   <li>Pays priority instalments first, in order; a priority debt with no stated instalment takes what is left, up to
 *       its balance.</li>
 *   <li>Shares what remains among non-priority creditors pro rata to balance: each share rounded down to the penny
 *       ({@link RoundingRule#DOWN_TO_PENNY}), then the pennies left over given one each to the largest fractions cut off
 *       (largest-remainder rule), so the shares add up exactly; token payments when too little is left.</li>
 *   <li>Raises advice flags (Breathing Space, Scottish moratorium, Debt Relief Order, formal options, budget warnings)
 *       with the facts and thresholds ({@link DebtThresholds}) behind them.</li>
 * </ol>
 */
public final class DebtPlanner {

    /** Breathing Space does not cover these debts (uk-rules.md §3.5, peterborough.gov.uk [S]; list not exhaustive). */
    private static final Set<DebtType> BREATHING_SPACE_EXCLUDED = Set.of(DebtType.MAGISTRATES_COURT_FINE,
            DebtType.UC_ADVANCE, DebtType.STUDENT_LOAN);

    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_CREDITOR_LENGTH = 200;
    private static final int MAX_JUSTIFICATION_LENGTH = 2000;
    private static final int ENFORCEMENT_WINDOW_DAYS = 366;

    private DebtPlanner() {
    }

    /**
     * Makes the plan.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException with every violation found, field paths as the caller
     *         named them (for example {@code debts[2].balancePence}); {@code planDate} with {@code rates_not_available}
     *         before the first thresholds version
     */
    public static DebtPlan plan(DebtPlanRequest request) {
        Violations violations = new Violations();
        List<Classified> debts = validate(request, violations);
        violations.throwIfAny();
        DebtThresholds thresholds = DebtThresholds.forDate(request.planDate());
        return new Work(request, debts, thresholds).run();
    }

    // ------------------------------------------------------------------------------------------------ validation

    private static List<Classified> validate(DebtPlanRequest r, Violations v) {
        List<Classified> out = new ArrayList<>();
        if (r == null) {
            v.add("request", "required", "a plan request is required");
            return out;
        }
        if (r.planDate() == null) {
            v.add("planDate", "required", "the plan date is required");
        } else if (r.planDate().isBefore(DebtThresholds.VERSIONS.get(0).effectiveFrom())) {
            v.add("planDate", "rates_not_available", "debt rules are held only for plan dates from "
                    + DebtThresholds.VERSIONS.get(0).effectiveFrom());
        }
        if (r.nation() == null) {
            v.add("nation", "required", "the nation the household lives in is required");
        } else if (r.nation() == Nation.NORTHERN_IRELAND) {
            v.add("nation", "nation_not_covered",
                    "debt priorities for Northern Ireland have not been researched, so no plan can be made");
        }
        if (r.monthlyIncome() != null) {
            for (int i = 0; i < r.monthlyIncome().size(); i++) {
                IncomeLine line = r.monthlyIncome().get(i);
                String path = "monthlyIncome[" + i + "]";
                if (line == null) {
                    v.add(path, "required", "an income line is required");
                    continue;
                }
                v.require(line.source() != null, path + ".source", "required", "the kind of income is required");
                checkAmount(v, path + ".monthlyAmountPence", line.monthlyAmountPence(), true);
            }
        }
        if (r.essentialSpending() != null) {
            for (int i = 0; i < r.essentialSpending().size(); i++) {
                SpendingLine line = r.essentialSpending().get(i);
                String path = "essentialSpending[" + i + "]";
                if (line == null) {
                    v.add(path, "required", "a spending line is required");
                    continue;
                }
                v.require(line.category() != null, path + ".category", "required", "the spending category is required");
                checkAmount(v, path + ".monthlyAmountPence", line.monthlyAmountPence(), true);
            }
        }
        if (r.tokenPaymentPence() != null && (r.tokenPaymentPence().value() < 1
                || r.tokenPaymentPence().isGreaterThan(DebtRules.MAX_TOKEN_PAYMENT_PENCE))) {
            v.add("tokenPaymentPence", "out_of_range", "the token payment must be between 1p and "
                    + DebtRules.MAX_TOKEN_PAYMENT_PENCE);
        }
        if (r.adviceFacts() != null) {
            checkAmount(v, "adviceFacts.assetsValuePence", r.adviceFacts().assetsValuePence(), false);
            checkAmount(v, "adviceFacts.vehicleValuePence", r.adviceFacts().vehicleValuePence(), false);
        }
        if (r.debts() == null) {
            v.add("debts", "required", "the list of debts is required (it may be empty)");
            return out;
        }
        if (r.debts().size() > DebtRules.MAX_DEBTS) {
            v.add("debts", "too_many", "a plan accepts at most " + DebtRules.MAX_DEBTS + " debts");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.debts().size(); i++) {
            DebtInput d = r.debts().get(i);
            String path = "debts[" + i + "]";
            if (d == null) {
                v.add(path, "required", "a debt is required");
                continue;
            }
            boolean ok = true;
            if (d.id() == null || d.id().isBlank()) {
                v.add(path + ".id", "required", "each debt needs an id");
                ok = false;
            } else if (d.id().length() > MAX_ID_LENGTH) {
                v.add(path + ".id", "too_long", "a debt id has at most " + MAX_ID_LENGTH + " characters");
                ok = false;
            } else if (!ids.add(d.id())) {
                v.add(path + ".id", "duplicate_id", "another debt in this request has the same id");
                ok = false;
            }
            if (d.creditor() != null && d.creditor().length() > MAX_CREDITOR_LENGTH) {
                v.add(path + ".creditor", "too_long", "a creditor name has at most " + MAX_CREDITOR_LENGTH
                        + " characters");
            }
            DebtType type = null;
            if (d.type() == null || d.type().isBlank()) {
                v.add(path + ".type", "required", "the debt type is required");
                ok = false;
            } else {
                type = DebtType.parse(d.type()).orElse(null);
                if (type == null) {
                    v.add(path + ".type", "unknown_debt_type",
                            "the debt type is not one of the known types (see DebtType)");
                    ok = false;
                }
            }
            if (d.balancePence() == null) {
                v.add(path + ".balancePence", "required", "the balance owed is required");
                ok = false;
            } else if (d.balancePence().isNegative()) {
                v.add(path + ".balancePence", "must_not_be_negative", "a balance cannot be negative");
                ok = false;
            } else if (d.balancePence().isAboveInputLimit()) {
                v.requireWithinInputLimit(d.balancePence(), path + ".balancePence");
                ok = false;
            } else if (d.balancePence().isZero()) {
                v.add(path + ".balancePence", "must_be_positive", "a debt with nothing owed does not belong in a plan");
                ok = false;
            } else if (type != null && !d.largeBalanceConfirmed()) {
                Pence limit = type == DebtType.MORTGAGE_ARREARS || type == DebtType.SECURED_LOAN_ARREARS
                        ? DebtRules.PLAUSIBLE_SECURED_BALANCE_LIMIT_PENCE : DebtRules.PLAUSIBLE_BALANCE_LIMIT_PENCE;
                if (d.balancePence().isGreaterThan(limit)) {
                    v.add(path + ".balancePence", "implausible_without_acknowledgement",
                            "a balance above " + limit + " must be confirmed with largeBalanceConfirmed");
                    ok = false;
                }
            }
            if (d.monthlyInstalmentPence() != null && d.monthlyInstalmentPence().isNegative()) {
                v.add(path + ".monthlyInstalmentPence", "must_not_be_negative", "an instalment cannot be negative");
                ok = false;
            } else if (d.monthlyInstalmentPence() != null && d.monthlyInstalmentPence().isAboveInputLimit()) {
                v.requireWithinInputLimit(d.monthlyInstalmentPence(), path + ".monthlyInstalmentPence");
                ok = false;
            }
            if (d.enforcement() != null) {
                if (d.enforcement().action() == null) {
                    v.add(path + ".enforcement.action", "required", "the enforcement step is required");
                    ok = false;
                }
                if (d.enforcement().date() == null) {
                    v.add(path + ".enforcement.date", "required", "the enforcement date is required");
                    ok = false;
                } else if (r.planDate() != null && (d.enforcement().date()
                        .isBefore(r.planDate().minusDays(ENFORCEMENT_WINDOW_DAYS))
                        || d.enforcement().date().isAfter(r.planDate().plusDays(ENFORCEMENT_WINDOW_DAYS)))) {
                    v.add(path + ".enforcement.date", "date_out_of_range",
                            "an enforcement date must be within a year of the plan date");
                    ok = false;
                }
            }
            ClassificationEntry entry = null;
            if (type != null && r.nation() != null && r.nation() != Nation.NORTHERN_IRELAND) {
                entry = DebtClassifications.lookup(type, r.nation()).orElseThrow();
            }
            AdviserClassification ac = d.adviserClassification();
            if (ac != null) {
                String acPath = path + ".adviserClassification";
                if (entry != null && !entry.contested()) {
                    v.add(acPath, "classification_not_contested",
                            "this debt type's status is not contested, so it cannot be reclassified");
                    ok = false;
                }
                if (ac.status() == null) {
                    v.add(acPath + ".status", "required", "the adviser's priority status is required");
                    ok = false;
                } else if (ac.status() == PriorityStatus.PRIORITY
                        && (ac.category() == null || ac.category() == SanctionCategory.NONE)) {
                    v.add(acPath + ".category", "required", "a priority debt needs the remedy that makes it so");
                    ok = false;
                } else if (ac.status() == PriorityStatus.NON_PRIORITY && ac.category() != null
                        && ac.category() != SanctionCategory.NONE) {
                    v.add(acPath + ".category", "inconsistent_with_status",
                            "a non-priority debt has no priority remedy");
                    ok = false;
                }
                if (ac.justification() == null || ac.justification().isBlank()) {
                    v.add(acPath + ".justification", "required", "the adviser's justification is required");
                    ok = false;
                } else if (ac.justification().length() > MAX_JUSTIFICATION_LENGTH) {
                    v.add(acPath + ".justification", "too_long", "a justification has at most "
                            + MAX_JUSTIFICATION_LENGTH + " characters");
                    ok = false;
                }
            }
            if (ok && entry != null) {
                out.add(Classified.of(i, d, type, entry));
            }
        }
        return out;
    }

    private static void checkAmount(Violations v, String field, Pence amount, boolean required) {
        if (amount == null) {
            if (required) {
                v.add(field, "required", "an amount is required");
            }
        } else if (amount.isNegative()) {
            v.add(field, "must_not_be_negative", "an amount cannot be negative");
        } else {
            v.requireWithinInputLimit(amount, field);
        }
    }

    // ------------------------------------------------------------------------------------------------ working types

    /** A validated, classified debt and what the plan decides for it. */
    private static final class Classified {
        final int index;
        final DebtInput input;
        final DebtType type;
        final ClassificationEntry table;
        final PriorityStatus status;
        final SanctionCategory category;
        final String sanction;
        final String source;
        final SourceConfidence confidence;
        final ClassificationBasis basis;
        final String justification;
        Pence payment = Pence.ZERO;
        Pence unmet = Pence.ZERO;
        PaymentBasis paymentBasis = PaymentBasis.NOTHING_AVAILABLE;

        private Classified(int index, DebtInput input, DebtType type, ClassificationEntry table, PriorityStatus status,
                           SanctionCategory category, String sanction, String source, SourceConfidence confidence,
                           ClassificationBasis basis, String justification) {
            this.index = index;
            this.input = input;
            this.type = type;
            this.table = table;
            this.status = status;
            this.category = category;
            this.sanction = sanction;
            this.source = source;
            this.confidence = confidence;
            this.basis = basis;
            this.justification = justification;
        }

        static Classified of(int index, DebtInput input, DebtType type, ClassificationEntry entry) {
            AdviserClassification ac = input.adviserClassification();
            if (ac == null) {
                return new Classified(index, input, type, entry, entry.status(), entry.category(), entry.sanction(),
                        entry.source(), entry.confidence(), ClassificationBasis.TABLE, "");
            }
            SanctionCategory category = ac.status() == PriorityStatus.NON_PRIORITY ? SanctionCategory.NONE
                    : ac.category();
            String sanction = ac.status() == PriorityStatus.NON_PRIORITY
                    ? "classified non-priority by an adviser" : "classified by an adviser as " + category.label();
            return new Classified(index, input, type, entry, ac.status(), category, sanction,
                    "adviser classification (table default: " + entry.status() + ", " + entry.source() + ")",
                    entry.confidence(), ClassificationBasis.ADVISER, ac.justification());
        }

        boolean imminent() {
            return input.enforcement() != null;
        }

        Pence balance() {
            return input.balancePence();
        }

        boolean priority() {
            return status == PriorityStatus.PRIORITY;
        }

        String ref() {
            return input.id() + " (" + type.label() + ")";
        }
    }

    /** The order: imminent first by date, then sanction rank, larger balance, input order. */
    private static final Comparator<Classified> ORDER = Comparator
            .comparing((Classified c) -> c.imminent() ? 0 : 1)
            .thenComparing(c -> c.imminent() ? c.input.enforcement().date() : LocalDate.MIN)
            .thenComparingInt(c -> c.category.rank())
            .thenComparing(Classified::balance, Comparator.reverseOrder())
            .thenComparingInt(c -> c.index);

    // ------------------------------------------------------------------------------------------------ the work

    private static final class Work {
        final DebtPlanRequest request;
        final List<Classified> debts;
        final DebtThresholds thresholds;
        final Nation nation;
        final ExplanationBuilder explanation = new ExplanationBuilder(DebtRules.RULESET_VERSION);

        Work(DebtPlanRequest request, List<Classified> debts, DebtThresholds thresholds) {
            this.request = request;
            this.debts = debts;
            this.thresholds = thresholds;
            this.nation = request.nation();
        }

        DebtPlan run() {
            classify();
            List<Classified> ordered = order();
            BudgetLines budget = budget();
            Allocation allocation = allocate(ordered, budget.available);
            List<AdviceFlag> flags = flags(ordered, budget, allocation);

            List<PlannedDebt> planned = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Classified c = ordered.get(i);
                Integer months = c.payment.isPositive()
                        ? (int) ((c.balance().value() + c.payment.value() - 1) / c.payment.value()) : null;
                planned.add(new PlannedDebt(i + 1, c.input.id(), c.type, c.status, c.category, c.sanction, c.source,
                        c.confidence, c.basis, c.table.contested(), c.justification, c.imminent(),
                        c.imminent() ? c.input.enforcement().action() : null,
                        c.imminent() ? c.input.enforcement().date() : null,
                        c.balance(), c.payment, c.paymentBasis, c.unmet, months));
            }
            DebtBudget debtBudget = new DebtBudget(budget.income, budget.ongoingPriority, budget.otherEssential,
                    budget.available, allocation.priorityPaid, allocation.availableForNonPriority,
                    allocation.nonPriorityPaid, allocation.unallocated, allocation.tokensBeyondBudget,
                    allocation.method);
            explanation.assume("debt.figures_user_supplied", AssumptionSource.USER_SUPPLIED,
                    "Income, spending and balances are as entered. Spending is not compared with the Standard "
                            + "Financial Statement spending guidelines (trigger figures), which are licensed to SFS "
                            + "members and not held by Hearth.");
            return new DebtPlan(request.planDate(), nation, planned, debtBudget, flags, explanation.build());
        }

        // -------------------------------------------------------------------------------------------- classify

        void classify() {
            for (Classified c : debts) {
                List<Fact> inputs = new ArrayList<>();
                inputs.add(Fact.of("debt", c.ref()));
                inputs.add(Fact.of("nation", nation));
                inputs.add(Fact.of("table", c.table.status() + " (" + c.table.category().label() + "): "
                        + c.table.sanction()));
                inputs.add(Fact.of("source", c.table.source() + " [" + c.table.confidence() + "]"));
                if (c.basis == ClassificationBasis.ADVISER) {
                    inputs.add(Fact.of("adviser justification", c.justification));
                    explanation.step(DebtRules.CLASSIFY_ADVISER,
                            "The status of " + c.type.label() + " is contested; the adviser's classification is used",
                            inputs, c.status + " (" + c.category.label() + ")");
                } else {
                    explanation.step(DebtRules.CLASSIFY_TABLE,
                            "Classify " + c.type.label() + " by the severity of the creditor's remedy",
                            inputs, c.status + " (" + c.category.label() + ")");
                    if (c.table.contested()) {
                        explanation.assume("debt.contested_default." + c.type.name(), AssumptionSource.DEFAULTED,
                                "The status of " + c.type.label() + " is contested and no adviser classification was "
                                        + "given, so the default (" + c.table.status() + ") is used: "
                                        + c.table.source() + ".");
                    }
                }
                if (c.confidence == SourceConfidence.UNCONFIRMED) {
                    String id = nation == Nation.SCOTLAND && !DebtClassifications.researchedForScotland(c.type)
                            ? "debt.scotland_not_researched." + c.type.name() : "debt.unconfirmed." + c.type.name();
                    explanation.assume(id, AssumptionSource.UNCONFIRMED_RULE,
                            "The classification of " + c.type.label() + " in " + nation + " is not confirmed: "
                                    + c.table.source() + ".");
                }
            }
        }

        // -------------------------------------------------------------------------------------------- order

        List<Classified> order() {
            List<Classified> ordered = debts.stream().sorted(ORDER).collect(Collectors.toList());
            List<Classified> imminent = ordered.stream().filter(Classified::imminent).toList();
            if (!imminent.isEmpty()) {
                List<Fact> inputs = new ArrayList<>();
                for (Classified c : imminent) {
                    inputs.add(Fact.of(c.input.id(), c.input.enforcement().action().label() + " on "
                            + c.input.enforcement().date()));
                }
                explanation.step(DebtRules.ORDER_IMMINENT_ENFORCEMENT,
                        "Debts with enforcement under way come first, earliest date first", inputs,
                        imminent.stream().map(c -> c.input.id()).collect(Collectors.joining(", ")));
            }
            List<Fact> inputs = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Classified c = ordered.get(i);
                inputs.add(Fact.of((i + 1) + ". " + c.input.id(), (c.imminent() ? "enforcement under way; " : "")
                        + c.status + ", " + c.category.label() + ", balance " + c.balance()));
            }
            explanation.step(DebtRules.ORDER_SANCTION,
                    "Order: home, liberty, essential services, essential goods, other priority, then non-priority",
                    inputs, ordered.isEmpty() ? "no debts" : ordered.stream().map(c -> c.input.id())
                            .collect(Collectors.joining(", ")));
            List<Fact> ties = new ArrayList<>();
            for (int i = 1; i < ordered.size(); i++) {
                Classified a = ordered.get(i - 1);
                Classified b = ordered.get(i);
                boolean sameGroup = a.imminent() == b.imminent() && a.category == b.category
                        && (!a.imminent() || a.input.enforcement().date().equals(b.input.enforcement().date()));
                if (sameGroup) {
                    String why = a.balance().equals(b.balance()) ? "equal balances, so input order"
                            : "larger balance first (" + a.balance() + " before " + b.balance() + ")";
                    ties.add(Fact.of(a.input.id() + " before " + b.input.id(), why));
                }
            }
            if (!ties.isEmpty()) {
                explanation.step(DebtRules.ORDER_TIE_BREAK,
                        "Debts in the same place in the order are put larger balance first, then in the order given",
                        ties, ties.size() + (ties.size() == 1 ? " tie broken" : " ties broken"));
            }
            return ordered;
        }

        // -------------------------------------------------------------------------------------------- budget

        record BudgetLines(Pence income, Pence ongoingPriority, Pence otherEssential, Pence available) {
        }

        BudgetLines budget() {
            List<IncomeLine> incomeLines = request.monthlyIncome() == null ? List.of() : request.monthlyIncome();
            List<SpendingLine> spendingLines = request.essentialSpending() == null ? List.of()
                    : request.essentialSpending();
            if (request.monthlyIncome() == null) {
                explanation.assume("debt.no_income_given", AssumptionSource.DEFAULTED,
                        "No income lines were given, so income is taken as nil.");
            }
            if (request.essentialSpending() == null) {
                explanation.assume("debt.no_spending_given", AssumptionSource.DEFAULTED,
                        "No essential spending lines were given, so essential spending is taken as nil.");
            }
            Pence income = Pence.ZERO;
            List<Fact> incomeFacts = new ArrayList<>();
            for (IncomeLine line : incomeLines) {
                income = income.plus(line.monthlyAmountPence());
                incomeFacts.add(Fact.of(line.source().name().toLowerCase().replace('_', ' '),
                        line.monthlyAmountPence() + " a month"));
            }
            explanation.step(DebtRules.BUDGET_INCOME, "Total monthly income", incomeFacts, income + " a month");

            Pence ongoing = Pence.ZERO;
            Pence other = Pence.ZERO;
            List<Fact> spendingFacts = new ArrayList<>();
            List<SpendingLine> sorted = spendingLines.stream()
                    .sorted(Comparator.comparing((SpendingLine s) -> s.category().ongoingPriorityCost() ? 0 : 1)
                            .thenComparing(s -> s.category().ordinal()))
                    .toList();
            for (SpendingLine line : sorted) {
                if (line.category().ongoingPriorityCost()) {
                    ongoing = ongoing.plus(line.monthlyAmountPence());
                } else {
                    other = other.plus(line.monthlyAmountPence());
                }
                spendingFacts.add(Fact.of(line.category().label() + (line.category().ongoingPriorityCost()
                        ? " (ongoing priority bill)" : "") + ", " + line.category().group().name()
                        .toLowerCase().replace('_', ' '), line.monthlyAmountPence() + " a month"));
            }
            explanation.step(DebtRules.BUDGET_ESSENTIAL_SPENDING,
                    "Essential spending: ongoing priority bills " + ongoing + ", other essentials " + other,
                    spendingFacts, ongoing.plus(other) + " a month");
            Pence available = income.minus(ongoing).minus(other);
            explanation.step(DebtRules.BUDGET_AVAILABLE, "Available for debts = income - essential spending",
                    List.of(Fact.of("income", income), Fact.of("essential spending", ongoing.plus(other))),
                    available + " a month");
            return new BudgetLines(income, ongoing, other, available);
        }

        // -------------------------------------------------------------------------------------------- allocate

        record Allocation(Pence priorityPaid, Pence availableForNonPriority, Pence nonPriorityPaid, Pence unallocated,
                          Pence tokensBeyondBudget, NonPriorityMethod method, boolean priorityUnmet) {
        }

        Allocation allocate(List<Classified> ordered, Pence available) {
            Pence remaining = Pence.max(available, Pence.ZERO);
            Pence priorityPaid = Pence.ZERO;
            boolean unmetAny = false;
            // Pass 1: stated instalments, in priority order.
            for (Classified c : ordered) {
                if (!c.priority() || c.input.monthlyInstalmentPence() == null) {
                    continue;
                }
                Pence due = Pence.min(c.input.monthlyInstalmentPence(), c.balance());
                Pence pay = Pence.min(due, remaining);
                c.payment = pay;
                c.unmet = due.minus(pay);
                c.paymentBasis = c.unmet.isZero() ? PaymentBasis.PRIORITY_INSTALMENT
                        : pay.isZero() ? PaymentBasis.NOTHING_AVAILABLE : PaymentBasis.PRIORITY_INSTALMENT_PARTLY_MET;
                unmetAny |= c.unmet.isPositive();
                remaining = remaining.minus(pay);
                priorityPaid = priorityPaid.plus(pay);
                explanation.step(DebtRules.PAY_PRIORITY_INSTALMENTS,
                        "Pay the stated instalment on " + c.ref() + (c.unmet.isPositive()
                                ? "; " + c.unmet + " of it cannot be met" : ""),
                        List.of(Fact.of("instalment", c.input.monthlyInstalmentPence() + " a month"),
                                Fact.of("balance", c.balance()), Fact.of("available before", remaining.plus(pay))),
                        pay + " a month");
            }
            // Pass 2: priority debts with no stated instalment take what is left, up to their balance.
            for (Classified c : ordered) {
                if (!c.priority() || c.input.monthlyInstalmentPence() != null) {
                    continue;
                }
                Pence pay = Pence.min(c.balance(), remaining);
                c.payment = pay;
                c.paymentBasis = pay.isZero() ? PaymentBasis.NOTHING_AVAILABLE : PaymentBasis.PRIORITY_AVAILABLE_SURPLUS;
                remaining = remaining.minus(pay);
                priorityPaid = priorityPaid.plus(pay);
                explanation.step(DebtRules.PAY_PRIORITY_SURPLUS,
                        "No instalment was stated for " + c.ref() + ", so it receives what is left, up to its balance",
                        List.of(Fact.of("balance", c.balance()), Fact.of("available before", remaining.plus(pay))),
                        pay + " a month");
                explanation.assume("debt.priority_instalment_missing." + c.input.id(), AssumptionSource.DEFAULTED,
                        "No instalment was given for priority debt " + c.input.id() + ", so everything left after "
                                + "stated priority instalments goes to it, up to its balance (priority debts are dealt "
                                + "with first). An adviser would normally agree an affordable instalment.");
            }
            for (Classified c : ordered) {
                if (!c.priority() && c.input.monthlyInstalmentPence() != null) {
                    explanation.assume("debt.instalment_ignored." + c.input.id(), AssumptionSource.DEFAULTED,
                            "An instalment was given for non-priority debt " + c.input.id() + "; non-priority debts "
                                    + "are offered a pro-rata share instead, so it was not used.");
                }
            }
            return nonPriority(ordered, remaining, priorityPaid, unmetAny);
        }

        Allocation nonPriority(List<Classified> ordered, Pence remaining, Pence priorityPaid, boolean unmetAny) {
            List<Classified> np = ordered.stream().filter(c -> !c.priority()).toList();
            if (np.isEmpty()) {
                return new Allocation(priorityPaid, remaining, Pence.ZERO, remaining, Pence.ZERO,
                        NonPriorityMethod.NO_NON_PRIORITY_DEBTS, unmetAny);
            }
            Pence total = np.stream().map(Classified::balance).reduce(Pence.ZERO, Pence::plus);
            Pence token = request.tokenPaymentPence() == null ? DebtRules.DEFAULT_TOKEN_PAYMENT_PENCE
                    : request.tokenPaymentPence();
            if (!remaining.isLessThan(total)) {
                for (Classified c : np) {
                    c.payment = c.balance();
                    c.paymentBasis = PaymentBasis.PAID_IN_FULL;
                }
                explanation.step(DebtRules.PAY_IN_FULL,
                        "What is left covers every non-priority balance, so each is paid in full",
                        List.of(Fact.of("available for non-priority", remaining),
                                Fact.of("non-priority balances", total)),
                        total + " paid, " + remaining.minus(total) + " unallocated");
                return new Allocation(priorityPaid, remaining, total, remaining.minus(total), Pence.ZERO,
                        NonPriorityMethod.PAID_IN_FULL, unmetAny);
            }
            if (remaining.isLessThan(token.times(np.size()))) {
                Pence offered = Pence.ZERO;
                List<Fact> facts = new ArrayList<>();
                for (Classified c : np) {
                    c.payment = Pence.min(token, c.balance());
                    c.paymentBasis = PaymentBasis.TOKEN;
                    offered = offered.plus(c.payment);
                    facts.add(Fact.of(c.input.id(), c.payment + " a month"));
                }
                Pence beyond = offered.minusFloorZero(remaining);
                Pence unallocated = remaining.minusFloorZero(offered);
                facts.add(0, Fact.of("token payment", token + " a month per creditor"));
                facts.add(0, Fact.of("available for non-priority", remaining));
                explanation.step(DebtRules.PAY_TOKEN,
                        "Too little is left to give each non-priority creditor the token amount, so each is offered a "
                                + "token payment", facts,
                        offered + " a month offered" + (beyond.isPositive() ? ", " + beyond + " more than the budget "
                                + "shows is available" : ""));
                if (request.tokenPaymentPence() == null) {
                    explanation.assume("debt.token_payment_amount", AssumptionSource.UNCONFIRMED_RULE,
                            "The token payment is £1 a month per creditor, the usual debt-advice offer; it is not a "
                                    + "figure from legislation and an adviser may set another.");
                }
                return new Allocation(priorityPaid, remaining, offered, unallocated, beyond,
                        NonPriorityMethod.TOKEN_PAYMENTS, unmetAny);
            }
            proRata(np, remaining, total);
            explanation.assume("debt.pro_rata_practice", AssumptionSource.UNCONFIRMED_RULE,
                    "Sharing what is left pro rata to balance is the usual debt-advice practice; no source read for "
                            + "Hearth confirms it (uk-rules.md §3.3 item 7).");
            return new Allocation(priorityPaid, remaining, remaining, Pence.ZERO, Pence.ZERO,
                    NonPriorityMethod.PRO_RATA, unmetAny);
        }

        /** Pro rata to balance: floor each exact share, then largest remainders get the leftover pennies. */
        void proRata(List<Classified> np, Pence available, Pence total) {
            BigInteger pool = BigInteger.valueOf(available.value());
            BigInteger denominator = BigInteger.valueOf(total.value());
            List<Fact> shares = new ArrayList<>();
            BigInteger[] remainders = new BigInteger[np.size()];
            long given = 0;
            for (int i = 0; i < np.size(); i++) {
                Classified c = np.get(i);
                BigInteger numerator = pool.multiply(BigInteger.valueOf(c.balance().value()));
                BigInteger[] qr = numerator.divideAndRemainder(denominator);
                Pence floor = RoundingRule.DOWN_TO_PENNY.round(new BigDecimal(numerator)
                        .divide(new BigDecimal(denominator), 6, RoundingMode.DOWN));
                if (floor.value() != qr[0].longValueExact()) {
                    throw new IllegalStateException("pro-rata floor disagrees with integer division");
                }
                c.payment = floor;
                c.paymentBasis = PaymentBasis.PRO_RATA;
                remainders[i] = qr[1];
                given += floor.value();
                shares.add(Fact.of(c.input.id(), available + " x " + c.balance() + " / " + total + " = "
                        + exactPounds(numerator, denominator) + " -> " + floor));
            }
            explanation.step(DebtRules.PAY_PRO_RATA,
                    "Share " + available + " among non-priority creditors in proportion to balance", shares,
                    Pence.of(given) + " shared before remainder pennies", RoundingRule.DOWN_TO_PENNY);
            long leftover = available.value() - given;
            if (leftover > 0) {
                List<Integer> byRemainder = new ArrayList<>();
                for (int i = 0; i < np.size(); i++) {
                    byRemainder.add(i);
                }
                byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i], Comparator.reverseOrder())
                        .thenComparing(i -> np.get(i).balance(), Comparator.reverseOrder())
                        .thenComparingInt(i -> i));
                List<Fact> pennies = new ArrayList<>();
                for (int k = 0; k < leftover; k++) {
                    Classified c = np.get(byRemainder.get(k));
                    c.payment = c.payment.plus(Pence.of(1));
                    pennies.add(Fact.of(c.input.id(), "+1p (fraction cut off: "
                            + fraction(remainders[byRemainder.get(k)], denominator) + "p)"));
                }
                explanation.step(DebtRules.PAY_REMAINDER,
                        leftover + (leftover == 1 ? " penny was" : " pennies were") + " left by rounding down; "
                                + "each goes to the largest fraction cut off", pennies,
                        "shares add up to " + available);
            }
        }

        // -------------------------------------------------------------------------------------------- flags

        List<AdviceFlag> flags(List<Classified> ordered, BudgetLines budget, Allocation allocation) {
            List<AdviceFlag> flags = new ArrayList<>();
            boolean deficit = budget.available.isNegative();
            if (deficit) {
                explanation.step(DebtRules.FLAG_BUDGET_DEFICIT, "Essential spending is more than income",
                        List.of(Fact.of("available for debts", budget.available)), "flagged");
                flags.add(flag(DebtRules.FLAG_BUDGET_DEFICIT, "Spending is more than income",
                        "Essential spending is " + budget.available.negate() + " a month more than income, so nothing "
                                + "is available for debts and the budget needs advice.",
                        List.of("income " + budget.income + " a month", "essential spending "
                                + budget.ongoingPriority.plus(budget.otherEssential) + " a month"), List.of()));
            }
            if (allocation.priorityUnmet) {
                List<String> facts = ordered.stream().filter(c -> c.unmet.isPositive())
                        .map(c -> c.input.id() + ": " + c.unmet + " a month of the instalment cannot be met")
                        .toList();
                explanation.step(DebtRules.FLAG_PRIORITY_UNMET, "Not every priority instalment can be met",
                        facts.stream().map(f -> Fact.of("unmet", f)).toList(), "flagged");
                flags.add(flag(DebtRules.FLAG_PRIORITY_UNMET, "Priority payments cannot all be met",
                        "The budget cannot meet every priority instalment; the creditors of priority debts can take "
                                + "the home, liberty or essentials, so advice is needed now.", facts, List.of()));
            }
            boolean imminent = ordered.stream().anyMatch(Classified::imminent);
            boolean pressure = imminent || deficit || allocation.priorityUnmet
                    || allocation.method == NonPriorityMethod.TOKEN_PAYMENTS;
            DebtAdviceFacts facts = request.adviceFacts() == null ? DebtAdviceFacts.unknown() : request.adviceFacts();
            Pence totalDebts = ordered.stream().map(Classified::balance).reduce(Pence.ZERO, Pence::plus);
            if (nation == Nation.ENGLAND || nation == Nation.WALES) {
                breathingSpace(flags, ordered, facts, pressure, pressureReasons(imminent, deficit, allocation));
                debtReliefOrder(flags, facts, budget, totalDebts, ordered);
            } else if (nation == Nation.SCOTLAND && pressure && !ordered.isEmpty()) {
                List<String> why = pressureReasons(imminent, deficit, allocation);
                explanation.step(DebtRules.FLAG_SCOTTISH_MORATORIUM, "Breathing Space does not apply in Scotland; "
                                + "point to the Scottish moratorium", why.stream().map(w -> Fact.of("seen", w)).toList(),
                        "flagged");
                AdviceFlag f = flag(DebtRules.FLAG_SCOTTISH_MORATORIUM, "Scotland's statutory moratorium may help",
                        "Breathing Space does not apply in Scotland; Scotland has its own statutory moratorium on "
                                + "creditor action, which a Scottish money adviser can explain.", why,
                        List.of("eligibility under Scottish rules (not modelled by Hearth)"));
                flags.add(f);
            }
            formalOptions(flags, ordered, allocation);
            return flags;
        }

        List<String> pressureReasons(boolean imminent, boolean deficit, Allocation allocation) {
            List<String> why = new ArrayList<>();
            if (imminent) {
                why.add("enforcement is under way on at least one debt");
            }
            if (deficit) {
                why.add("essential spending is more than income");
            }
            if (allocation.priorityUnmet) {
                why.add("priority instalments cannot all be met");
            }
            if (allocation.method == NonPriorityMethod.TOKEN_PAYMENTS) {
                why.add("only token payments can be offered to non-priority creditors");
            }
            return why;
        }

        void breathingSpace(List<AdviceFlag> flags, List<Classified> ordered, DebtAdviceFacts facts, boolean pressure,
                            List<String> why) {
            boolean qualifying = ordered.stream().anyMatch(c -> !BREATHING_SPACE_EXCLUDED.contains(c.type));
            boolean insolvent = Boolean.TRUE.equals(facts.inInsolvencyProcedure());
            boolean recent = Boolean.TRUE.equals(facts.standardBreathingSpaceInLast12Months());
            List<String> cited = List.of(
                    "standard Breathing Space lasts up to " + thresholds.breathingSpaceDays() + " days: most interest, "
                            + "fees and charges are frozen and most enforcement and creditor contact paused",
                    "ongoing rent or mortgage, utilities and taxes must still be paid",
                    "access only through an FCA-authorised debt adviser",
                    "not available in a DRO, IVA, interim order or undischarged bankruptcy, or within 12 months of a "
                            + "previous standard Breathing Space",
                    "source: " + thresholds.breathingSpaceSource());
            if (facts.mentalHealthCrisisTreatment() && qualifying && !insolvent) {
                explanation.step(DebtRules.FLAG_MENTAL_HEALTH_CRISIS, "The person is receiving mental health crisis "
                        + "treatment", List.of(Fact.of("mental health crisis treatment", true)), "flagged");
                flags.add(flag(DebtRules.FLAG_MENTAL_HEALTH_CRISIS, "Mental health crisis Breathing Space",
                        "The person is receiving mental health crisis treatment: a mental health crisis Breathing "
                                + "Space lasts for the treatment plus 30 days, can be used more than once a year, and "
                                + "needs evidence from an Approved Mental Health Professional rather than debt advice.",
                        List.of("source: " + thresholds.breathingSpaceSource()),
                        List.of("evidence from an Approved Mental Health Professional")));
            }
            explanation.step(DebtRules.FLAG_BREATHING_SPACE, "Check whether a standard Breathing Space may be worth "
                            + "advice",
                    List.of(Fact.of("pressure on the budget or enforcement under way", pressure),
                            Fact.of("a qualifying debt (not only fines, UC advances or student loans)", qualifying),
                            Fact.of("in a formal insolvency procedure", describe(facts.inInsolvencyProcedure())),
                            Fact.of("standard Breathing Space in the last 12 months",
                                    describe(facts.standardBreathingSpaceInLast12Months()))),
                    pressure && qualifying && !insolvent && !recent ? "flagged" : "not flagged");
            if (!pressure || !qualifying || insolvent || recent) {
                return;
            }
            List<String> toCheck = new ArrayList<>();
            if (facts.inInsolvencyProcedure() == null) {
                toCheck.add("whether the person is in a DRO, IVA, interim order or undischarged bankruptcy");
            }
            if (facts.standardBreathingSpaceInLast12Months() == null) {
                toCheck.add("whether a standard Breathing Space was used in the last 12 months");
            }
            List<String> all = new ArrayList<>(why);
            all.addAll(cited);
            flags.add(flag(DebtRules.FLAG_BREATHING_SPACE, "Breathing Space may be worth advice",
                    "A standard Breathing Space could pause enforcement and freeze most interest and charges while "
                            + "the debts are sorted out.", all, toCheck));
        }

        void debtReliefOrder(List<AdviceFlag> flags, DebtAdviceFacts facts, BudgetLines budget, Pence totalDebts,
                             List<Classified> ordered) {
            if (ordered.isEmpty()) {
                return;
            }
            Pence surplus = Pence.max(budget.available, Pence.ZERO);
            boolean debtsOk = !totalDebts.isGreaterThan(thresholds.droMaxDebtsPence());
            boolean surplusOk = !surplus.isGreaterThan(thresholds.droMaxMonthlySurplusPence());
            Boolean homeOk = facts.ownsHome() == null ? null : !facts.ownsHome();
            Boolean assetsOk = facts.assetsValuePence() == null ? null
                    : !facts.assetsValuePence().isGreaterThan(thresholds.droMaxAssetsPence());
            Boolean vehicleOk = facts.vehicleValuePence() == null ? null
                    : facts.vehicleValuePence().isLessThan(thresholds.droVehicleLimitPence());
            boolean insolvent = Boolean.TRUE.equals(facts.inInsolvencyProcedure());
            boolean flagged = debtsOk && surplusOk && !Boolean.FALSE.equals(homeOk) && !Boolean.FALSE.equals(assetsOk)
                    && !Boolean.FALSE.equals(vehicleOk) && !insolvent;
            explanation.step(DebtRules.FLAG_DEBT_RELIEF_ORDER, "Compare the known facts with the Debt Relief Order "
                            + "limits",
                    List.of(Fact.of("total debts", totalDebts + " (limit " + thresholds.droMaxDebtsPence() + ")"),
                            Fact.of("monthly surplus", surplus + " (limit " + thresholds.droMaxMonthlySurplusPence()
                                    + ")"),
                            Fact.of("not a home owner", describe(homeOk)),
                            Fact.of("assets within " + thresholds.droMaxAssetsPence(), describe(assetsOk)),
                            Fact.of("vehicle worth less than " + thresholds.droVehicleLimitPence(),
                                    describe(vehicleOk))),
                    flagged ? "flagged" : "not flagged");
            if (!flagged) {
                return;
            }
            List<String> toCheck = new ArrayList<>();
            if (homeOk == null) {
                toCheck.add("whether anyone in the household owns their home");
            }
            if (assetsOk == null) {
                toCheck.add("the value of savings and other assets (limit " + thresholds.droMaxAssetsPence() + ")");
            }
            if (vehicleOk == null) {
                toCheck.add("the value of any vehicle (must be under " + thresholds.droVehicleLimitPence() + ")");
            }
            toCheck.add("which debts qualify: some (for example court fines) cannot be included; the total here is "
                    + "every debt entered");
            toCheck.add("residence or work in England or Wales in the last 3 years, and no DRO in the last 6 years");
            flags.add(flag(DebtRules.FLAG_DEBT_RELIEF_ORDER, "A Debt Relief Order may be worth advice",
                    "The known facts are within the Debt Relief Order limits. A DRO is applied for through an approved "
                            + "intermediary; most creditors cannot take action for 12 months, after which qualifying "
                            + "debts are written off.",
                    List.of("total debts " + totalDebts + " (limit " + thresholds.droMaxDebtsPence() + ")",
                            "monthly surplus " + surplus + " (limit " + thresholds.droMaxMonthlySurplusPence() + ")",
                            "source: " + thresholds.droSource()), toCheck));
        }

        void formalOptions(List<AdviceFlag> flags, List<Classified> ordered, Allocation allocation) {
            List<Classified> np = ordered.stream().filter(c -> !c.priority()).toList();
            if (np.isEmpty()) {
                return;
            }
            Pence npTotal = np.stream().map(Classified::balance).reduce(Pence.ZERO, Pence::plus);
            long longest = np.stream().filter(c -> c.payment.isPositive())
                    .mapToLong(c -> (c.balance().value() + c.payment.value() - 1) / c.payment.value()).max().orElse(0);
            boolean nothingPaid = np.stream().anyMatch(c -> c.payment.isZero());
            boolean tooLong = longest > thresholds.longRepaymentMonths();
            boolean token = allocation.method == NonPriorityMethod.TOKEN_PAYMENTS;
            boolean flagged = token || tooLong || nothingPaid;
            Pence petition = nation == Nation.SCOTLAND ? thresholds.scotlandBankruptcyMinimumPence()
                    : thresholds.bankruptcyPetitionMinimumPence();
            explanation.step(DebtRules.FLAG_FORMAL_OPTIONS, "Check how long non-priority debts would take to clear",
                    List.of(Fact.of("non-priority balances", npTotal),
                            Fact.of("longest time to clear at planned payments", longest + " months"),
                            Fact.of("Hearth trigger", "more than " + thresholds.longRepaymentMonths()
                                    + " months, or token payments only")),
                    flagged ? "flagged" : "not flagged");
            if (!flagged) {
                return;
            }
            List<String> facts = new ArrayList<>();
            if (token) {
                facts.add("only token payments can be offered to non-priority creditors");
            } else if (tooLong) {
                facts.add("at the planned payments the non-priority debts would take up to " + longest + " months to "
                        + "clear (Hearth's trigger is " + thresholds.longRepaymentMonths() + " months; not law)");
            }
            facts.add("non-priority balances total " + npTotal);
            facts.add((nation == Nation.SCOTLAND ? "in Scotland" : "in England and Wales") + " creditors owed at "
                    + "least " + petition + " can petition for bankruptcy (" + thresholds.bankruptcySource() + ")");
            flags.add(flag(DebtRules.FLAG_FORMAL_OPTIONS, "Formal debt options may be worth advice",
                    "Repaying the non-priority debts this way would take a very long time or is not possible, so an "
                            + "adviser should look at formal options (for example a Debt Relief Order, an IVA or "
                            + "bankruptcy in England and Wales, or their Scottish equivalents).", facts,
                    List.of("the person's full circumstances: formal options have serious consequences")));
        }

        AdviceFlag flag(Rule rule, String title, String reason, List<String> facts,
                        List<String> toCheck) {
            return new AdviceFlag(rule.id(), title, reason, facts, toCheck);
        }
    }

    private static String describe(Boolean value) {
        return value == null ? "not known" : value ? "yes" : "no";
    }

    /** numerator / denominator shown in pence, cut (not rounded) to 4 decimal places: display only. */
    private static String exactPounds(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 4, RoundingMode.DOWN).toPlainString()
                + "p";
    }

    /** remainder / denominator of a penny, to 4 decimal places (display only). */
    private static String fraction(BigInteger remainder, BigInteger denominator) {
        return new BigDecimal(remainder).divide(new BigDecimal(denominator), 4, RoundingMode.DOWN)
                .toPlainString();
    }
}
