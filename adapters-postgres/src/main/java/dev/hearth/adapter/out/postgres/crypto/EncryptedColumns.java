package dev.hearth.adapter.out.postgres.crypto;

import java.util.List;

/**
 * Every column of Hearth's schema that holds field ciphertexts: the list {@code hearth keys rotate} and
 * {@code hearth keys census} walk. A migration that adds an encrypted column adds it here in the same change (and the
 * adapter that writes it encrypts with {@code FieldLocation(table, column, id)} exactly as listed).
 */
public final class EncryptedColumns {

    private EncryptedColumns() {
    }

    /** The encrypted columns, in the order rotation walks them. */
    public static List<EncryptedColumn> all() {
        return List.of(new EncryptedColumn("identity.account", "id", "email_ciphertext"), new EncryptedColumn("identity.signing_key", "id", "private_key_ciphertext"));
    }
}
