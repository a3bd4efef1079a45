package dev.hearth.domain.rent;

/**
 * Which kind of social landlord, when the tenure is social. It matters for possession law: a council tenancy in England
 * is normally a secure tenancy under the Housing Act 1985, outside Housing Act 1988 Ground 8; a housing association
 * tenancy is normally an assured tenancy under the Housing Act 1988.
 */
public enum SocialLandlord {
    /** A local authority (council). */
    LOCAL_AUTHORITY,
    /** A housing association (private registered provider of social housing). */
    HOUSING_ASSOCIATION
}
