package dev.hearth.domain.explain;

/** Where an assumption behind a result comes from, so a client can choose its "estimate" wording. */
public enum AssumptionSource {
    /** The user told us this fact; the result is only as good as what they said. */
    USER_SUPPLIED,
    /** The user did not say, so a documented default was used. */
    DEFAULTED,
    /** Worked out by us from other facts (e.g. an age from a date of birth). */
    INFERRED,
    /** A rate or rule applied whose source has not been confirmed against primary legislation. */
    UNCONFIRMED_RULE
}
