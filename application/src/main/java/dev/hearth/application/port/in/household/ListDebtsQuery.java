package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.PageRequest;
import java.util.Objects;
import java.util.UUID;

/**
 * Read a page of a household's debts.
 *
 * @param householdId            which household
 * @param page                   which page
 * @param context                who asks, under which request
 */
public record ListDebtsQuery(
        UUID householdId,
        PageRequest page,
        CallContext context) {

    public ListDebtsQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(context, "context");
    }
}
