package dev.hearth.bootstrap.logging;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class RedactionTest {

    @ParameterizedTest(name = "{0} is sensitive: {1}")
    @CsvSource({
        "password, true", "DATABASE_PASSWORD, true", "refreshToken, true", "Authorization, true",
        "x-api-key, true", "Set-Cookie, true", "dateOfBirth, true", "date_of_birth, true", "email, true",
        "nino, true", "monthlyRentPence, true", "amount, true", "balance, true", "netEarnings, true",
        "capital, true", "rent, true", "arrears, true",
        "requestId, false", "status, false", "durationMs, false", "route, false", "current, false",
        "currentSchema, false", "parent, false", "name, false", "method, false"})
    void keys_that_name_secrets_personal_data_or_money_are_sensitive(String key, boolean sensitive) {
        assertThat(Redaction.isSensitiveKey(key)).isEqualTo(sensitive);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "login failed for token=abc123 at step 2|login failed for token=**** at step 2",
        "password: hunter2|password: ****",
        "{\"dateOfBirth\":\"1990-04-01\",\"name\":\"x\"}|{\"dateOfBirth\":\"****\",\"name\":\"x\"}",
        "monthlyRentPence=95000, frequency=MONTHLY|monthlyRentPence=****, frequency=MONTHLY",
        "Authorization: Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig|Authorization: ****",
        "sent Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig upstream|sent Bearer **** upstream",
        "connecting to postgres://hearth:s3cret@db:5432/hearth|connecting to postgres://hearth:****@db:5432/hearth",
        "GET /health/ready -> 200 in 3 ms|GET /health/ready -> 200 in 3 ms",
        "at 12:30 status=ok|at 12:30 status=ok"})
    void free_text_keeps_its_shape_with_the_values_masked(String text, String expected) {
        assertThat(Redaction.redactText(text)).isEqualTo(expected);
    }

    @Test
    void json_logs_mask_sensitive_fields_values_and_stack_traces() throws Exception {
        List<String> lines = logThroughTheRealConfiguration("json");

        String line = lines.stream().filter(l -> l.contains("household saved")).findFirst().orElseThrow();
        JsonNode event = new ObjectMapper().readTree(line);
        assertThat(event.get("message").asText()).isEqualTo("household saved token=****");
        assertThat(event.get("requestId").asText()).isEqualTo("req-42");
        assertThat(event.get("password").asText()).isEqualTo("****");
        assertThat(event.get("dateOfBirth").asText()).isEqualTo("****");
        assertThat(event.get("monthlyRentPence").asText()).isEqualTo("****");
        assertThat(event.get("household").get("balance").asText()).isEqualTo("****");
        assertThat(event.get("household").get("members").asInt()).isEqualTo(3);
        assertThat(event.get("stack_trace").asText()).contains("IllegalStateException", "password=****");
        assertThat(line).doesNotContain("hunter2", "1990-04-01", "95000", "123456", "abc123", "pa55");
    }

    @Test
    void text_logs_mask_the_same_things_and_carry_the_request_id() {
        List<String> lines = logThroughTheRealConfiguration("text");
        String all = String.join("\n", lines);

        assertThat(all).contains("[req-42]", "household saved token=****", "monthlyRentPence=****",
                "password=****", "IllegalStateException");
        assertThat(all).doesNotContain("hunter2", "1990-04-01", "95000", "abc123", "pa55");
    }

    /** Configures a fresh logback from the shipped logback.xml with the given format and logs one event. */
    private static List<String> logThroughTheRealConfiguration(String format) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty("hearth.log.format", format);
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        // share the MDC of the running logback, which is the one org.slf4j.MDC writes to
        context.setMDCAdapter(((LoggerContext) LoggerFactory.getILoggerFactory()).getMDCAdapter());
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(RedactionTest.class.getResource("/logback.xml"));
            Logger log = context.getLogger("dev.hearth.test");
            MDC.put("requestId", "req-42");
            log.atInfo()
                    .addKeyValue("monthlyRentPence", 95000)
                    .addArgument(kv("password", "hunter2"))
                    .addArgument(kv("dateOfBirth", "1990-04-01"))
                    .addArgument(kv("household", Map.of("balance", 123456, "members", 3)))
                    .setCause(new IllegalStateException("connect failed: password=pa55"))
                    .log("household saved token=abc123");
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            MDC.remove("requestId");
            context.stop();
            System.setErr(originalErr);
            System.clearProperty("hearth.log.format");
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
