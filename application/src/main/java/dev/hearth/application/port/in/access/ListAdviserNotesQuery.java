package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * A household's notes.
 *
 * @param householdId the household
 * @param context     who asks, under which request
 */
public record ListAdviserNotesQuery(UUID householdId, CallContext context) {
    public ListAdviserNotesQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
    }
}
