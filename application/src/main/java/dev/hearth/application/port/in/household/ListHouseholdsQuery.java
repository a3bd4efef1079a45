package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.PageRequest;
import java.util.Objects;

/**
 * Read a page of households.
 *
 * @param page                   which page
 * @param context                who asks, under which request
 */
public record ListHouseholdsQuery(
        PageRequest page,
        CallContext context) {

    public ListHouseholdsQuery {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(context, "context");
    }
}
