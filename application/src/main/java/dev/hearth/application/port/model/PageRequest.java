package dev.hearth.application.port.model;

import java.util.UUID;

/**
 * Which page of a list to read: items in creation order (identifiers are UUIDv7, so their order is creation order)
 * after {@code after}, at most {@code limit} of them. Keyset pagination: a page never repeats or skips an item because
 * another was added or removed meanwhile.
 *
 * @param after the identifier of the last item of the previous page, or {@code null} for the first page
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(UUID after, int limit) {

    /** Largest page. */
    public static final int MAX_LIMIT = 100;
    /** Page size when the caller does not say. */
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }

    /** The first page of {@value #DEFAULT_LIMIT} items. */
    public static PageRequest first() {
        return new PageRequest(null, DEFAULT_LIMIT);
    }
}
