package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.place.Nation;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules {@code debt.classify.table}, {@code debt.classify.circumstances} and {@code debt.classify.adviser}: each debt
 * is priority or non-priority by the severity of the creditor's remedy (CPAG Debt Advice Handbook), from the table for
 * its type and nation ({@link DebtClassifications}); circumstances that take that remedy away (a former home or address,
 * a former supplier, no benefit to deduct from) make it non-priority, with the reason; an adviser's classification,
 * with a recorded reason, replaces either.
 */
final class DebtClassifier {

    private DebtClassifier() {
    }

    /** The classification used for one debt: the adviser's, else the circumstances', else the table's. */
    static ClassifiedDebt classify(int index, DebtInput input, DebtType type, ClassificationEntry entry) {
        AdviserClassification adviser = input.adviserClassification();
        if (adviser == null) {
            String because = circumstanceReason(type, input.circumstances());
            if (because != null && entry.status() == PriorityStatus.PRIORITY) {
                return new ClassifiedDebt(index, input, type, entry, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE,
                        "non-priority in these circumstances: " + because,
                        "circumstances (table default: " + entry.status() + ", " + entry.source() + ")",
                        because.contains("[D]") ? SourceConfidence.DERIVED : SourceConfidence.SECONDARY,
                        ClassificationBasis.CIRCUMSTANCES, because);
            }
            return new ClassifiedDebt(index, input, type, entry, entry.status(), entry.category(), entry.sanction(),
                    entry.source(), entry.confidence(), ClassificationBasis.TABLE, "");
        }
        boolean nonPriority = adviser.status() == PriorityStatus.NON_PRIORITY;
        SanctionCategory category = nonPriority ? SanctionCategory.NONE : adviser.category();
        String sanction = nonPriority ? "classified non-priority by an adviser"
                : "classified by an adviser as " + category.label();
        return new ClassifiedDebt(index, input, type, entry, adviser.status(), category, sanction,
                "adviser classification (table default: " + entry.status() + ", " + entry.source() + ")",
                entry.confidence(), ClassificationBasis.ADVISER, adviser.justification());
    }

    /**
     * {@code debt.classify.circumstances}: why the debt's circumstances take away the remedy that makes its type a
     * priority, or null when they do not (or are not known).
     */
    static String circumstanceReason(DebtType type, DebtCircumstances k) {
        if (k == null) {
            return null;
        }
        boolean home = type == DebtType.RENT_ARREARS || type == DebtType.MORTGAGE_ARREARS
                || type == DebtType.GROUND_RENT_OR_SERVICE_CHARGE;
        boolean fuel = type == DebtType.GAS || type == DebtType.ELECTRICITY;
        boolean deduction = type == DebtType.BENEFIT_OVERPAYMENT || type == DebtType.TAX_CREDIT_OVERPAYMENT
                || type == DebtType.SOCIAL_FUND_LOAN || type == DebtType.UC_ADVANCE;
        if (home && Boolean.FALSE.equals(k.forCurrentHome())) {
            return "the debt is for a former home, so it can no longer cost the household its home; the creditor "
                    + "must sue for it like any unsecured creditor (derived from the CPAG principle [D])";
        }
        if (fuel && Boolean.FALSE.equals(k.forCurrentHome())) {
            return "the bill is for a former address, and a supply can be cut off only at the address the bill relates "
                    + "to (CPAG Debt Advice Handbook, EA 1989 Sch 6 para 2, GA 1986 Sch 2B para 7; National Debtline "
                    + "'old bills from different addresses') [S]";
        }
        if (fuel && Boolean.FALSE.equals(k.owedToCurrentSupplier())) {
            return "the debt is owed to a former supplier, which no longer supplies the home and cannot disconnect it "
                    + "(CPAG Debt Advice Handbook) [S]; check it has not been assigned to the current supplier, which "
                    + "could then disconnect for it (GA 1986 Sch 2B para 7(4))";
        }
        if (deduction && Boolean.FALSE.equals(k.receivesDeductibleBenefits())) {
            return "no benefit is in payment to deduct it from; 'if you are not on any benefits, you can treat the "
                    + "overpayment as a non-priority debt' (Business Debtline) [S]; DWP may still recover from "
                    + "earnings by a direct earnings attachment without a court order (National Debtline) [S]";
        }
        return null;
    }

    /**
     * Records each classification in the explanation, with an assumption where a contested default was used or the
     * classification is not confirmed (for Scotland: not separately researched).
     */
    static void explain(List<ClassifiedDebt> debts, Nation nation, ExplanationBuilder explanation) {
        for (ClassifiedDebt c : debts) {
            List<Fact> inputs = new ArrayList<>();
            inputs.add(Fact.of("debt", c.ref()));
            inputs.add(Fact.of("nation", nation));
            inputs.add(Fact.of("table", c.table.status() + " (" + c.table.category().label() + "): "
                    + c.table.sanction()));
            inputs.add(Fact.of("source", c.table.source() + " [" + c.table.confidence() + "]"));
            String outcome = c.status + " (" + c.category.label() + ")";
            DebtCircumstances k = c.input.circumstances();
            if (k != null && Boolean.TRUE.equals(k.arrangementInPlace())) {
                inputs.add(Fact.of("arrangement", "an arrangement has been agreed and is being kept"
                        + (c.input.monthlyInstalmentPence() == null ? "" : ": "
                        + c.input.monthlyInstalmentPence() + " a month") + "; recorded only: the debt keeps its "
                        + "status and its enforcement urgency, as no source read says that keeping an arrangement "
                        + "stops the next enforcement step (the sources checked are listed in docs/rules/debts.md)"));
            }
            if (c.basis == ClassificationBasis.ADVISER) {
                inputs.add(Fact.of("adviser justification", c.justification));
                explanation.step(DebtRules.CLASSIFY_ADVISER,
                        (c.table.contested() ? "The status of " + c.type.label() + " is contested; "
                                : "An adviser overrides the classification of " + c.type.label() + "; ")
                                + "the adviser's classification is used",
                        inputs, outcome);
                if (!c.table.contested()) {
                    explanation.assume("debt.adviser_override." + c.input.id(), AssumptionSource.USER_SUPPLIED,
                            "An adviser classified " + c.input.id() + " (" + c.type.label() + ") as " + c.status
                                    + " although its status is not contested (table: " + c.table.status()
                                    + "); the adviser's reason is recorded with the debt.");
                }
            } else if (c.basis == ClassificationBasis.CIRCUMSTANCES) {
                inputs.add(Fact.of("circumstances", c.justification));
                explanation.step(DebtRules.CLASSIFY_CIRCUMSTANCES,
                        "The circumstances of " + c.ref() + " take away the remedy that makes it a priority",
                        inputs, outcome);
            } else {
                explanation.step(DebtRules.CLASSIFY_TABLE,
                        "Classify " + c.type.label() + " by the severity of the creditor's remedy", inputs, outcome);
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
}
