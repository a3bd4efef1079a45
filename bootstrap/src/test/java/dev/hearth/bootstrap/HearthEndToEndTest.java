package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import dev.hearth.testsupport.TestRedis;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole wiring, through real adapters: configuration, PostgreSQL with migrations, Redis, HTTP. */
class HearthEndToEndTest {

    static final DocumentedHttp CLIENT = DocumentedHttp.client();
    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, String> databaseEnvironment(TestDatabase db) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", db.jdbcUrl());
        try {   // the development keyset is generated under it: keep it out of the working tree
            env.put("HEARTH_DATA_DIR", java.nio.file.Files.createTempDirectory("hearth-e2e").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        env.put("DATABASE_USER", db.user());
        if (db.password() != null) {
            env.put("DATABASE_PASSWORD", db.password());
        }
        return env;
    }

    static HttpResponse<String> get(Hearth hearth, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hearth.httpPort() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), BodyHandlers.ofString());
    }

    @Test
    void without_redis_hearth_is_ready_with_postgres_up_and_redis_degraded() throws Exception {
        HearthConfig config = ConfigLoader.load(databaseEnvironment(
                TestPostgres.instance().createDatabase(HearthEndToEndTest.class))).withHttpPort(0);

        try (Hearth hearth = Hearth.start(config)) {
            assertThat(config.fieldKeyset().developmentFile()).as("dev generates its field keyset at start")
                    .isRegularFile();
            HttpResponse<String> ready = get(hearth, "/health/ready");

            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(ready.body());
            assertThat(body.get("status").asText()).isEqualTo("degraded");
            assertThat(body.at("/dependencies/0/name").asText()).isEqualTo("postgres");
            assertThat(body.at("/dependencies/0/state").asText()).isEqualTo("up");
            assertThat(body.at("/dependencies/1/name").asText()).isEqualTo("redis");
            assertThat(body.at("/dependencies/1/state").asText()).isEqualTo("degraded");

            HttpResponse<String> missing = get(hearth, "/v1/nothing-here");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            HttpResponse<String> openApi = get(hearth, "/openapi.json");
            assertThat(openApi.body()).isEqualTo(HearthApi.openApiJson());
        }
    }

    @Test
    void with_redis_every_dependency_is_up() throws Exception {
        Map<String, String> env = databaseEnvironment(TestPostgres.instance().createDatabase("hearth_e2e_redis"));
        env.put("REDIS_URL", TestRedis.instance().url());
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0);

        try (Hearth hearth = Hearth.start(config)) {
            JsonNode body = JSON.readTree(get(hearth, "/health/ready").body());

            assertThat(body.get("status").asText()).isEqualTo("up");
            assertThat(body.at("/dependencies/1/state").asText()).isEqualTo("up");
        }
    }
}
