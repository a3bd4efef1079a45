package dev.hearth.application.port.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A free-text note an adviser (or the owner) wrote about a household. Encrypted at rest; never logged; the audit trail
 * records that a note was written, never its text.
 *
 * @param id          the note (UUIDv7)
 * @param householdId the household
 * @param authorId    who wrote it (an opaque actor id)
 * @param createdAt   when
 * @param text        the note
 */
public record AdviserNoteRecord(UUID id, UUID householdId, String authorId, Instant createdAt, String text) {
    public AdviserNoteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "AdviserNoteRecord[id=" + id + ", householdId=" + householdId + ", text=(redacted)]";
    }
}
