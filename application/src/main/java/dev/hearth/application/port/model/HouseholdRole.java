package dev.hearth.application.port.model;

import java.util.Locale;

/**
 * A person's standing role in one household (ADR 0019). Support staff have no role: they reach a household only through
 * a time-limited crisis override.
 */
public enum HouseholdRole {
    /** Made the household or was made owner: everything, including who else may see it, export and deletion. */
    OWNER,
    /** Lives in or manages the household with the owner: reads, and changes facts, debts and estimates. */
    MEMBER,
    /** A money adviser the household invited: reads, and writes notes. */
    ADVISER;

    /** The lower-case code used on the wire and in storage. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this code. @throws IllegalArgumentException for an unknown code */
    public static HouseholdRole fromCode(String code) {
        for (HouseholdRole r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown household role");
    }
}
