package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * The caller's API keys.
 *
 * @param caller who asks
 */
public record ListApiKeysQuery(AuthenticatedAccount caller) {

    public ListApiKeysQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
