package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * A validated debt with the classification the plan uses ({@link DebtClassifier#classify}), and what the payment
 * rules decide for it. The payment fields are filled in by {@link PriorityPayments} and {@link NonPriorityPayments}.
 */
final class ClassifiedDebt {
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
    /** The enforcement on the debt, read on the plan date ({@link EnforcementAssessment}); set before ordering. */
    EnforcementAssessment enforcement = EnforcementAssessment.NONE;

    ClassifiedDebt(int index, DebtInput input, DebtType type, ClassificationEntry table, PriorityStatus status,
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

    /** Whether an enforcement step is under way on this debt (an event that has not aged out). */
    boolean imminent() {
        return enforcement.underWay();
    }

    Pence balance() {
        return input.balancePence();
    }

    boolean priority() {
        return status == PriorityStatus.PRIORITY;
    }

    /** How the debt is named in explanations: its id and type. */
    String ref() {
        return input.id() + " (" + type.label() + ")";
    }

    /** Whole months to clear the balance at the planned payment (the last month may be part), or null if nothing paid. */
    Integer monthsToClear() {
        return payment.isPositive() ? (int) monthsToClear(balance(), payment) : null;
    }

    /** Whole months to clear {@code balance} at {@code payment} a month, rounding up. */
    static long monthsToClear(Pence balance, Pence payment) {
        return (balance.value() + payment.value() - 1) / payment.value();
    }
}
