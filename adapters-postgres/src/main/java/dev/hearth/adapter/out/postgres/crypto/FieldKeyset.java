package dev.hearth.adapter.out.postgres.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The keys that encrypt sensitive fields: a Tink AEAD keyset. Every key is AES-256-GCM with Tink's output prefix, so
 * every ciphertext starts with 5 bytes naming its key ({@code 0x01} then the 4-byte key id); one key is primary and
 * encrypts, every enabled key decrypts. Immutable: each rotation step returns a new keyset.
 *
 * <p>Rotation without downtime (see {@code docs/runbooks/key-rotation.md}): {@link #withNewKey()} adds a key that only
 * decrypts, deployed everywhere first; {@link #withPrimary(int)} then makes it the one that encrypts; {@code hearth
 * keys rotate} re-encrypts stored values; once the census shows no value under the old key,
 * {@link #withKeyDisabled(int)} and finally {@link #withoutKey(int)} retire it.
 *
 * <p>The serialised forms ({@link #toJson()}, {@link #toBase64Json()}) contain the secret keys: they go to a secret
 * store or an environment variable, never to a log. {@link #toString()} and {@link #describe()} show ids only.
 */
public final class FieldKeyset {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final byte TINK_PREFIX_MARKER = 0x01;
    private static final int PREFIX_BYTES = 5;

    private final KeysetHandle handle;

    private FieldKeyset(KeysetHandle handle) {
        this.handle = handle;
        check(handle);
    }

    /** A new keyset of one AES-256-GCM key, primary. */
    public static FieldKeyset generate() {
        try {
            return new FieldKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not generate a keyset", e);
        }
    }

    /**
     * Reads a Tink JSON keyset given as base64 (the form of {@code HEARTH_FIELD_KEYSET}).
     *
     * @throws IllegalArgumentException when it is not base64 of a valid keyset of AEAD keys with key-id prefixes; the
     *                                  message never contains the value
     */
    public static FieldKeyset fromBase64Json(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] json;
        try {
            json = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the field keyset is not valid base64");
        }
        return fromJson(new String(json, StandardCharsets.UTF_8));
    }

    /**
     * Reads a Tink JSON keyset (the form of the development key file).
     *
     * @throws IllegalArgumentException when it is not a valid keyset of AEAD keys with key-id prefixes; the message
     *                                  never contains the value
     */
    public static FieldKeyset fromJson(String json) {
        Objects.requireNonNull(json, "json");
        KeysetHandle handle;
        try {
            handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the field keyset is not a valid Tink JSON keyset");
        }
        return new FieldKeyset(handle);
    }

    private static void check(KeysetHandle handle) {
        for (int i = 0; i < handle.size(); i++) {
            KeysetHandle.Entry entry = handle.getAt(i);
            if (!(entry.getKey() instanceof AeadKey aead)) {
                throw new IllegalArgumentException("the field keyset holds key " + Integer.toUnsignedString(
                        entry.getId()) + ", which is not an AEAD key");
            }
            byte[] prefix = aead.getOutputPrefix().toByteArray();
            if (prefix.length != PREFIX_BYTES || prefix[0] != TINK_PREFIX_MARKER) {
                throw new IllegalArgumentException("key " + Integer.toUnsignedString(entry.getId())
                        + " of the field keyset does not write its key id into ciphertexts (TINK output prefix)");
            }
        }
    }

    /** This keyset plus a new AES-256-GCM key that decrypts but does not encrypt yet (rotation step 1). */
    public FieldKeyset withNewKey() {
        return change(builder -> builder.addEntry(KeysetHandle.generateEntryFromParameters(
                PredefinedAeadParameters.AES256_GCM).withRandomId()));
    }

    /** This keyset with key {@code keyId} as the primary, the one that encrypts (rotation step 2). */
    public FieldKeyset withPrimary(int keyId) {
        return change(builder -> {
            KeysetHandle.Builder.Entry entry = entry(builder, keyId);
            if (entry.getStatus() != KeyStatus.ENABLED) {
                throw new IllegalArgumentException("key " + Integer.toUnsignedString(keyId)
                        + " is not enabled and cannot become primary");
            }
            entry.makePrimary();
        });
    }

    /** This keyset with key {@code keyId} disabled: it no longer decrypts, but can be enabled again. */
    public FieldKeyset withKeyDisabled(int keyId) {
        return change(builder -> {
            KeysetHandle.Builder.Entry entry = entry(builder, keyId);
            refusePrimary(entry, keyId);
            entry.setStatus(KeyStatus.DISABLED);
        });
    }

    /** This keyset with key {@code keyId} enabled again. */
    public FieldKeyset withKeyEnabled(int keyId) {
        return change(builder -> entry(builder, keyId).setStatus(KeyStatus.ENABLED));
    }

    /** This keyset without key {@code keyId}: values still under it become unreadable for good (last step). */
    public FieldKeyset withoutKey(int keyId) {
        return change(builder -> {
            for (int i = 0; i < builder.size(); i++) {
                if (idAt(i) == keyId) {
                    refusePrimary(builder.getAt(i), keyId);
                    builder.deleteAt(i);
                    return;
                }
            }
            throw unknown(keyId);
        });
    }

    private interface Change {
        void apply(KeysetHandle.Builder builder);
    }

    private FieldKeyset change(Change change) {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
        change.apply(builder);
        try {
            return new FieldKeyset(builder.build());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the changed keyset is not valid: " + e.getMessage());
        }
    }

    /** Builder entries keep their order, so index i of the builder is index i of this keyset. */
    private KeysetHandle.Builder.Entry entry(KeysetHandle.Builder builder, int keyId) {
        for (int i = 0; i < handle.size(); i++) {
            if (handle.getAt(i).getId() == keyId) {
                return builder.getAt(i);
            }
        }
        throw unknown(keyId);
    }

    private int idAt(int index) {
        return handle.getAt(index).getId();
    }

    private static void refusePrimary(KeysetHandle.Builder.Entry entry, int keyId) {
        if (entry.isPrimary()) {
            throw new IllegalArgumentException("key " + Integer.toUnsignedString(keyId)
                    + " is the primary key; make another key primary first");
        }
    }

    private static IllegalArgumentException unknown(int keyId) {
        return new IllegalArgumentException("the field keyset has no key " + Integer.toUnsignedString(keyId));
    }

    /** The id of the key that encrypts. */
    public int primaryKeyId() {
        return handle.getPrimary().getId();
    }

    /** Whether {@code keyId} is in this keyset and enabled (so it decrypts). */
    public boolean decryptsWith(int keyId) {
        return keys().stream().anyMatch(k -> k.id() == keyId && k.enabled());
    }

    /** Every key: id, whether enabled, whether primary. No key material. */
    public List<KeyInfo> keys() {
        List<KeyInfo> keys = new ArrayList<>();
        for (int i = 0; i < handle.size(); i++) {
            KeysetHandle.Entry entry = handle.getAt(i);
            keys.add(new KeyInfo(entry.getId(), entry.getStatus() == KeyStatus.ENABLED, entry.isPrimary()));
        }
        return List.copyOf(keys);
    }

    /**
     * The key id a ciphertext names in its 5-byte prefix, or empty when it has no such prefix. Reads only the
     * prefix; does not check the rest.
     */
    public static OptionalInt keyIdOf(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < PREFIX_BYTES || ciphertext[0] != TINK_PREFIX_MARKER) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(((ciphertext[1] & 0xff) << 24) | ((ciphertext[2] & 0xff) << 16)
                | ((ciphertext[3] & 0xff) << 8) | (ciphertext[4] & 0xff));
    }

    /**
     * Reads a key id as printed by {@link #describe()} (unsigned decimal).
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static int parseKeyId(String text) {
        try {
            return Integer.parseUnsignedInt(Objects.requireNonNull(text, "text").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a key id is an unsigned decimal number, as `hearth keys describe`"
                    + " prints it");
        }
    }

    /** The Tink JSON keyset. <strong>Contains the secret keys.</strong> */
    public String toJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not serialise the keyset", e);
        }
    }

    /** The Tink JSON keyset in base64, the form of {@code HEARTH_FIELD_KEYSET}. <strong>Contains the secret keys.</strong> */
    public String toBase64Json() {
        return Base64.getEncoder().encodeToString(toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** One line per key, safe to print: {@code 1234567890 enabled primary}. */
    public String describe() {
        return keys().stream().map(KeyInfo::toString).collect(Collectors.joining("\n"));
    }

    KeysetHandle handle() {
        return handle;
    }

    /** Ids only. */
    @Override
    public String toString() {
        return "FieldKeyset[primary=" + Integer.toUnsignedString(primaryKeyId()) + ", keys="
                + keys().stream().map(k -> Integer.toUnsignedString(k.id())).collect(Collectors.joining(","))
                + "]";
    }

    /**
     * One key of the keyset, without its material.
     *
     * @param id      the key id written into each ciphertext's prefix (shown unsigned)
     * @param enabled whether it decrypts
     * @param primary whether it encrypts
     */
    public record KeyInfo(int id, boolean enabled, boolean primary) {
        @Override
        public String toString() {
            return Integer.toUnsignedString(id) + (enabled ? " enabled" : " disabled") + (primary ? " primary" : "");
        }
    }
}
