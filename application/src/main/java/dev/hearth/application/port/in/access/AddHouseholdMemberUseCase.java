package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.HouseholdMemberRecord;

/** Gives an account a role in a household; audited as {@code household.member_added}. */
public interface AddHouseholdMemberUseCase {

    HouseholdMemberRecord add(AddHouseholdMemberCommand command);
}
