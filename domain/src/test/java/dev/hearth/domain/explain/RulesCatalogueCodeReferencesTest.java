package dev.hearth.domain.explain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class and member a rules catalogue in {@code docs/rules/} names in code quotes ({@code `Class`},
 * {@code `Class#member`} or {@code `Class.member`}) exists in the domain module, so that the catalogue cannot drift
 * from the code when a rule moves: the class is found by its source file under {@code domain/src/main/java} or
 * {@code domain/src/test/java}, the member by reflection (a method, field, enum constant or nested class of that
 * name, declared by the class, a superclass, or a class nested in it: an engine's private working class is named by
 * the engine that holds it).
 */
class RulesCatalogueCodeReferencesTest {

    /** `Name`, `Name#member` or `Name.member`; a class name starts with a capital followed by a small letter. */
    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][a-z][A-Za-z0-9]*)(?:[#.]([A-Za-z_][A-Za-z0-9_]*))?`");

    @Test
    void every_class_and_member_named_in_a_rules_catalogue_exists() throws IOException {
        Map<String, String> classes = domainClassesBySimpleName();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> catalogues = Files.list(Path.of("..", "docs", "rules"))) {
            for (Path catalogue : catalogues.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = REFERENCE.matcher(Files.readString(catalogue, StandardCharsets.UTF_8));
                while (m.find()) {
                    String simpleName = m.group(1);
                    String member = m.group(2);
                    if ("java".equals(member)) { // a file name such as `UniversalCredit.java`
                        member = null;
                    }
                    checked++;
                    String className = classes.get(simpleName);
                    if (className == null) {
                        missing.add(catalogue.getFileName() + ": class " + simpleName);
                    } else if (member != null && !hasMember(className, member)) {
                        missing.add(catalogue.getFileName() + ": " + simpleName + "#" + member);
                    }
                }
            }
        }
        assertThat(checked).as("code references found in docs/rules").isGreaterThan(50);
        assertThat(missing).as("classes or members named in docs/rules/*.md that do not exist").isEmpty();
    }

    private static Map<String, String> domainClassesBySimpleName() throws IOException {
        Map<String, String> classes = new HashMap<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            Path base = Path.of(root);
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                    String relative = base.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                    String name = p.getFileName().toString().replace(".java", "");
                    classes.putIfAbsent(name, relative.substring(0, relative.length() - ".java".length()));
                });
            }
        }
        return classes;
    }

    private static boolean hasMember(String className, String member) {
        Class<?> type;
        try {
            type = Class.forName(className, false, RulesCatalogueCodeReferencesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        return declares(type, member);
    }

    private static boolean declares(Class<?> type, String member) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(member)) {
                    return true;
                }
            }
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(member)) {
                    return true;
                }
            }
            for (Class<?> nested : c.getDeclaredClasses()) {
                if (nested.getSimpleName().equals(member) || declares(nested, member)) {
                    return true;
                }
            }
        }
        return false;
    }
}
