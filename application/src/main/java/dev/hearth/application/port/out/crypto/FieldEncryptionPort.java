package dev.hearth.application.port.out.crypto;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Encrypts sensitive fields (amounts, balances, creditor names, free-text notes) before they are stored, and decrypts
 * them when read. Authenticated encryption with associated data: each ciphertext is bound to its
 * {@link FieldLocation}, carries the id of the key that made it (so keys can rotate while old values stay readable),
 * and any change to it is detected.
 *
 * <p>Encrypting the same value twice gives different ciphertexts, so encrypted columns cannot be searched or joined in
 * clear; look rows up by their ids.
 */
public interface FieldEncryptionPort {

    /** Encrypts {@code plaintext} under the current primary key, bound to {@code location}. */
    byte[] encrypt(byte[] plaintext, FieldLocation location);

    /**
     * Decrypts a ciphertext made by {@link #encrypt} for the same {@code location}, under any key still in the keyset.
     *
     * @throws UndecryptableFieldException when the ciphertext was altered, belongs to another location or its key is
     *                                     unknown
     */
    byte[] decrypt(byte[] ciphertext, FieldLocation location);

    /** Encrypts text as UTF-8. */
    default byte[] encryptString(String plaintext, FieldLocation location) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), location);
    }

    /**
     * Decrypts what {@link #encryptString} made.
     *
     * @throws UndecryptableFieldException as {@link #decrypt}, or when the plaintext is not UTF-8 text
     */
    default String decryptString(byte[] ciphertext, FieldLocation location) {
        byte[] plaintext = decrypt(ciphertext, location);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(plaintext)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecryptableFieldException(location, "the plaintext is not UTF-8 text", e);
        }
    }
}
