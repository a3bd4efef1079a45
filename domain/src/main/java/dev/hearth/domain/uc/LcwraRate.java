package dev.hearth.domain.uc;

/**
 * Which LCWRA element rate applies to a claimant from April 2026, when the Universal Credit Act 2025 split it: the
 * protected rate (£429.80 in 2026-27) for pre-2026 claimants, claimants meeting the severe conditions criteria and
 * terminally ill claimants; the new-claim rate (£217.26) for anyone else. In earlier rates years there is one rate and
 * this fact does not matter.
 */
public enum LcwraRate {
    /** Had the LCWRA element (or was being assessed for it) before 6 April 2026: protected rate. */
    PRE_2026_CLAIMANT,
    /** Meets the severe conditions criteria: protected rate. */
    SEVERE_CONDITIONS_CRITERIA,
    /** Terminally ill: protected rate. */
    TERMINALLY_ILL,
    /** Anyone else whose LCWRA was found on a claim from 6 April 2026: the new-claim rate. */
    NEW_CLAIM_FROM_APRIL_2026;

    /** True for the groups that keep the higher rate. */
    public boolean isProtected() {
        return this != NEW_CLAIM_FROM_APRIL_2026;
    }
}
