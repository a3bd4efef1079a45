package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.AdviserNoteRecord;

/** Stores a note; audited as {@code household.note_added} without its text. Blank or too long: 422. */
public interface AddAdviserNoteUseCase {

    AdviserNoteRecord add(AddAdviserNoteCommand command);
}
