package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * Who am I.
 *
 * @param caller    the authenticated caller
 * @param requestId the request id
 */
public record GetCurrentAccountQuery(AuthenticatedAccount caller, String requestId) {

    public GetCurrentAccountQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(requestId, "requestId");
    }
}
