package dev.hearth.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Flyway migration must say, on its first line, which decision record justifies it:
 * {@code -- ADR: docs/adr/NNNN-some-title.md}, and that record must exist. Auditors follow a table back to the
 * decision that created it.
 */
class MigrationHeaderTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path REPOSITORY_ROOT = Path.of("..");
    static final Pattern HEADER = Pattern.compile("^-- ADR: (docs/adr/\\d{4}-[a-z0-9-]+\\.md)\\s*$");
    static final Pattern FILE_NAME = Pattern.compile("^(V\\d+(_\\d+)*|R)__[a-z0-9_]+\\.sql$");

    @Test
    void every_migration_names_an_existing_decision_record_on_its_first_line() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> migrations;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            migrations = files.sorted().toList();
        }
        assertThat(migrations).as("migrations in " + MIGRATIONS.toAbsolutePath()).isNotEmpty();
        for (Path migration : migrations) {
            String firstLine;
            try (Stream<String> lines = Files.lines(migration, StandardCharsets.UTF_8)) {
                firstLine = lines.findFirst().orElse("");
            }
            problem(migration.getFileName().toString(), firstLine, REPOSITORY_ROOT).ifPresent(problems::add);
        }
        assertThat(problems).as("migrations without a valid '-- ADR: docs/adr/NNNN-title.md' first line").isEmpty();
    }

    @Test
    void the_check_refuses_a_migration_without_a_header() {
        assertThat(problem("V2__households.sql", "CREATE TABLE household (id uuid);", REPOSITORY_ROOT))
                .hasValueSatisfying(p -> assertThat(p).contains("V2__households.sql", "first line"));
    }

    @Test
    void the_check_refuses_a_header_naming_a_record_that_does_not_exist() {
        assertThat(problem("V2__households.sql", "-- ADR: docs/adr/9999-no-such-decision.md", REPOSITORY_ROOT))
                .hasValueSatisfying(p -> assertThat(p).contains("does not exist"));
    }

    @Test
    void the_check_refuses_a_file_flyway_would_not_run_as_named() {
        assertThat(problem("v2-households.sql", "-- ADR: docs/adr/0006-postgresql-jdbi-flyway-hikari.md",
                REPOSITORY_ROOT)).hasValueSatisfying(p -> assertThat(p).contains("name"));
    }

    @Test
    void the_check_accepts_a_well_formed_header() {
        assertThat(problem("V1__hearth_meta.sql", "-- ADR: docs/adr/0006-postgresql-jdbi-flyway-hikari.md",
                REPOSITORY_ROOT)).isEmpty();
    }

    static Optional<String> problem(String fileName, String firstLine, Path repositoryRoot) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            return Optional.of(fileName + ": name must be V<version>__<snake_case>.sql or R__<snake_case>.sql");
        }
        Matcher header = HEADER.matcher(firstLine);
        if (!header.matches()) {
            return Optional.of(fileName + ": first line must be '-- ADR: docs/adr/NNNN-title.md', was '"
                    + firstLine + "'");
        }
        if (!Files.isRegularFile(repositoryRoot.resolve(header.group(1)))) {
            return Optional.of(fileName + ": " + header.group(1) + " does not exist");
        }
        return Optional.empty();
    }
}
