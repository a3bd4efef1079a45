package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.AdviserNoteRecord;
import java.util.List;

/** Lists a household's notes, oldest first (the latest {@value #LIMIT}). */
@CallScope(ACTING_ACCOUNT)
public interface ListAdviserNotesUseCase {

    /** Most notes returned. */
    int LIMIT = 500;

    List<AdviserNoteRecord> list(ListAdviserNotesQuery query);
}
