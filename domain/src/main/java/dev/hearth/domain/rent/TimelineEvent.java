package dev.hearth.domain.rent;

/** What happens on a timeline date. On one day, rent falling due is applied first, so the balance shown is the day's
 * highest. */
public enum TimelineEvent {
    /** A rent payment falls due (adds to the balance). */
    RENT_DUE,
    /** The Universal Credit housing element is paid (reduces the balance). */
    UC_HOUSING_PAYMENT,
    /** The tenant's own payment towards the rent (reduces the balance). */
    TENANT_PAYMENT
}
