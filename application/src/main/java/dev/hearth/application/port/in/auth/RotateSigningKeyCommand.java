package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * Rotate the access-token signing key.
 *
 * @param context who asks (an admin account, or {@code system:key-rotation} for the schedule)
 * @param trigger on request (always, unless a successor is already pending) or scheduled (only when the key is due)
 */
public record RotateSigningKeyCommand(CallContext context, Trigger trigger) {

    /** Why rotation runs. */
    public enum Trigger {
        /** An operator asked: make a successor now unless one is already pending. */
        ON_REQUEST,
        /** The schedule: make a successor only when there is no key, or the active one is older than the period. */
        SCHEDULED
    }

    public RotateSigningKeyCommand {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(trigger, "trigger");
    }
}
