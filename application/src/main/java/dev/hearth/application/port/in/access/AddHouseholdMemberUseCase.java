package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.HouseholdMemberRecord;

/** Gives an account a role in a household; audited as {@code household.member_added}. */
@CallScope(ACTING_ACCOUNT)
public interface AddHouseholdMemberUseCase {

    HouseholdMemberRecord add(AddHouseholdMemberCommand command);
}
