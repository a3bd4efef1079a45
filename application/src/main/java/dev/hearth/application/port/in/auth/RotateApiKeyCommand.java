package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Rotate one of the caller's API keys.
 *
 * @param caller  who asks (must be a signed-in session, not an API key)
 * @param keyId   the key to replace
 * @param context actor and request id for the audit trail
 */
public record RotateApiKeyCommand(AuthenticatedAccount caller, UUID keyId, CallContext context) {

    public RotateApiKeyCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(context, "context");
    }
}
