package dev.hearth.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java examples in {@code docs/domain-java-api.md} are the code of {@code tools/domain-consumer}, which the verify
 * phase compiles against the packaged jar alone and runs: so an example that no longer compiles or runs fails the
 * build instead of drifting.
 */
class DomainJavaApiDocTest {

    private static final Path DOC = Path.of("..", "docs", "domain-java-api.md");
    private static final Path CONSUMER = Path.of("..", "tools", "domain-consumer", "src", "dev", "hearth", "consumer",
            "DomainConsumer.java");
    private static final Pattern REGION = Pattern.compile(
            "^[ \\t]*// \\[doc:([a-z-]+)]\\n(.*?)^[ \\t]*// \\[/doc:\\1]\\n", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern JAVA_BLOCK = Pattern.compile("^```java\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);

    @Test
    void every_java_example_in_the_document_is_a_region_of_the_consumer_that_verify_runs() throws IOException {
        Map<String, String> regions = regions();
        List<String> blocks = javaBlocks();

        assertThat(blocks).as("java examples in " + DOC).isNotEmpty();
        for (String block : blocks) {
            assertThat(regions.values()).as("a java example of the document, not found as a [doc:...] region of "
                    + CONSUMER + ":\n" + block).contains(block);
        }
    }

    @Test
    void every_region_of_the_consumer_is_shown_in_the_document() throws IOException {
        List<String> blocks = javaBlocks();
        for (Map.Entry<String, String> region : regions().entrySet()) {
            assertThat(blocks).as("region [doc:" + region.getKey() + "] of " + CONSUMER + " in " + DOC)
                    .contains(region.getValue());
        }
    }

    @Test
    void the_document_names_each_engine_entry_point() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String entryPoint : List.of("UniversalCredit.estimate", "HousingCostsElement.calculate",
                "UcPaymentTiming.forPeriod", "UcPaymentTiming.forNewClaim", "DebtPlanner.plan",
                "RentRiskAssessor.assess", "Automatic-Module-Name: dev.hearth.domain")) {
            assertThat(doc).as(entryPoint).contains(entryPoint);
        }
    }

    private static Map<String, String> regions() throws IOException {
        String source = Files.readString(CONSUMER, StandardCharsets.UTF_8);
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION.matcher(source);
        while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
        }
        assertThat(regions).as("[doc:...] regions in " + CONSUMER).isNotEmpty();
        return regions;
    }

    private static List<String> javaBlocks() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(doc);
        while (m.find()) {
            blocks.add(dedent(m.group(1)));
        }
        return blocks;
    }

    /** The lines with their common leading spaces removed and trailing spaces cut. */
    private static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
