package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Issue an API key for the caller's account.
 *
 * @param caller        who asks (must be a signed-in session, not an API key)
 * @param name          a label for the key, 1-100 characters
 * @param scopes        what the key may do: each one must be a scope the caller's token carries
 * @param expiresInDays how long the key lives, 1-365 days; null for the default (90)
 * @param context       actor and request id for the audit trail
 */
public record CreateApiKeyCommand(AuthenticatedAccount caller, String name, List<String> scopes,
                                  Integer expiresInDays, CallContext context) {

    public CreateApiKeyCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(context, "context");
        // kept item by item, nulls included, so the service names a null scope (scopes[1]) instead of failing here
        scopes = scopes == null ? null : Collections.unmodifiableList(new ArrayList<>(scopes));
    }
}
