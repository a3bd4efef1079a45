package dev.hearth.adapter.in.http.household;

/**
 * A note about the household.
 *
 * @param text free text, 1 to 10,000 characters; encrypted at rest, never logged, not in the audit trail
 */
public record NoteRequest(String text) {

    @Override
    public String toString() {
        return "NoteRequest[text=(redacted)]";
    }
}
