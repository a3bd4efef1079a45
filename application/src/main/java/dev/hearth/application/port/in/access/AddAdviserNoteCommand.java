package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Write a note about a household.
 *
 * @param householdId the household
 * @param text        1 to {@value #MAX_LENGTH} characters; encrypted at rest, never logged nor audited
 * @param context     who writes, under which request
 */
public record AddAdviserNoteCommand(UUID householdId, String text, CallContext context) {

    /** Longest note. */
    public static final int MAX_LENGTH = 10_000;

    public AddAdviserNoteCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return "AddAdviserNoteCommand[householdId=" + householdId + ", text=(redacted)]";
    }
}
