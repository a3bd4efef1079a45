package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a plan request and classifies each valid debt. Every violation is collected, with the field path as the
 * caller named it (for example {@code debts[2].balancePence}). The lengths and the enforcement-date window are input
 * guards, not rules; the plausibility limits are typing-error guards ({@link DebtRules}).
 */
final class DebtPlanValidator {

    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_CREDITOR_LENGTH = 200;
    private static final int MAX_JUSTIFICATION_LENGTH = 2000;
    /** An enforcement date may be up to a year after the plan date ... */
    private static final int ENFORCEMENT_WINDOW_DAYS = 366;
    /** ... and up to seven years before it (every event is stale by then: CPR 83.2(3)(a) six years). */
    private static final int ENFORCEMENT_PAST_YEARS = 7;

    private DebtPlanValidator() {
    }

    /** The valid debts, classified, in input order; every violation found is added to {@code v}. */
    static List<ClassifiedDebt> validate(DebtPlanRequest r, Violations v) {
        List<ClassifiedDebt> out = new ArrayList<>();
        if (r == null) {
            v.add("request", "required", "a plan request is required");
            return out;
        }
        checkPlanDateAndNation(r, v);
        checkBudgetLines(r, v);
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
            ClassifiedDebt classified = checkDebt(r, d, i, path, ids, v);
            if (classified != null) {
                out.add(classified);
            }
        }
        return out;
    }

    private static void checkPlanDateAndNation(DebtPlanRequest r, Violations v) {
        LocalDate firstRules = DebtThresholds.VERSIONS.get(0).effectiveFrom();
        if (r.planDate() == null) {
            v.add("planDate", "required", "the plan date is required");
        } else if (r.planDate().isBefore(firstRules)) {
            v.add("planDate", "rates_not_available", "debt rules are held only for plan dates from " + firstRules);
        }
        if (r.nation() == null) {
            v.add("nation", "required", "the nation the household lives in is required");
        } else if (r.nation() == Nation.NORTHERN_IRELAND) {
            v.add("nation", "nation_not_covered",
                    "debt priorities for Northern Ireland have not been researched, so no plan can be made");
        }
    }

    private static void checkBudgetLines(DebtPlanRequest r, Violations v) {
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
    }

    /** One debt's checks; the classified debt when it is valid and can be classified, else null. */
    private static ClassifiedDebt checkDebt(DebtPlanRequest r, DebtInput d, int i, String path, Set<String> ids,
                                            Violations v) {
        boolean ok = checkId(d, path, ids, v);
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
                v.add(path + ".type", "unknown_debt_type", "the debt type is not one of the known types (see DebtType)");
                ok = false;
            }
        }
        ok &= checkBalance(d, type, path, v);
        if (d.monthlyInstalmentPence() != null && d.monthlyInstalmentPence().isNegative()) {
            v.add(path + ".monthlyInstalmentPence", "must_not_be_negative", "an instalment cannot be negative");
            ok = false;
        } else if (d.monthlyInstalmentPence() != null && d.monthlyInstalmentPence().isAboveInputLimit()) {
            v.requireWithinInputLimit(d.monthlyInstalmentPence(), path + ".monthlyInstalmentPence");
            ok = false;
        }
        if (d.enforcement() != null) {
            ok &= checkEnforcement(d.enforcement(), r.planDate(), path + ".enforcement", v);
        }
        if (d.enforcementEvents() != null) {
            if (d.enforcementEvents().size() > DebtRules.MAX_ENFORCEMENT_EVENTS) {
                v.add(path + ".enforcementEvents", "too_many", "a debt accepts at most "
                        + DebtRules.MAX_ENFORCEMENT_EVENTS + " enforcement events");
                ok = false;
            } else {
                for (int k = 0; k < d.enforcementEvents().size(); k++) {
                    Enforcement e = d.enforcementEvents().get(k);
                    String ePath = path + ".enforcementEvents[" + k + "]";
                    if (e == null) {
                        v.add(ePath, "required", "an enforcement event is required");
                        ok = false;
                    } else {
                        ok &= checkEnforcement(e, r.planDate(), ePath, v);
                    }
                }
            }
        }
        ClassificationEntry entry = null;
        if (type != null && r.nation() != null && r.nation() != Nation.NORTHERN_IRELAND) {
            entry = DebtClassifications.lookup(type, r.nation()).orElseThrow();
        }
        if (d.adviserClassification() != null) {
            ok &= checkAdviserClassification(d.adviserClassification(), entry, path + ".adviserClassification", v);
        }
        return ok && entry != null ? DebtClassifier.classify(i, d, type, entry) : null;
    }

    private static boolean checkId(DebtInput d, String path, Set<String> ids, Violations v) {
        if (d.id() == null || d.id().isBlank()) {
            v.add(path + ".id", "required", "each debt needs an id");
        } else if (d.id().length() > MAX_ID_LENGTH) {
            v.add(path + ".id", "too_long", "a debt id has at most " + MAX_ID_LENGTH + " characters");
        } else if (!ids.add(d.id())) {
            v.add(path + ".id", "duplicate_id", "another debt in this request has the same id");
        } else {
            return true;
        }
        return false;
    }

    private static boolean checkBalance(DebtInput d, DebtType type, String path, Violations v) {
        Pence balance = d.balancePence();
        if (balance == null) {
            v.add(path + ".balancePence", "required", "the balance owed is required");
        } else if (balance.isNegative()) {
            v.add(path + ".balancePence", "must_not_be_negative", "a balance cannot be negative");
        } else if (balance.isAboveInputLimit()) {
            v.requireWithinInputLimit(balance, path + ".balancePence");
        } else if (balance.isZero()) {
            v.add(path + ".balancePence", "must_be_positive", "a debt with nothing owed does not belong in a plan");
        } else if (type != null && !d.largeBalanceConfirmed() && balance.isGreaterThan(plausibleLimit(type))) {
            v.add(path + ".balancePence", "implausible_without_acknowledgement",
                    "a balance above " + plausibleLimit(type) + " must be confirmed with largeBalanceConfirmed");
        } else {
            return true;
        }
        return false;
    }

    /** Typing-error guard: the largest balance accepted without {@code largeBalanceConfirmed}. */
    private static Pence plausibleLimit(DebtType type) {
        return type == DebtType.MORTGAGE_ARREARS || type == DebtType.SECURED_LOAN_ARREARS
                ? DebtRules.PLAUSIBLE_SECURED_BALANCE_LIMIT_PENCE : DebtRules.PLAUSIBLE_BALANCE_LIMIT_PENCE;
    }

    private static boolean checkEnforcement(Enforcement enforcement, LocalDate planDate, String path, Violations v) {
        boolean ok = true;
        if (enforcement.action() == null) {
            v.add(path + ".action", "required", "the enforcement step is required");
            ok = false;
        }
        if (enforcement.date() == null) {
            v.add(path + ".date", "required", "the enforcement date is required");
            ok = false;
        } else if (planDate != null && (enforcement.date().isBefore(planDate.minusYears(ENFORCEMENT_PAST_YEARS))
                || enforcement.date().isAfter(planDate.plusDays(ENFORCEMENT_WINDOW_DAYS)))) {
            v.add(path + ".date", "date_out_of_range",
                    "an enforcement date must be within seven years before, or a year after, the plan date");
            ok = false;
        }
        return ok;
    }

    /** {@code debt.classify.adviser}: any type may be reclassified, with its remedy and a justification. */
    private static boolean checkAdviserClassification(AdviserClassification ac, ClassificationEntry entry,
                                                      String acPath, Violations v) {
        boolean ok = true;
        if (ac.status() == null) {
            v.add(acPath + ".status", "required", "the adviser's priority status is required");
            ok = false;
        } else if (ac.status() == PriorityStatus.PRIORITY
                && (ac.category() == null || ac.category() == SanctionCategory.NONE)) {
            v.add(acPath + ".category", "required", "a priority debt needs the remedy that makes it so");
            ok = false;
        } else if (ac.status() == PriorityStatus.NON_PRIORITY && ac.category() != null
                && ac.category() != SanctionCategory.NONE) {
            v.add(acPath + ".category", "inconsistent_with_status", "a non-priority debt has no priority remedy");
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
        return ok;
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
}
