package dev.hearth.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    /** 32 bytes of zeros, base64: a well-formed (not secret) lookup key for tests. */
    private static final String LOOKUP_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Test
    void with_nothing_set_dev_runs_on_loopback_8080_with_the_embedded_database_and_in_process_redis() {
        HearthConfig config = ConfigLoader.load(Map.of());

        assertThat(config.profile()).isEqualTo(Profile.DEV);
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.maxRequestBytes()).isEqualTo(1_048_576);
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.postgres().isEmbedded()).isTrue();
        assertThat(config.postgres().embeddedDataDirectory()).isEqualTo(Path.of(".hearth", "postgres"));
        assertThat(config.redis().isInProcess()).isTrue();
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(config.logLevel()).isEqualTo("INFO");
    }

    @Test
    void production_refuses_to_start_without_a_database_url() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_PROFILE", "production")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATABASE_URL: required when HEARTH_PROFILE=production");
    }

    @Test
    void production_refuses_to_start_without_a_field_keyset() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_PROFILE", "production",
                "DATABASE_URL", "postgres://hearth:s3cret@db.internal:5432/hearth", "HEARTH_AUTH_LOOKUP_KEY", LOOKUP_KEY)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        "HEARTH_FIELD_KEYSET: required when HEARTH_PROFILE=production (generate one with `hearth keys"
                                + " generate` and keep it in the secret store; see docs/runbooks/key-rotation.md)"));
    }

    @Test
    void without_a_field_keyset_dev_uses_the_development_keyset_under_the_data_directory() {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA_DIR", "/tmp/hearth-dev"));

        assertThat(config.fieldKeyset().fromEnvironment()).isFalse();
        assertThat(config.fieldKeyset().developmentDefault()).isTrue();
        assertThat(config.fieldKeyset().developmentFile())
                .isEqualTo(Path.of("/tmp/hearth-dev/keys/field-keyset.json"));
    }

    @Test
    void a_configured_field_keyset_is_used_and_never_printed() {
        String keyset = FieldKeyset.generate().toBase64Json();

        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_FIELD_KEYSET", keyset));

        assertThat(config.fieldKeyset().fromEnvironment()).isTrue();
        assertThat(config.fieldKeyset().load().toBase64Json()).isEqualTo(keyset);
        assertThat(config.toString()).contains("from HEARTH_FIELD_KEYSET").doesNotContain(keyset);
        assertThat(config.fieldKeyset().toString()).doesNotContain(keyset);
    }

    @Test
    void a_malformed_field_keyset_is_refused_without_showing_it() {
        String notAKeyset = java.util.Base64.getEncoder().encodeToString("{\"key\": \"s3cr3t-material\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(catchConfig(Map.of("HEARTH_FIELD_KEYSET", notAKeyset)).getMessage())
                .contains("HEARTH_FIELD_KEYSET: the field keyset is not a valid Tink JSON keyset (value not shown")
                .doesNotContain(notAKeyset, "s3cr3t");
        assertThat(catchConfig(Map.of("HEARTH_FIELD_KEYSET", "s3cr3t not base64")).getMessage())
                .contains("HEARTH_FIELD_KEYSET: the field keyset is not valid base64")
                .doesNotContain("s3cr3t");
    }

    @Test
    void production_with_a_database_url_binds_every_interface_and_logs_json() {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_PROFILE", "production",
                "DATABASE_URL", "postgres://hearth:s3cret@db.internal:5432/hearth?sslmode=require",
                "HEARTH_FIELD_KEYSET", FieldKeyset.generate().toBase64Json(), "HEARTH_AUTH_LOOKUP_KEY", LOOKUP_KEY));

        assertThat(config.profile()).isEqualTo(Profile.PRODUCTION);
        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.postgres().jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/hearth?sslmode=require");
        assertThat(config.postgres().user()).isEqualTo("hearth");
        assertThat(config.postgres().password()).isEqualTo("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void every_problem_is_reported_in_one_message() {
        Map<String, String> env = Map.of(
                "HEARTH_PROFILE", "production",
                "HEARTH_HTTP_PORT", "eighty",
                "HEARTH_MAX_REQUEST_BYTES", "5",
                "HEARTH_LOG_LEVEL", "LOUD",
                "HEARTH_LOG_FORMAT", "xml",
                "REDIS_URL", "memcached://user:hunter2@cache:11211",
                "HEARTH_HTTP_PROT", "9090");

        ConfigException e = (ConfigException) catchConfig(env);

        assertThat(e.problems()).hasSize(9);
        assertThat(e.getMessage())
                .startsWith("Hearth cannot start: 9 problems with its environment variables:")
                .contains("HEARTH_HTTP_PORT: must be a whole number from 1 to 65535 (was 'eighty')")
                .contains("HEARTH_MAX_REQUEST_BYTES: must be from 1024 to 67108864 (was '5')")
                .contains("HEARTH_LOG_LEVEL: must be one of TRACE, DEBUG, INFO, WARN, ERROR (was 'LOUD')")
                .contains("HEARTH_LOG_FORMAT: must be text or json (was 'xml')")
                .contains("REDIS_URL: must be redis://")
                .contains("HEARTH_HTTP_PROT: not a Hearth variable (misspelt?)")
                .contains("DATABASE_URL: required when HEARTH_PROFILE=production")
                .contains("HEARTH_FIELD_KEYSET: required when HEARTH_PROFILE=production")
                .contains("HEARTH_AUTH_LOOKUP_KEY: required when HEARTH_PROFILE=production")
                .contains("docs/guides/configuration.md");
    }

    @Test
    void secrets_are_never_printed_even_when_malformed() {
        Map<String, String> env = Map.of(
                "DATABASE_URL", "mysql://admin:pa55word@db:3306/x",
                "REDIS_URL", "redis//:hunter2@cache",
                "DATABASE_PASSWORD", "another-secret");

        Throwable e = catchConfig(env);

        assertThat(e.getMessage())
                .contains("DATABASE_URL: database URL must start with jdbc:postgresql:, postgres:// or postgresql://")
                .contains("value not shown: it may hold a password")
                .doesNotContain("pa55word", "hunter2", "another-secret", "admin");
    }

    @Test
    void an_unknown_profile_is_refused_and_judged_as_strictly_as_production() {
        assertThat(catchConfig(Map.of("HEARTH_PROFILE", "staging")).getMessage())
                .contains("HEARTH_PROFILE: must be dev or production (was 'staging')")
                .contains("DATABASE_URL: required");
    }

    @Test
    void database_user_and_password_override_the_url() {
        HearthConfig config = ConfigLoader.load(Map.of(
                "DATABASE_URL", "jdbc:postgresql://localhost:5432/hearth",
                "DATABASE_USER", "app", "DATABASE_PASSWORD", "pw", "DATABASE_POOL_SIZE", "4"));

        assertThat(config.postgres().user()).isEqualTo("app");
        assertThat(config.postgres().password()).isEqualTo("pw");
        assertThat(config.postgres().maximumPoolSize()).isEqualTo(4);
        assertThat(config.describe()).doesNotContain("pw,").contains("password=***");
    }

    @Test
    void a_replica_url_is_read_in_either_form_and_never_printed() {
        HearthConfig config = ConfigLoader.load(Map.of(
                "DATABASE_URL", "postgres://hearth:s3cret@primary.internal:5432/hearth",
                "DATABASE_REPLICA_URL", "postgres://reader:r3ader@replica.internal:5432/hearth?sslmode=require"));

        assertThat(config.postgres().replicaJdbcUrl()).isEqualTo(
                "jdbc:postgresql://replica.internal:5432/hearth?sslmode=require&user=reader&password=r3ader");
        assertThat(config.postgres().replicaCarriesUser()).isTrue();
        assertThat(config.toString()).doesNotContain("r3ader", "s3cret");

        HearthConfig jdbc = ConfigLoader.load(Map.of("DATABASE_URL", "jdbc:postgresql://p/hearth",
                "DATABASE_REPLICA_URL", "jdbc:postgresql://r/hearth"));
        assertThat(jdbc.postgres().replicaJdbcUrl()).isEqualTo("jdbc:postgresql://r/hearth");
        assertThat(ConfigLoader.load(Map.of("DATABASE_URL", "jdbc:postgresql://p/hearth")).postgres()
                .replicaJdbcUrl()).isNull();
    }

    @Test
    void a_replica_url_without_a_primary_or_of_another_kind_is_refused_without_echoing_it() {
        assertThat(catchConfig(Map.of("DATABASE_REPLICA_URL", "postgres://u:hunter2@r/hearth")).getMessage())
                .contains("DATABASE_REPLICA_URL: set but DATABASE_URL is not")
                .doesNotContain("hunter2");
        assertThat(catchConfig(Map.of("DATABASE_URL", "jdbc:postgresql://p/hearth",
                "DATABASE_REPLICA_URL", "mysql://u:hunter2@r/x")).getMessage())
                .contains("DATABASE_REPLICA_URL: database URL must start with")
                .doesNotContain("hunter2");
    }

    @Test
    void blank_values_count_as_unset() {
        HearthConfig config = ConfigLoader.load(Map.of("DATABASE_URL", " ", "REDIS_URL", "", "HEARTH_HTTP_PORT", ""));

        assertThat(config.postgres().isEmbedded()).isTrue();
        assertThat(config.redis().isInProcess()).isTrue();
        assertThat(config.httpPort()).isEqualTo(8080);
    }

    @Test
    void the_embedded_database_lives_under_the_data_directory() {
        HearthConfig config = ConfigLoader.load(Map.of("HEARTH_DATA_DIR", "/tmp/hearth-dev"));

        assertThat(config.postgres().embeddedDataDirectory()).isEqualTo(Path.of("/tmp/hearth-dev/postgres"));
    }

    @Test
    void variables_that_are_not_hearths_are_ignored() {
        assertThat(ConfigLoader.load(Map.of("PATH", "/usr/bin", "HOME", "/root")).profile()).isEqualTo(Profile.DEV);
    }

    private static Throwable catchConfig(Map<String, String> env) {
        try {
            ConfigLoader.load(env);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void slow_clients_are_cut_off_by_default_and_the_limits_can_be_set() {
        HearthConfig defaults = ConfigLoader.load(Map.of());
        HearthConfig tuned = ConfigLoader.load(Map.of("HEARTH_HTTP_HEADER_TIMEOUT_SECONDS", "5",
                "HEARTH_HTTP_IDLE_TIMEOUT_SECONDS", "60", "HEARTH_HTTP_MIN_DATA_RATE_BYTES", "2048"));

        assertThat(defaults.connectionLimits()).isEqualTo(new dev.hearth.adapter.in.http.ConnectionLimits(
                Duration.ofSeconds(10), Duration.ofSeconds(30), 1024));
        assertThat(tuned.connectionLimits()).isEqualTo(new dev.hearth.adapter.in.http.ConnectionLimits(
                Duration.ofSeconds(5), Duration.ofSeconds(60), 2048));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_HTTP_HEADER_TIMEOUT_SECONDS", "0",
                "HEARTH_HTTP_MIN_DATA_RATE_BYTES", "0")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void no_proxy_is_trusted_unless_listed_and_a_malformed_list_is_refused() {
        assertThat(ConfigLoader.load(Map.of()).trustedProxies().any()).isFalse();
        assertThat(ConfigLoader.load(Map.of("HEARTH_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7"))
                .trustedProxies().clientAddress("10.2.3.4", java.util.List.of("203.0.113.5")))
                .isEqualTo("203.0.113.5");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_TRUSTED_PROXIES", "10.0.0.0/8, proxy.internal")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith("HEARTH_TRUSTED_PROXIES: must be IP addresses")));
    }

    @Test
    void rate_limits_default_to_production_values_and_each_class_can_be_set_or_turned_off() {
        RateLimits defaults = ConfigLoader.load(Map.of()).rateLimits();
        assertThat(defaults).isEqualTo(RateLimits.defaults());
        assertThat(defaults.perMinute(RequestClass.READS)).isEqualTo(600);

        RateLimits set = ConfigLoader.load(Map.of("HEARTH_RATE_LIMIT_READS", "5", "HEARTH_RATE_LIMIT_WRITES", "0"))
                .rateLimits();
        assertThat(set.perMinute(RequestClass.READS)).isEqualTo(5);
        assertThat(set.perMinute(RequestClass.WRITES)).as("0: no limit").isZero();
        assertThat(set.perMinute(RequestClass.ADMIN)).isEqualTo(RequestClass.ADMIN.defaultPerMinute());
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("HEARTH_RATE_LIMIT_ADMIN", "-1")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith("HEARTH_RATE_LIMIT_ADMIN: must be from 0 to 100000")));
    }

    @Test
    void a_sentinel_url_is_understood_and_a_malformed_one_refused_without_echoing_it() {
        HearthConfig config = ConfigLoader.load(Map.of("REDIS_URL",
                "redis-sentinel://:hunter2@10.0.0.5:26379,10.0.0.6:26379/hearth"));
        assertThat(config.redis().isSentinel()).isTrue();
        assertThat(config.describe()).doesNotContain("hunter2");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("REDIS_URL", "redis-sentinel://:hunter2@10.0.0.5")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith("REDIS_URL: must be").doesNotContain("hunter2")));
    }
}
