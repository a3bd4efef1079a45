package dev.hearth.application.port.out.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field encryption for use-case tests: AES-256-GCM from the JDK with one key made from a seed, the location as
 * associated data, and the same kind of 5-byte key-id prefix Tink writes. It behaves like the real adapter where
 * callers can tell (fresh ciphertext each time, location binding, tamper detection); {@link FieldEncryptionContractTest}
 * runs against both. Not for production: the key is derived from a seed.
 */
public final class InMemoryFieldEncryption implements FieldEncryptionPort {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int PREFIX_BYTES = 5;

    private final SecretKeySpec key;
    private final int keyId;
    private final SecureRandom ivs = new SecureRandom();

    /** A fake whose key comes from a fixed seed. */
    public InMemoryFieldEncryption() {
        this(1L);
    }

    /** A fake whose key comes from {@code seed}: two fakes with different seeds cannot read each other. */
    public InMemoryFieldEncryption(long seed) {
        byte[] material = new byte[32];
        new Random(seed).nextBytes(material);
        this.key = new SecretKeySpec(material, "AES");
        this.keyId = (int) (seed * 0x9E3779B1L);
    }

    @Override
    public byte[] encrypt(byte[] plaintext, FieldLocation location) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(location, "location");
        try {
            byte[] iv = new byte[IV_BYTES];
            ivs.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(location.associatedData());
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(PREFIX_BYTES + IV_BYTES + sealed.length)
                    .put((byte) 1).putInt(keyId).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, FieldLocation location) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(location, "location");
        if (ciphertext.length < PREFIX_BYTES + IV_BYTES + TAG_BITS / 8) {
            throw new UndecryptableFieldException(location, "the ciphertext is too short", null);
        }
        ByteBuffer in = ByteBuffer.wrap(ciphertext);
        if (in.get() != 1 || in.getInt() != keyId) {
            throw new UndecryptableFieldException(location, "the ciphertext names a key this keyset does not hold",
                    null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS,
                    Arrays.copyOfRange(ciphertext, PREFIX_BYTES, PREFIX_BYTES + IV_BYTES)));
            cipher.updateAAD(location.associatedData());
            return cipher.doFinal(ciphertext, PREFIX_BYTES + IV_BYTES, ciphertext.length - PREFIX_BYTES - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new UndecryptableFieldException(location, "authentication failed", e);
        }
    }
}
