package dev.hearth.application.port.out.access;

import dev.hearth.application.port.model.AdviserNoteRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Adviser notes, encrypted at rest. */
public interface AdviserNotePort {

    /** Stores a note with a fresh UUIDv7 id; joins the transaction open on this thread. */
    AdviserNoteRecord add(UUID householdId, String authorId, String text, Instant at);

    /** The household's notes, oldest first (at most {@code limit}). */
    List<AdviserNoteRecord> list(UUID householdId, int limit);
}
