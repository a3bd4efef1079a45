package dev.hearth.domain.debt;

/**
 * Whether a debt is a priority debt. CPAG Debt Advice Handbook: priority is decided objectively by the severity of the
 * creditor's remedy: a debt is a priority if not paying it could cost the household its home, liberty, or essential
 * goods or services; not by its size or interest rate.
 */
public enum PriorityStatus {
    /** Not paying could cost the home, liberty, essential goods or services, or the creditor has comparable powers. */
    PRIORITY,
    /** The creditor must go to court for a judgment first; no loss of home, liberty or essentials follows directly. */
    NON_PRIORITY
}
