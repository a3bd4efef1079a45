package dev.hearth.domain.housing;

/** A child's sex, needed only because the size criteria let two children under 16 of the same sex share a bedroom. */
public enum Sex {
    FEMALE,
    MALE
}
