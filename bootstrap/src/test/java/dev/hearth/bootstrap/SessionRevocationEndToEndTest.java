package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import dev.hearth.testsupport.TestRedis;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session ended on one instance ends on every instance within a second (issue 13, ADR 0018): the access token
 * carries its session ({@code sid}), and every request reads, with the account, whether that session was revoked.
 */
class SessionRevocationEndToEndTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static Hearth first;
    private static Hearth second;

    @BeforeAll
    static void start() throws Exception {
        TestDatabase database = TestPostgres.instance().createDatabase(SessionRevocationEndToEndTest.class);
        Map<String, String> env = HearthEndToEndTest.databaseEnvironment(database);
        env.put("REDIS_URL", TestRedis.instance().url());
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0);
        // two whole instances on one database and one Redis, as behind a load balancer
        List<Hearth> instances = Hearth.startInstances(config, 2);
        first = instances.get(0);
        second = instances.get(1);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void a_logout_on_one_instance_refuses_the_access_token_on_the_other_within_a_second() throws Exception {
        TestCredentials.Login session = TestCredentials.signUp(first.httpPort(), "leaver@example.org");
        assertThat(me(second, session.bearer())).isEqualTo(200);

        HttpResponse<String> out = CLIENT.send(first.httpPort(), "POST", "/v1/auth/logout",
                JSON.createObjectNode().put("refreshToken", session.refreshToken()).toString(), null, null);
        assertThat(out.statusCode()).isEqualTo(204);

        assertRefusedWithinASecond(second, session.bearer());
        assertThat(me(first, session.bearer())).isEqualTo(401);
    }

    @Test
    void every_access_token_of_the_session_ends_with_it_not_only_the_latest() throws Exception {
        TestCredentials.Login login = TestCredentials.signUp(first.httpPort(), "two-tokens@example.org");
        TestCredentials.Login refreshed = TestCredentials.refresh(second.httpPort(), login.refreshToken());
        assertThat(me(first, login.bearer())).isEqualTo(200);

        CLIENT.send(second.httpPort(), "POST", "/v1/auth/logout",
                JSON.createObjectNode().put("refreshToken", refreshed.refreshToken()).toString(), null, null);

        assertRefusedWithinASecond(first, login.bearer());
        assertRefusedWithinASecond(first, refreshed.bearer());
    }

    @Test
    void a_reused_refresh_token_revokes_the_family_and_its_access_tokens_on_every_instance() throws Exception {
        TestCredentials.Login login = TestCredentials.signUp(first.httpPort(), "stolen@example.org");
        TestCredentials.Login rotated = TestCredentials.refresh(first.httpPort(), login.refreshToken());
        TestCredentials.refresh(first.httpPort(), rotated.refreshToken());   // the successor is used: no grace left

        HttpResponse<String> replayed = CLIENT.send(second.httpPort(), "POST", "/v1/auth/refresh",
                JSON.createObjectNode().put("refreshToken", login.refreshToken()).toString(), null, null);
        assertThat(replayed.statusCode()).isEqualTo(401);

        assertRefusedWithinASecond(first, rotated.bearer());
    }

    @Test
    void another_session_of_the_same_account_goes_on_working() throws Exception {
        TestCredentials.Login phone = TestCredentials.signUp(first.httpPort(), "two-devices@example.org");
        TestCredentials.Login laptop = TestCredentials.logIn(second.httpPort(), "two-devices@example.org");

        CLIENT.send(first.httpPort(), "POST", "/v1/auth/logout",
                JSON.createObjectNode().put("refreshToken", phone.refreshToken()).toString(), null, null);

        assertRefusedWithinASecond(second, phone.bearer());
        assertThat(me(second, laptop.bearer())).isEqualTo(200);
        assertThat(me(first, laptop.bearer())).isEqualTo(200);
    }

    @Test
    void a_revoked_api_key_is_refused_on_the_other_instance_within_a_second() throws Exception {
        TestCredentials.Login owner = TestCredentials.signUp(first.httpPort(), "key-owner@example.org");
        String key = TestCredentials.apiKey(first.httpPort(), owner.bearer(), List.of("account"));
        HttpResponse<String> keys = CLIENT.send(second.httpPort(), "GET", "/v1/auth/api-keys", null, null,
                owner.bearer());
        String keyId = JSON.readTree(keys.body()).get("items").get(0).get("id").asText();
        assertThat(me(second, "Bearer " + key)).isEqualTo(200);

        HttpResponse<String> revoked = CLIENT.send(first.httpPort(), "DELETE", "/v1/auth/api-keys/" + keyId, null,
                null, owner.bearer());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);

        assertRefusedWithinASecond(second, "Bearer " + key);
    }

    private static void assertRefusedWithinASecond(Hearth instance, String bearer) throws Exception {
        Instant deadline = Instant.now().plus(WITHIN);
        int status = me(instance, bearer);
        while (status != 401 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            status = me(instance, bearer);
        }
        assertThat(status).as("refused within " + WITHIN).isEqualTo(401);
    }

    private static int me(Hearth instance, String bearer) throws Exception {
        return CLIENT.send(instance.httpPort(), "GET", "/v1/auth/me", null, null, bearer).statusCode();
    }
}
