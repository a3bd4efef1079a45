package dev.hearth.domain.debt;

/** Why a debt is offered the monthly payment the plan shows. */
public enum PaymentBasis {
    /** A priority debt paid its stated instalment in full. */
    PRIORITY_INSTALMENT,
    /** A priority debt whose stated instalment could not be met in full from what is available. */
    PRIORITY_INSTALMENT_PARTLY_MET,
    /** A priority debt with no stated instalment: it receives what is left, up to its balance. */
    PRIORITY_AVAILABLE_SURPLUS,
    /** A non-priority debt's share of what is left, pro rata to balance. */
    PRO_RATA,
    /** A non-priority debt paid in full because what is left covers every non-priority balance. */
    PAID_IN_FULL,
    /** A non-priority debt offered a token payment because too little or nothing is left. */
    TOKEN,
    /** Nothing can be offered (a priority debt when nothing is left). */
    NOTHING_AVAILABLE
}
