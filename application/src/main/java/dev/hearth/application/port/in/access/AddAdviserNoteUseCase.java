package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.AdviserNoteRecord;

/** Stores a note; audited as {@code household.note_added} without its text. Blank or too long: 422. */
@CallScope(ACTING_ACCOUNT)
public interface AddAdviserNoteUseCase {

    AdviserNoteRecord add(AddAdviserNoteCommand command);
}
