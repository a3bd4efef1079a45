package dev.hearth.adapter.in.http.auth;

/**
 * An e-mail address and a password, to register or to log in. {@link #toString()} shows neither.
 *
 * @param email    the login address, e.g. {@code name@example.org}; compared without regard to case
 * @param password the password: 12 to 256 characters when registering
 */
public record CredentialsRequest(String email, String password) {

    @Override
    public String toString() {
        return "CredentialsRequest[(hidden)]";
    }
}
