package dev.hearth.application.port.out.identity;

/**
 * The outcome of checking a password against a stored hash.
 *
 * @param matches     whether the password is the one the hash was made from
 * @param needsRehash whether the stored hash uses weaker parameters than today's, so it should be replaced after a
 *                    successful check
 */
public record PasswordCheck(boolean matches, boolean needsRehash) {
}
