package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.AdviserNoteRecord;
import java.util.List;

/** Lists a household's notes, oldest first (the latest {@value #LIMIT}). */
public interface ListAdviserNotesUseCase {

    /** Most notes returned. */
    int LIMIT = 500;

    List<AdviserNoteRecord> list(ListAdviserNotesQuery query);
}
