package dev.hearth.adapter.in.http.auth;

/**
 * The answer to a registration: the same whether or not the address already had an account, so it cannot be used to
 * find out who uses Hearth. Log in next.
 *
 * @param message what to do next, in plain English
 */
public record RegistrationResponse(String message) {

    static final RegistrationResponse ACCEPTED = new RegistrationResponse(
            "If this address can be registered, it now is. Log in with it and your password.");
}
