package dev.hearth.domain.debt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rules catalogue in {@code docs/rules/}: the rows of its rules table are lines of the form
 * {@code | `rule.id` | what | legal reference | code | tests |}.
 */
public final class RulesCatalogueFile {

    private RulesCatalogueFile() {
    }

    /** The catalogue file, found from the domain module's working directory or the repository root. */
    public static Path locate(String name) {
        for (Path candidate : List.of(Path.of("..", "docs", "rules", name), Path.of("docs", "rules", name))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/rules/" + name + " is missing");
    }

    /** Each rules-table row as its cells (first cell without backticks), in file order. */
    public static List<List<String>> rows(Path file, String idPrefix) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| `" + idPrefix)) {
                continue;
            }
            String[] parts = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
            List<String> cells = new ArrayList<>();
            for (String part : parts) {
                cells.add(part.trim());
            }
            cells.set(0, cells.get(0).replace("`", ""));
            rows.add(cells);
        }
        return rows;
    }
}
