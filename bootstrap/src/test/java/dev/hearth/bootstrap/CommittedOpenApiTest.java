package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.json is the API contract reviewers read and clients generate from; it must be exactly what the code
 * serves. Run with {@code -Dhearth.openapi.update=true} to rewrite it from the code.
 */
class CommittedOpenApiTest {

    static final String REGENERATE = "./mvnw -B -q -pl bootstrap -am test -Dtest=CommittedOpenApiTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dhearth.openapi.update=true";

    @Test
    void the_committed_openapi_document_is_the_one_the_code_generates() throws IOException {
        Path committed = RepositoryFiles.root().resolve("docs/openapi.json");
        String generated = HearthApi.openApiJson();
        if (Boolean.getBoolean("hearth.openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(committed))
                .as("docs/openapi.json is missing. Generate it with:%n  %s%n", REGENERATE)
                .isTrue();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("docs/openapi.json differs from what the code generates (a route or DTO changed). Regenerate it "
                        + "with:%n  %s%n(or: ./mvnw -B -q -DskipTests package && java -jar bootstrap/target/hearth.jar"
                        + " openapi > docs/openapi.json) and commit the result with your change.%n", REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void the_document_describes_the_health_routes() {
        assertThat(HearthApi.openApiJson()).contains("\"/health/live\"", "\"/health/ready\"", "\"checkReadiness\"");
    }
}
