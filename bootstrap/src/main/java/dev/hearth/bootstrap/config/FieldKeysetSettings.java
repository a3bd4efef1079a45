package dev.hearth.bootstrap.config;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.FieldKeysetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the field-encryption keyset comes from: {@code HEARTH_FIELD_KEYSET} when set (already checked to be a valid
 * keyset by {@link ConfigLoader}), otherwise, in the dev profile only, the development keyset file that
 * {@link FieldKeysetLoader} generates once under {@code developmentDirectory}. {@link #toString()} never shows the
 * keyset.
 *
 * @param configured           the value of {@code HEARTH_FIELD_KEYSET} (base64 Tink JSON keyset, <strong>secret</strong>),
 *                             or null when unset
 * @param developmentDefault   whether a development keyset may be used when none is configured (dev profile only)
 * @param developmentDirectory where the development keyset lives: {@code <HEARTH_DATA_DIR>/keys}
 */
public record FieldKeysetSettings(String configured, boolean developmentDefault, Path developmentDirectory) {

    public FieldKeysetSettings {
        Objects.requireNonNull(developmentDirectory, "developmentDirectory");
        if (configured != null && configured.isBlank()) {
            configured = null;
        }
    }

    /**
     * The keyset: the configured one, or (dev) the development keyset, generated on first use.
     *
     * @throws IllegalStateException    when none is configured outside dev, or the development file cannot be
     *                                  read or written
     * @throws IllegalArgumentException when the keyset is not valid (the message never contains it)
     */
    public FieldKeyset load() {
        return FieldKeysetLoader.load(configured, developmentDefault, developmentDirectory);
    }

    /**
     * The keyset if one exists, without generating a development keyset: the configured one, or (dev) the
     * development file when it is already there; empty otherwise.
     */
    public Optional<FieldKeyset> loadExisting() {
        if (configured == null && !(developmentDefault && Files.exists(developmentFile()))) {
            return Optional.empty();
        }
        return Optional.of(load());
    }

    /** Whether the keyset comes from {@code HEARTH_FIELD_KEYSET}. */
    public boolean fromEnvironment() {
        return configured != null;
    }

    /** The development keyset file: {@code <HEARTH_DATA_DIR>/keys/field-keyset.json}. */
    public Path developmentFile() {
        return developmentDirectory.resolve(FieldKeysetLoader.DEVELOPMENT_FILE);
    }

    /** Says where the keyset comes from; never the keyset. */
    @Override
    public String toString() {
        return "FieldKeysetSettings[" + (configured != null ? "from " + ConfigVariable.HEARTH_FIELD_KEYSET.name()
                : developmentDefault ? "development keyset in " + developmentFile() : "none") + "]";
    }
}
