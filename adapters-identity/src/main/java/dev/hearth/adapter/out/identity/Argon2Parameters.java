package dev.hearth.adapter.out.identity;

/**
 * Argon2id cost parameters. {@link #OWASP} is the first row of the OWASP Password Storage Cheat Sheet
 * (cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html): "Argon2id with a minimum configuration
 * of 19 MiB of memory, an iteration count of 2, and 1 degree of parallelism"; 16-byte salt, 32-byte hash (RFC 9106
 * §4). Raising them later is safe: old hashes carry their own parameters, still verify, and are rehashed at the next
 * successful login.
 *
 * @param memoryKib   memory cost in KiB
 * @param iterations  passes over memory
 * @param parallelism lanes
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {

    /** m = 19 MiB (19,456 KiB), t = 2, p = 1. */
    public static final Argon2Parameters OWASP = new Argon2Parameters(19 * 1024, 2, 1);

    /** Salt length in bytes. */
    public static final int SALT_BYTES = 16;
    /** Hash length in bytes. */
    public static final int HASH_BYTES = 32;

    public Argon2Parameters {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1 || parallelism > 16
                || memoryKib > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("Argon2 needs m >= 8p KiB (at most 4 GiB), t >= 1, 1 <= p <= 16");
        }
    }

    /** Whether a hash made with {@code other} is weaker than one made with these (so it should be redone). */
    public boolean strongerThan(int otherMemoryKib, int otherIterations, int otherParallelism) {
        return otherMemoryKib < memoryKib || otherIterations < iterations || otherParallelism != parallelism;
    }
}
