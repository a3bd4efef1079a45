package dev.hearth.application.port.out.identity;

/**
 * Hashes and checks passwords with a slow, salted, memory-hard function (Argon2id in adapters-identity). Hashes are
 * self-describing strings (PHC format: algorithm, version, parameters, salt, hash), so parameters can be raised later
 * and old hashes still verify.
 */
public interface HashPasswordPort {

    /** A new hash of {@code password} under the current parameters, with a fresh random salt. */
    String hash(String password);

    /**
     * Checks {@code password} against {@code encodedHash} in constant time (for hashes of the same parameters).
     *
     * @return whether it matches, and whether the hash was made with weaker parameters than today's (rehash it then)
     */
    PasswordCheck verify(String password, String encodedHash);

    /**
     * A hash of a random password nobody knows, under the current parameters. Checking a password for an account that
     * does not exist against it costs what checking a real account costs, so the answer time does not tell who has an
     * account.
     */
    String dummyHash();
}
