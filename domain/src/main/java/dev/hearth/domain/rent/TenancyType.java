package dev.hearth.domain.rent;

/**
 * The kind of tenancy, which decides the possession grounds and notice periods it faces ({@code rent.tenancy.grounds}).
 * Optional on a request: without it the engine works from tenure and social landlord type as before.
 */
public enum TenancyType {
    /** England: an assured tenancy (Housing Act 1988), private or housing association. */
    ASSURED,
    /**
     * England: an assured shorthold tenancy (Housing Act 1988). From 1 May 2026 private assured shorthold tenancies
     * become assured tenancies and section 21 no longer applies to them (Renters' Rights Act 2025).
     */
    ASSURED_SHORTHOLD,
    /** England: a council's secure tenancy (Housing Act 1985). */
    SECURE,
    /** England: a council's introductory (trial) tenancy (Housing Act 1996 Part 5 Chapter 1). */
    INTRODUCTORY,
    /** England: a council's flexible (fixed-term secure) tenancy (Housing Act 1985 s.107A). */
    FLEXIBLE,
    /** Scotland: a private residential tenancy (Private Housing (Tenancies) (Scotland) Act 2016). */
    SCOTTISH_PRIVATE_RESIDENTIAL,
    /** Scotland: a Scottish secure tenancy (Housing (Scotland) Act 2001). */
    SCOTTISH_SECURE;

    /** Whether the type exists in Scotland (otherwise England). */
    boolean scottish() {
        return this == SCOTTISH_PRIVATE_RESIDENTIAL || this == SCOTTISH_SECURE;
    }

    /** Whether only a social landlord grants it. */
    boolean socialOnly() {
        return this == SECURE || this == INTRODUCTORY || this == FLEXIBLE || this == SCOTTISH_SECURE;
    }
}
