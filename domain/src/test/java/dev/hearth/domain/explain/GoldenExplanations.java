package dev.hearth.domain.explain;

import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.explain.ExplanationText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares an explanation with its golden file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to (re)write the files after a reviewed change in reasoning.
 */
public final class GoldenExplanations {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenExplanations() {
    }

    /** Asserts {@code explanation} renders exactly as {@code golden/<relative>}, or rewrites it when updating. */
    public static void assertMatches(String relative, Explanation explanation) throws IOException {
        String actual = ExplanationText.render(explanation);
        Path file = ROOT.resolve(relative);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing; run the test with -Dgolden.update=true to create it, then "
                    + "review it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("explanation differs from golden file %s; if the change in reasoning is intended, rerun with "
                        + "-Dgolden.update=true and review the diff", file)
                .isEqualTo(expected);
    }
}
