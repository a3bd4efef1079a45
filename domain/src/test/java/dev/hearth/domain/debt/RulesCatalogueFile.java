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

    /**
     * The {@code Class#member} references in the code column (the fourth) whose class, in {@code packageName}, declares
     * no method or field of that name: an auditor following the catalogue must land on the code that applies the rule.
     */
    public static List<String> missingMembers(Path file, String idPrefix, String packageName) throws IOException {
        List<String> missing = new ArrayList<>();
        for (List<String> row : rows(file, idPrefix)) {
            for (String name : row.get(3).replace("`", "").split("[,;] *")) {
                String ref = name.trim();
                int hash = ref.indexOf('#');
                if (hash >= 0 && !declares(packageName + "." + ref.substring(0, hash), ref.substring(hash + 1))) {
                    missing.add(row.get(0) + ": " + ref);
                }
            }
        }
        return missing;
    }

    private static boolean declares(String className, String member) {
        Class<?> type;
        try {
            type = Class.forName(className, false, RulesCatalogueFile.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        for (var method : type.getDeclaredMethods()) {
            if (method.getName().equals(member)) {
                return true;
            }
        }
        for (var field : type.getDeclaredFields()) {
            if (field.getName().equals(member)) {
                return true;
            }
        }
        return false;
    }
}
