package dev.hearth.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.HearthApi;
import dev.hearth.bootstrap.HearthMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HearthMainTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HearthMain.execute(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void help_lists_every_subcommand() {
        Run run = run(Map.of(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: hearth", "serve", "migrate", "openapi", "estimate", "plan", "assess",
                "audit", "keys");
    }

    @ParameterizedTest(name = "hearth {0} --help")
    @ValueSource(strings = {"serve", "migrate", "openapi", "estimate", "plan", "assess", "audit", "audit verify",
            "keys", "keys generate", "keys describe", "keys add", "keys promote", "keys rotate", "keys census",
            "keys disable", "keys enable", "keys remove"})
    void every_subcommand_has_help(String subcommand) {
        String[] args = (subcommand + " --help").split(" ");
        Run run = run(Map.of(), args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: hearth " + subcommand);
    }

    @Test
    void openapi_prints_exactly_the_document_on_standard_output() throws Exception {
        Run run = run(Map.of(), "openapi");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(HearthApi.openApiJson());
        assertThat(new ObjectMapper().readTree(run.out()).get("openapi").asText()).startsWith("3.0");
    }

    @Test
    void bad_configuration_exits_2_with_every_problem_and_no_secret() {
        Run run = run(Map.of("HEARTH_PROFILE", "production", "HEARTH_HTTP_PORT", "0",
                "REDIS_URL", "nope://:topsecret@x"), "serve");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("Hearth cannot start: 5 problems", "DATABASE_URL", "HEARTH_FIELD_KEYSET",
                "HEARTH_AUTH_LOOKUP_KEY", "HEARTH_HTTP_PORT", "REDIS_URL").doesNotContain("topsecret");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void migrate_checks_the_configuration_first_too() {
        Run run = run(Map.of("HEARTH_PROFILE", "production"), "migrate");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("DATABASE_URL: required when HEARTH_PROFILE=production");
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error() {
        Run run = run(Map.of(), "frobnicate");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("frobnicate");
    }

    @Test
    void version_names_the_build_and_the_runtime() {
        Run run = run(Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("hearth 0.1.0", "API " + HearthApi.VERSION, "Java ");
    }
}
