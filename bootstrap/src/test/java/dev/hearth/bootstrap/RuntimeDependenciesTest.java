package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A test-scoped declaration never shadows a runtime dependency (conventions 10). Maven lets the nearest declaration
 * win, scope included: declaring for tests something an adapter needs at run time takes it off the runtime classpath
 * and out of the shaded jar, while every test still passes (their classpath has it). Failsafe did exactly that, and
 * {@code java -jar hearth.jar serve} with an external issuer died with {@code NoClassDefFoundError}.
 *
 * <p>The build writes bootstrap's dependency graph before mediation ({@code dependency:tree -Dverbose}, execution
 * {@code verbose-dependency-tree} in bootstrap's pom, phase {@code generate-test-resources}) to
 * {@code target/dependency-tree-verbose.txt}. Maven marks a direct declaration whose narrower scope won over a wider
 * one required below it as {@code (scope not updated to compile)} (or {@code runtime}); this test fails the build on
 * any such mark whose winning scope is {@code test} or {@code provided}. It is proved on the tree Maven wrote when
 * bootstrap still declared Failsafe for tests only (a test resource).
 */
class RuntimeDependenciesTest {

    private static final Path TREE = Path.of("target", "dependency-tree-verbose.txt");
    private static final Pattern SHADOWING = Pattern.compile(
            "([A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-]+)(?::[A-Za-z0-9_.\\-]+){2,3}:(test|provided)\\b.*"
                    + "scope not updated to (compile|runtime)");

    @Test
    void no_test_scoped_declaration_shadows_a_compile_or_runtime_dependency_of_bootstrap() throws IOException {
        assertThat(TREE).as("written by the build's verbose-dependency-tree execution (run through Maven)")
                .isRegularFile();
        assertThat(shadowed(Files.readString(TREE)))
                .as("declared with a test or provided scope in bootstrap/pom.xml, but needed at run time by a "
                        + "dependency: remove the declaration (tests see the dependency anyway) so the jar keeps it")
                .isEmpty();
    }

    @Test
    void the_check_catches_failsafe_declared_for_tests_only() throws IOException {
        try (InputStream in = RuntimeDependenciesTest.class.getResourceAsStream(
                "dependency-tree-failsafe-declared-for-tests.txt")) {
            assertThat(in).isNotNull();
            String badTree = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shadowed(badTree)).containsExactly("dev.failsafe:failsafe (test, needed as compile)");
        }
    }

    @Test
    void a_compile_dependency_whose_scope_was_already_compile_is_not_a_finding() {
        String tree = """
                dev.hearth:hearth-bootstrap:jar:0.1.0-SNAPSHOT
                +- org.jetbrains:annotations:jar:13.0:compile (scope not updated to compile)
                +- org.example:provided-thing:jar:1.0:provided (scope not updated to runtime)
                \\- org.example:classified:jar:linux-x86_64:2.0:test (scope not updated to compile)
                """;
        assertThat(shadowed(tree)).containsExactly("org.example:provided-thing (provided, needed as runtime)",
                "org.example:classified (test, needed as compile)");
    }

    /** Each shadowed dependency as {@code group:artifact (winning scope, needed as scope)}. */
    static List<String> shadowed(String verboseTree) {
        return verboseTree.lines().map(SHADOWING::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + " (" + m.group(2) + ", needed as " + m.group(3) + ")")
                .toList();
    }
}
