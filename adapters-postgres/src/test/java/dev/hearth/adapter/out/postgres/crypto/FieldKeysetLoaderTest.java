package dev.hearth.adapter.out.postgres.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come from configuration; a development keyset is made only in development, never in production. */
class FieldKeysetLoaderTest {

    @TempDir
    Path keys;

    @Test
    void a_configured_keyset_wins_in_any_profile() {
        FieldKeyset configured = FieldKeyset.generate();

        assertThat(FieldKeysetLoader.load(configured.toBase64Json(), false, keys).keys()).isEqualTo(configured.keys());
        assertThat(FieldKeysetLoader.load(configured.toBase64Json(), true, keys).keys()).isEqualTo(configured.keys());
        assertThat(keys).isEmptyDirectory();
    }

    @Test
    void production_refuses_to_start_without_a_configured_keyset() {
        assertThatThrownBy(() -> FieldKeysetLoader.load(null, false, keys)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FieldKeysetLoader.ENVIRONMENT_VARIABLE).hasMessageContaining("production");
        assertThatThrownBy(() -> FieldKeysetLoader.load("  ", false, keys)).isInstanceOf(IllegalStateException.class);
        assertThat(keys).isEmptyDirectory();
    }

    @Test
    void a_malformed_configured_keyset_is_refused_naming_the_variable_but_not_the_value() {
        String value = "bm90IGEga2V5c2V0IGJ1dCBzZWNyZXQ=";
        assertThatThrownBy(() -> FieldKeysetLoader.load(value, true, keys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(FieldKeysetLoader.ENVIRONMENT_VARIABLE).hasMessageNotContaining(value);
    }

    @Test
    void development_generates_a_private_key_file_once_and_reuses_it() throws IOException {
        Path directory = keys.resolve("nested");
        FieldKeyset first = FieldKeysetLoader.load(null, true, directory);
        FieldKeyset second = FieldKeysetLoader.load("", true, directory);

        Path file = directory.resolve(FieldKeysetLoader.DEVELOPMENT_FILE);
        assertThat(file).isRegularFile();
        assertThat(second.keys()).isEqualTo(first.keys());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        try (var entries = Files.list(directory)) {
            assertThat(entries).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void a_damaged_development_key_file_is_refused_and_never_overwritten() throws IOException {
        Path file = keys.resolve(FieldKeysetLoader.DEVELOPMENT_FILE);
        Files.writeString(file, "{ damaged");

        assertThatThrownBy(() -> FieldKeysetLoader.load(null, true, keys))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
        assertThat(file).hasContent("{ damaged");
    }
}
