package dev.hearth.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.hearth.bootstrap.architecture.fixtures.tests.CamelCaseTestNames;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Every test method of every module is named as a snake_case sentence that states the rule it proves
 * ({@code a_wrong_secret_is_refused}), so a failing test reads as the broken rule. Checked with ArchUnit over the
 * compiled tests of each module ({@code <module>/target/test-classes}); bootstrap builds after the modules it
 * depends on, so theirs are there.
 */
class TestNamesTest {

    /** Lower-case words and digits joined by single underscores. */
    static final String SNAKE_CASE_SENTENCE = "[a-z][a-z0-9]*(_[a-z0-9]+)+";

    static final ArchRule TEST_METHODS_ARE_SNAKE_CASE_SENTENCES = methods()
            .that().areAnnotatedWith(Test.class)
            .or().areAnnotatedWith(ParameterizedTest.class)
            .or().areAnnotatedWith(RepeatedTest.class)
            .or().areAnnotatedWith(TestFactory.class)
            .or().areAnnotatedWith(TestTemplate.class)
            .should().haveNameMatching(SNAKE_CASE_SENTENCE)
            .because("a test's name states the rule it proves, as a snake_case sentence (a_wrong_secret_is_refused)");

    @Test
    void every_test_method_of_every_module_is_a_snake_case_sentence() throws IOException {
        List<Path> compiledTests = compiledTestsOfEveryModule();
        Path root = DocumentedHttp.repositoryRoot();
        assertThat(compiledTests).as("the modules bootstrap is built after")
                .contains(root.resolve("domain/target/test-classes"), root.resolve("application/target/test-classes"),
                        root.resolve("adapters-http/target/test-classes"),
                        root.resolve("bootstrap/target/test-classes"));

        JavaClasses tests = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/architecture/fixtures/"))
                .importPaths(compiledTests);

        TEST_METHODS_ARE_SNAKE_CASE_SENTENCES.check(tests);
    }

    @Test
    void the_rule_catches_a_test_named_in_camel_case() {
        EvaluationResult result = TEST_METHODS_ARE_SNAKE_CASE_SENTENCES.evaluate(
                new ClassFileImporter().importClasses(CamelCaseTestNames.class));

        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("refusesNegativeRent"))
                .anySatisfy(line -> assertThat(line).contains("countsChildren"));
    }

    /** {@code <module>/target/test-classes} of every module that has tests and has compiled them. */
    private static List<Path> compiledTestsOfEveryModule() throws IOException {
        try (Stream<Path> modules = Files.list(DocumentedHttp.repositoryRoot())) {
            return modules.filter(m -> Files.isDirectory(m.resolve("src/test/java")))
                    .map(m -> m.resolve("target/test-classes"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        }
    }
}
