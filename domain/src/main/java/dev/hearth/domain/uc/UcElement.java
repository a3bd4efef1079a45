package dev.hearth.domain.uc;

/** The parts of the maximum amount of a Universal Credit award (WRA 2012 s.8(2); UC Regs reg 23). */
public enum UcElement {
    STANDARD_ALLOWANCE,
    CHILD_ELEMENT,
    DISABLED_CHILD_ADDITION,
    LCW_ELEMENT,
    LCWRA_ELEMENT,
    CARER_ELEMENT,
    CHILDCARE_COSTS_ELEMENT,
    HOUSING_COSTS_ELEMENT
}
