package dev.hearth.domain.housing;

import java.util.List;
import java.util.Objects;

/**
 * How many bedrooms the household is entitled to under the size criteria (UC Regs 2013 Sch 4 paras 8-12), and why.
 *
 * @param bedrooms   the entitlement used for the calculation: for the private sector capped at the maximum LHA
 *                   category; for the social sector not capped
 * @param uncapped   the entitlement before any cap
 * @param allocations one line per bedroom (or additional bedroom), saying who it is for and under which rule
 */
public record BedroomEntitlement(int bedrooms, int uncapped, List<Allocation> allocations) {

    public BedroomEntitlement {
        allocations = List.copyOf(allocations);
    }

    /** True when the private-sector maximum cut the entitlement down. */
    public boolean capped() {
        return bedrooms < uncapped;
    }

    /**
     * One bedroom in the entitlement.
     *
     * @param reason    the size-criteria rule that gives it
     * @param occupants who it is for, by input path, e.g. {@code [children[0], children[2]]}
     */
    public record Allocation(Reason reason, List<String> occupants) {
        public Allocation {
            Objects.requireNonNull(reason, "reason");
            occupants = List.copyOf(occupants);
        }
    }

    /** The size-criteria rule behind one bedroom. */
    public enum Reason {
        /** The renter, or joint renters who are a couple (para 10(1)(a)). */
        RENTER,
        /** A couple of non-dependants (para 10(1)(b)). */
        NON_DEPENDANT_COUPLE,
        /** A person aged 16 or over who is not a renter (para 10(1)(c)). */
        PERSON_16_OR_OVER,
        /** Two children of the same sex (para 10(1)(d)). */
        TWO_CHILDREN_SAME_SEX,
        /** Two children under 10 (para 10(1)(e)). */
        TWO_CHILDREN_UNDER_10,
        /** Any other child (para 10(1)(f)). */
        CHILD,
        /** A child who cannot share because of disability and so has a room alone (para 12(6)). */
        DISABLED_CHILD_CANNOT_SHARE,
        /** A member of a couple who cannot share with their partner because of disability (para 12(6A)). */
        DISABLED_PERSON_CANNOT_SHARE,
        /** An additional bedroom for a non-resident overnight carer (para 12(A1), (3)). */
        OVERNIGHT_CARER,
        /** An additional bedroom for a foster parent or adopter (para 12(1)(b), (4)-(5)). */
        FOSTER_PARENT
    }
}
