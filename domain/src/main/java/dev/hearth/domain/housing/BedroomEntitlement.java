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
        /** The renter, or the joint renters who are a couple (Sch 4 para 10). */
        RENTER,
        /**
         * A person aged 16 or over who is not a renter: a qualifying young person or a non-dependant. Under UC each has
         * a bedroom of their own, even a member of a non-dependant couple (Sch 4 para 10).
         */
        PERSON_16_OR_OVER,
        /** Two children (under 16) of the same sex (Sch 4 para 10). */
        TWO_CHILDREN_SAME_SEX,
        /** Two children under 10 (Sch 4 para 10). */
        TWO_CHILDREN_UNDER_10,
        /** Any other child (Sch 4 para 10). */
        CHILD,
        /** A child who cannot share because of disability and so has a room alone (disabled child condition, para 12(6)). */
        DISABLED_CHILD_CANNOT_SHARE,
        /** A joint renter who cannot share with the other because of disability (disabled person condition, para 12(6A)). */
        DISABLED_PERSON_CANNOT_SHARE,
        /** An additional bedroom for non-resident overnight carers (overnight care condition, para 12(A1), (3)). */
        OVERNIGHT_CARER,
        /** An additional bedroom for a foster parent or adopter (foster parent condition, para 12(1)(b), (4)-(5)). */
        FOSTER_PARENT
    }
}
