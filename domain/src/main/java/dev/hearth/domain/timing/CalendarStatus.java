package dev.hearth.domain.timing;

/** How settled a year's bank-holiday list is. */
public enum CalendarStatus {
    /** The dates are the ones published on gov.uk/bank-holidays for that year. */
    PUBLISHED,
    /**
     * The dates follow the statutory pattern and the usual royal proclamation of substitute days, but the proclamation
     * for the year may not yet have been made, or the list was not checked against gov.uk directly. A result that uses
     * such a year says so in its assumptions.
     */
    PROVISIONAL
}
