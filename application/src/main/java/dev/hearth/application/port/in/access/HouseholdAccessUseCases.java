package dev.hearth.application.port.in.access;

import java.util.Objects;

/**
 * The access use cases together, as the driving adapters take them.
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
    public HouseholdAccessUseCases {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(addMember, "addMember");
        Objects.requireNonNull(listMembers, "listMembers");
        Objects.requireNonNull(removeMember, "removeMember");
        Objects.requireNonNull(addNote, "addNote");
        Objects.requireNonNull(listNotes, "listNotes");
        Objects.requireNonNull(openOverride, "openOverride");
        Objects.requireNonNull(listOverrides, "listOverrides");
        Objects.requireNonNull(export, "export");
    }
}
