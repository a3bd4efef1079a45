package dev.hearth.application.port.model;

/**
 * One key of the field-encryption keyset, without its material.
 *
 * @param id      the key id written into each ciphertext's prefix (printed unsigned)
 * @param enabled whether it decrypts
 * @param primary whether it encrypts
 */
public record FieldKey(int id, boolean enabled, boolean primary) {

    /** The id as {@code hearth keys describe} prints it: unsigned decimal. */
    public String printedId() {
        return Integer.toUnsignedString(id);
    }

    /** {@code 1234567890 enabled primary}: safe to print. */
    @Override
    public String toString() {
        return printedId() + (enabled ? " enabled" : " disabled") + (primary ? " primary" : "");
    }
}
