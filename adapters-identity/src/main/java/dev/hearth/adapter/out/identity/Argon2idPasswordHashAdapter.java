package dev.hearth.adapter.out.identity;

import dev.hearth.adapter.out.identity.internal.PhcString;
import dev.hearth.application.port.out.identity.HashPasswordPort;
import dev.hearth.application.port.out.identity.PasswordCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * Argon2id password hashes (Bouncy Castle's {@link Argon2BytesGenerator}), PHC-encoded, salted with 16 random bytes.
 *
 * <p>Each hash holds {@code m} KiB of memory while it runs (19 MiB at the OWASP parameters), so at most
 * {@code maxConcurrent} run at once and the others wait their turn: a burst of logins cannot exhaust the heap.
 */
public final class Argon2idPasswordHashAdapter implements HashPasswordPort {

    private final Argon2Parameters parameters;
    private final Semaphore permits;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    /**
     * @param parameters    the cost of new hashes (and the bar below which old ones are rehashed)
     * @param maxConcurrent how many hashes may run at once
     */
    public Argon2idPasswordHashAdapter(Argon2Parameters parameters, int maxConcurrent) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        this.permits = new Semaphore(maxConcurrent, true);
        byte[] nobodysPassword = new byte[24];
        random.nextBytes(nobodysPassword);
        this.dummyHash = hash(java.util.Base64.getEncoder().encodeToString(nobodysPassword));
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[Argon2Parameters.SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, parameters.memoryKib(), parameters.iterations(), parameters.parallelism(),
                Argon2Parameters.HASH_BYTES);
        return new PhcString(parameters.memoryKib(), parameters.iterations(), parameters.parallelism(), salt, out)
                .encode();
    }

    @Override
    public PasswordCheck verify(String password, String encodedHash) {
        Objects.requireNonNull(password, "password");
        Optional<PhcString> stored = PhcString.parse(encodedHash);
        if (stored.isEmpty()) {
            // not a hash we can read: spend the same effort, then refuse
            derive(password, new byte[Argon2Parameters.SALT_BYTES], parameters.memoryKib(), parameters.iterations(),
                    parameters.parallelism(), Argon2Parameters.HASH_BYTES);
            return new PasswordCheck(false, false);
        }
        PhcString phc = stored.get();
        byte[] expected = phc.hash();
        byte[] actual = derive(password, phc.salt(), phc.memoryKib(), phc.iterations(), phc.parallelism(),
                expected.length);
        boolean matches = MessageDigest.isEqual(expected, actual);
        boolean weaker = parameters.strongerThan(phc.memoryKib(), phc.iterations(), phc.parallelism())
                || expected.length < Argon2Parameters.HASH_BYTES;
        return new PasswordCheck(matches, matches && weaker);
    }

    @Override
    public String dummyHash() {
        return dummyHash;
    }

    private byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        org.bouncycastle.crypto.params.Argon2Parameters params =
                new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                        org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                        .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(memoryKib)
                        .withIterations(iterations)
                        .withParallelism(parallelism)
                        .withSalt(salt)
                        .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        permits.acquireUninterruptibly();
        try {
            generator.generateBytes(secret, out);
        } finally {
            permits.release();
            java.util.Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
