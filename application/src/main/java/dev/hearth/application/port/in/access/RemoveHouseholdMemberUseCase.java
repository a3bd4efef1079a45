package dev.hearth.application.port.in.access;

/**
 * Removes an account's role; audited as {@code household.member_removed}. The last owner cannot be removed (a
 * household nobody can manage could never be exported or deleted): 422 {@code validation_failed} ({@code last_owner}).
 */
public interface RemoveHouseholdMemberUseCase {

    void remove(RemoveHouseholdMemberCommand command);
}
