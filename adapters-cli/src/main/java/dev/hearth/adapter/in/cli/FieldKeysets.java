package dev.hearth.adapter.in.cli;

import java.util.Optional;

/**
 * The field-encryption keyset as configuration ({@code HEARTH_FIELD_KEYSET}): generating one and the rotation steps
 * that change it. These commands touch no stored data and record nothing: they transform a configuration secret and
 * print the result, so bootstrap (which owns configuration) provides them rather than a use case (ADR 0023).
 */
public interface FieldKeysets {

    /** A new keyset of one key, primary. */
    Keyset generate();

    /**
     * The keyset in {@code HEARTH_FIELD_KEYSET}, required and valid, for a rotation step.
     *
     * @param command the command asking (named in the message when the variable is missing)
     * @throws UsageException when it is not set or not a keyset (the value is never echoed)
     */
    Keyset configured(String command);

    /**
     * The keyset the service would use: {@code HEARTH_FIELD_KEYSET}, or in dev, when unset, the development keyset;
     * empty when in dev there is none yet (none is created).
     *
     * @throws UsageException on bad configuration
     */
    Optional<Keyset> inUse();

    /** Where the development keyset is kept (for the message when there is none). */
    String developmentFile();

    /**
     * Reads a key id as {@code hearth keys describe} prints it.
     *
     * @throws IllegalArgumentException when it is not one
     */
    int parseKeyId(String text);

    /** A keyset, immutable: each step returns a new one. */
    interface Keyset {

        /** Plus a new key that decrypts but does not encrypt yet. */
        Keyset withNewKey();

        /** With key {@code id} as the primary. @throws IllegalArgumentException when the keyset refuses */
        Keyset withPrimary(int id);

        /** With key {@code id} disabled. @throws IllegalArgumentException when the keyset refuses */
        Keyset withKeyDisabled(int id);

        /** With key {@code id} enabled. @throws IllegalArgumentException when the keyset refuses */
        Keyset withKeyEnabled(int id);

        /** Without key {@code id}. @throws IllegalArgumentException when the keyset refuses */
        Keyset withoutKey(int id);

        /** The keyset as {@code HEARTH_FIELD_KEYSET} takes it. <strong>Secret.</strong> */
        String secret();

        /** One line per key, ids and state only: safe to print. */
        String describe();
    }
}
