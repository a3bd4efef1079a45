package dev.hearth.adapter.out.postgres.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the field keyset comes from: the environment variable {@value #ENVIRONMENT_VARIABLE} (base64 of a Tink JSON
 * keyset) when it is set; otherwise, in development only, a keyset generated once into
 * {@code <developmentKeyDirectory>/}{@value #DEVELOPMENT_FILE} and reused on every later start. Production refuses to
 * start without the variable: data encrypted with a key that lives on one machine's disk would be lost with it.
 *
 * <p>Nothing here ever logs or puts into an exception message the keyset or any part of it.
 */
public final class FieldKeysetLoader {

    /** The environment variable holding the production keyset: base64 of a Tink JSON keyset. Secret. */
    public static final String ENVIRONMENT_VARIABLE = "HEARTH_FIELD_KEYSET";
    /** The development key file's name inside the development key directory. */
    public static final String DEVELOPMENT_FILE = "field-keyset.json";
    /** The default development key directory, beside the embedded database under the data directory. */
    public static final Path DEFAULT_DEVELOPMENT_DIRECTORY = Path.of(".hearth", "keys");

    private static final Logger LOG = LoggerFactory.getLogger(FieldKeysetLoader.class);

    private FieldKeysetLoader() {
    }

    /**
     * The keyset to use.
     *
     * @param configured              the value of {@value #ENVIRONMENT_VARIABLE}, or null/blank when unset
     * @param developmentDefault      whether a development keyset may be generated/used when none is configured
     *                                (true only in the dev profile)
     * @param developmentKeyDirectory where the development keyset lives, e.g. {@code .hearth/keys}
     * @throws IllegalStateException    when none is configured and {@code developmentDefault} is false, or the
     *                                  development key file cannot be read or written
     * @throws IllegalArgumentException when the configured value or the development file is not a valid keyset
     */
    public static FieldKeyset load(String configured, boolean developmentDefault, Path developmentKeyDirectory) {
        if (configured != null && !configured.isBlank()) {
            FieldKeyset keyset;
            try {
                keyset = FieldKeyset.fromBase64Json(configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": " + e.getMessage());
            }
            LOG.info("Field encryption keyset from {}: {}", ENVIRONMENT_VARIABLE, keyset);
            return keyset;
        }
        if (!developmentDefault) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " is required in production: generate a keyset with"
                    + " `hearth keys generate` and keep it in your secret store (see docs/runbooks/key-rotation.md)");
        }
        return development(Objects.requireNonNull(developmentKeyDirectory, "developmentKeyDirectory"));
    }

    /** Reads the development keyset, generating and saving it on first use. */
    static FieldKeyset development(Path directory) {
        Path file = directory.resolve(DEVELOPMENT_FILE);
        try {
            if (!Files.exists(file)) {
                create(directory, file);
            }
            FieldKeyset keyset;
            try {
                keyset = FieldKeyset.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // never overwrite: values encrypted with it would become unreadable
                throw new IllegalArgumentException(file + ": " + e.getMessage()
                        + "; move it aside only if no data was encrypted with it");
            }
            LOG.warn("DEVELOPMENT field encryption keyset from {} ({}): not for real data; production needs {}",
                    file, keyset, ENVIRONMENT_VARIABLE);
            return keyset;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the development keyset " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static void create(Path directory, Path file) throws IOException {
        Files.createDirectories(directory);
        restrict(directory, "rwx------");
        Path temporary = Files.createTempFile(directory, DEVELOPMENT_FILE, ".new");
        try {
            restrict(temporary, "rw-------");
            Files.writeString(temporary, FieldKeyset.generate().toJson(), StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temporary); // atomic, and fails if another process made the file first
            } catch (UnsupportedOperationException e) {
                Files.move(temporary, file); // no hard links here: still refuses to replace an existing file
            }
            LOG.warn("Generated a DEVELOPMENT field encryption keyset in {}", file);
        } catch (FileAlreadyExistsException e) {
            // another Hearth process created it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
