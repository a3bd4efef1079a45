package dev.hearth.application.port.in.auth;

/**
 * Registers an account. The answer is the same whether or not the address already has an account (and takes about as
 * long), so registration cannot be used to find out who uses Hearth; the caller then logs in.
 */
public interface RegisterAccountUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} for a malformed address or a
     *                                                           password of the wrong length;
     *                                                           {@code TOO_MANY_REQUESTS} when the address registers
     *                                                           too often
     */
    void register(RegisterAccountCommand command);
}
