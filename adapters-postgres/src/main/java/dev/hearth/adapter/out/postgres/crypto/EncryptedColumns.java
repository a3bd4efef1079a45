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

    /** Household facts (migration V20, ADR 0016). */
    public static final EncryptedColumn HOUSEHOLD_CIRCUMSTANCES =
            new EncryptedColumn("household", "id", "circumstances");
    /** A household debt's facts (V20). */
    public static final EncryptedColumn HOUSEHOLD_DEBT_FACTS = new EncryptedColumn("household_debt", "id", "facts");
    /** A saved estimate's engine input (V20). */
    public static final EncryptedColumn SAVED_ESTIMATE_INPUTS = new EncryptedColumn("saved_estimate", "id", "inputs");
    /** A saved estimate's result and explanation (V20). */
    public static final EncryptedColumn SAVED_ESTIMATE_RESULT = new EncryptedColumn("saved_estimate", "id", "result");

    /** An adviser's note about a household (V40, ADR 0019). */
    public static final EncryptedColumn HOUSEHOLD_NOTE_TEXT = new EncryptedColumn("household_note", "id", "text");

    /** An account's e-mail address (V30, ADR 0018). */
    public static final EncryptedColumn ACCOUNT_EMAIL =
            new EncryptedColumn("identity.account", "id", "email_ciphertext");
    /** A JWT signing key's private key (V30, ADR 0018). */
    public static final EncryptedColumn SIGNING_KEY_PRIVATE_KEY =
            new EncryptedColumn("identity.signing_key", "id", "private_key_ciphertext");

    /** The kept answer of a request sent with an idempotency key (V61, ADR 0026). */
    public static final EncryptedColumn IDEMPOTENT_ANSWER_BODY =
            new EncryptedColumn("idempotency.answered_request", "id", "body_ciphertext");

    /** The encrypted columns, in the order rotation walks them. */
    public static List<EncryptedColumn> all() {
        return List.of(HOUSEHOLD_CIRCUMSTANCES, HOUSEHOLD_DEBT_FACTS, SAVED_ESTIMATE_INPUTS, SAVED_ESTIMATE_RESULT,
                HOUSEHOLD_NOTE_TEXT, ACCOUNT_EMAIL, SIGNING_KEY_PRIVATE_KEY, IDEMPOTENT_ANSWER_BODY);
    }
}
