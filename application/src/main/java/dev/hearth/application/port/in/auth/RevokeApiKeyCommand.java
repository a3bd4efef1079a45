package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Revoke one of the caller's API keys.
 *
 * @param caller  who asks
 * @param keyId   the key to revoke
 * @param context actor and request id for the audit trail
 */
public record RevokeApiKeyCommand(AuthenticatedAccount caller, UUID keyId, CallContext context) {

    public RevokeApiKeyCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(context, "context");
    }
}
