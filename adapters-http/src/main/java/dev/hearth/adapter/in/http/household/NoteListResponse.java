package dev.hearth.adapter.in.http.household;

import java.util.List;

/**
 * The household's notes, oldest first (the latest 500).
 *
 * @param items the notes
 */
public record NoteListResponse(List<NoteResponse> items) {
}
