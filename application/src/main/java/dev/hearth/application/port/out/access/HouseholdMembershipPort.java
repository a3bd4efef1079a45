package dev.hearth.application.port.out.access;

import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who has which role in a household. Reads may come from a replica (an access check must keep working while the
 * primary is away); writes go to the primary and join the transaction open on this thread.
 */
public interface HouseholdMembershipPort {

    /** The account's role in the household, or empty when it has none (or there is no such household). */
    Optional<HouseholdRole> roleOf(UUID householdId, UUID accountId);

    /** Whether a household with this id exists (for support staff, who are never members). */
    boolean householdExists(UUID householdId);

    /**
     * Grants or replaces the account's role.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when the account or household does
     *                                                           not exist
     */
    void put(HouseholdMemberRecord member);

    /** Removes the account's role; false when it had none. */
    boolean remove(UUID householdId, UUID accountId);

    /** Every member of the household, in the order they were granted. */
    List<HouseholdMemberRecord> members(UUID householdId);
}
