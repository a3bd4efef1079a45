package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.model.AdviserNoteRecord;
import java.time.Instant;
import java.util.UUID;

/**
 * A note an adviser (or the owner) wrote about the household.
 *
 * @param id        the note's id (UUID)
 * @param authorId  the id of the account that wrote it
 * @param createdAt when (ISO-8601 instant)
 * @param text      the note
 */
public record NoteResponse(UUID id, String authorId, Instant createdAt, String text) {

    static NoteResponse from(AdviserNoteRecord record) {
        return new NoteResponse(record.id(), record.authorId(), record.createdAt(), record.text());
    }

    @Override
    public String toString() {
        return "NoteResponse[id=" + id + ", text=(redacted)]";
    }
}
