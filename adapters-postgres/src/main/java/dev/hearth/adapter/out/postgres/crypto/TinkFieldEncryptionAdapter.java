package dev.hearth.adapter.out.postgres.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.application.port.out.crypto.UndecryptableFieldException;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * {@link FieldEncryptionPort} with Google Tink AEAD (AES-256-GCM) over a {@link FieldKeyset}: encrypts under the
 * primary key, decrypts under any enabled key, binds every ciphertext to its {@link FieldLocation} as associated data.
 * Decision record: {@code docs/adr/0013-field-encryption-with-tink.md}.
 *
 * <p>Ciphertext layout (Tink): {@code 0x01}, the 4-byte key id, a 12-byte random nonce, the encrypted value, a 16-byte
 * tag: 33 bytes longer than the plaintext.
 */
public final class TinkFieldEncryptionAdapter implements FieldEncryptionPort {

    private final FieldKeyset keyset;
    private final Aead aead;

    private TinkFieldEncryptionAdapter(FieldKeyset keyset) {
        this.keyset = keyset;
        try {
            this.aead = keyset.handle().getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the field keyset cannot encrypt: " + e.getMessage());
        }
    }

    /** Encryption with this keyset. */
    public static TinkFieldEncryptionAdapter create(FieldKeyset keyset) {
        return new TinkFieldEncryptionAdapter(Objects.requireNonNull(keyset, "keyset"));
    }

    @Override
    public byte[] encrypt(byte[] plaintext, FieldLocation location) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(location, "location");
        try {
            return aead.encrypt(plaintext, location.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed at " + location, e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, FieldLocation location) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(location, "location");
        try {
            return aead.decrypt(ciphertext, location.associatedData());
        } catch (GeneralSecurityException e) {
            throw new UndecryptableFieldException(location, whyNot(ciphertext), null);
        }
    }

    /** A reason safe to log: which key the ciphertext names and whether this keyset can use it. */
    private String whyNot(byte[] ciphertext) {
        OptionalInt keyId = FieldKeyset.keyIdOf(ciphertext);
        if (keyId.isEmpty()) {
            return "it does not start with a key id";
        }
        String id = Integer.toUnsignedString(keyId.getAsInt());
        if (!keyset.decryptsWith(keyId.getAsInt())) {
            return "it names key " + id + ", which this keyset does not hold enabled";
        }
        return "it does not authenticate under key " + id + " for this location (altered, or moved from elsewhere)";
    }

    /** The keyset in use (ids and status only through its public methods). */
    public FieldKeyset keyset() {
        return keyset;
    }
}
