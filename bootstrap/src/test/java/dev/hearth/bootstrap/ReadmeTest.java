package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.bootstrap.config.ConfigVariable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README.md is the first thing a newcomer runs, its configuration guide what an operator reads: keep both checked. */
class ReadmeTest {

    static String readme() throws IOException {
        return Files.readString(RepositoryFiles.root().resolve("README.md"), StandardCharsets.UTF_8);
    }

    static String configurationGuide() throws IOException {
        return Files.readString(RepositoryFiles.root().resolve("docs/guides/configuration.md"), StandardCharsets.UTF_8);
    }

    /** The configuration table as docs/guides/configuration.md must show it, generated from {@link ConfigVariable}. */
    static String expectedTable() {
        StringBuilder sb = new StringBuilder("| Variable | Default | What it does |\n| --- | --- | --- |\n");
        for (ConfigVariable v : ConfigVariable.values()) {
            sb.append("| `").append(v.name()).append("` | ").append(v.defaultValue()).append(" | ")
                    .append(v.description()).append(v.secret() ? " **Secret**: never printed." : "").append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void the_readme_opens_with_exactly_two_set_up_commands() throws IOException {
        Matcher block = Pattern.compile("(?s)```[a-z]*\\n(.*?)```").matcher(readme());

        assertThat(block.find()).as("README.md has a code block").isTrue();
        assertThat(readme().substring(0, block.start())).as("nothing but a title and prose before the commands")
                .doesNotContain("```");
        List<String> commands = block.group(1).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(commands).containsExactly("./hearth serve", "./mvnw -B verify");
    }

    @Test
    void the_configuration_guide_lists_every_environment_variable_exactly() throws IOException {
        assertThat(configurationGuide())
                .as("docs/guides/configuration.md's table must be exactly (generated from ConfigVariable):%n%s",
                        expectedTable())
                .contains(expectedTable());
    }

    @Test
    void the_readme_links_the_configuration_guide() throws IOException {
        assertThat(readme()).contains("(docs/guides/configuration.md)");
    }
}
