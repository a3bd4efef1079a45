package dev.hearth.application.port.in.access;

/**
 * The access use cases together, as the driving adapters take them.
 *
 * <p>A bundle of ports and nothing more: bootstrap refuses a missing component and scopes each one as its
 * interface's {@link dev.hearth.application.port.in.CallScope} declares (ADR 0024).
 *
 * @param check          the access check the middleware runs
 * @param addMember      grant a role
 * @param listMembers    list members
 * @param removeMember   remove a role
 * @param addNote        write a note
 * @param listNotes      read notes
 * @param openOverride   open a crisis override
 * @param listOverrides  list crisis overrides
 * @param export         export a household
 */
public record HouseholdAccessUseCases(CheckHouseholdAccessUseCase check, AddHouseholdMemberUseCase addMember,
                                      ListHouseholdMembersUseCase listMembers,
                                      RemoveHouseholdMemberUseCase removeMember, AddAdviserNoteUseCase addNote,
                                      ListAdviserNotesUseCase listNotes, OpenCrisisOverrideUseCase openOverride,
                                      ListCrisisOverridesUseCase listOverrides, ExportHouseholdUseCase export) {
}
