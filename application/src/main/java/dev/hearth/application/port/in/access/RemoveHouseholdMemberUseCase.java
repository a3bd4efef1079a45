package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;

/**
 * Removes an account's role; audited as {@code household.member_removed}. The last owner cannot be removed (a
 * household nobody can manage could never be exported or deleted): 422 {@code validation_failed} ({@code last_owner}).
 */
@CallScope(ACTING_ACCOUNT)
public interface RemoveHouseholdMemberUseCase {

    void remove(RemoveHouseholdMemberCommand command);
}
