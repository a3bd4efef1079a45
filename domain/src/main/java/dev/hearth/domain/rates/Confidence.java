package dev.hearth.domain.rates;

/**
 * How sure we are of a figure, using the marks of the team's rules reference ({@code uk-rules.md}):
 * read in the legislation or on gov.uk ({@link #PRIMARY}), taken from a specialist secondary source
 * ({@link #SECONDARY}), derived by us from confirmed rules and inputs ({@link #DERIVED}), or not confirmed
 * ({@link #UNCONFIRMED}). Anything below {@link #PRIMARY} that changes a result is listed in the result's assumptions.
 */
public enum Confidence {
    PRIMARY,
    SECONDARY,
    DERIVED,
    UNCONFIRMED
}
