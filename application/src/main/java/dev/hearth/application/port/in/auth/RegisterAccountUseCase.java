package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Registers an account. The answer is the same whether or not the address already has an account (and takes about as
 * long), so registration cannot be used to find out who uses Hearth; the caller then logs in.
 */
@CallScope(UNSCOPED)
public interface RegisterAccountUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} for a malformed address or a
     *                                                           password of the wrong length;
     *                                                           {@code TOO_MANY_REQUESTS} when the address registers
     *                                                           too often
     */
    void register(RegisterAccountCommand command);
}
