package dev.hearth.domain.debt;

/**
 * How well a classification or threshold is sourced, with the marks used in {@code uk-rules.md}: primary legislation or
 * gov.uk read directly, a specialist secondary source, derived by us from a confirmed principle, or unconfirmed.
 */
public enum SourceConfidence {
    /** [P] legislation.gov.uk text or a gov.uk page read directly. */
    PRIMARY,
    /** [S] specialist secondary source (CPAG, Citizens Advice, Shelter, StepChange, council guidance). */
    SECONDARY,
    /** [D] derived by us from a confirmed principle; the reasoning is stated. */
    DERIVED,
    /** [U] unconfirmed: used because something must be said, and flagged in every result. */
    UNCONFIRMED
}
