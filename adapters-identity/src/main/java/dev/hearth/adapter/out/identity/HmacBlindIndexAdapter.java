package dev.hearth.adapter.out.identity;

import dev.hearth.application.port.out.identity.ComputeBlindIndexPort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The e-mail blind index: HMAC-SHA-256 under a secret key from configuration ({@code HEARTH_AUTH_LOOKUP_KEY}), over
 * the domain-separation label {@code hearth.email-index.v1}, a zero byte, and the normalised address in UTF-8.
 * Without the key the index cannot be recomputed from a guessed address, so a copy of the accounts table does not say
 * who has an account. Losing the key makes every account unfindable: keep it with the field keyset.
 */
public final class HmacBlindIndexAdapter implements ComputeBlindIndexPort {

    /** Shortest key accepted: 32 bytes. */
    public static final int MIN_KEY_BYTES = 32;
    private static final byte[] LABEL = "hearth.email-index.v1\0".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    /** @param key at least 32 random bytes (secret) */
    public HmacBlindIndexAdapter(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the lookup key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    @Override
    public byte[] emailIndex(String normalisedEmail) {
        Objects.requireNonNull(normalisedEmail, "normalisedEmail");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(LABEL);
            return mac.doFinal(normalisedEmail.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the lookup key was refused", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "HmacBlindIndexAdapter[key=(hidden)]";
    }
}
