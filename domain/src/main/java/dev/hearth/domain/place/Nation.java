package dev.hearth.domain.place;

/**
 * The UK nation a household lives in. Rules differ by nation: bank holidays (payment dates), possession law (England
 * vs Wales vs Scotland), debt enforcement (e.g. no committal for council tax outside England), Scottish choices for UC.
 */
public enum Nation {
    ENGLAND,
    WALES,
    SCOTLAND,
    NORTHERN_IRELAND
}
