package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Registering and signing in over HTTP, for end-to-end tests of protected routes. */
final class TestSessions {

    /** The password every test account uses. */
    static final String PASSWORD = "correct horse battery staple";

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A signed-in account. */
    record Session(String accountId, String accessToken) {
        String bearer() {
            return "Bearer " + accessToken;
        }
    }

    private TestSessions() {
    }

    /** Registers {@code email} (202 whether new or not) and logs it in. */
    static Session signUp(int port, String email) throws Exception {
        HttpResponse<String> registered = post(port, "/v1/auth/register", credentials(email));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        return logIn(port, email);
    }

    /** Logs {@code email} in. */
    static Session logIn(int port, String email) throws Exception {
        HttpResponse<String> login = post(port, "/v1/auth/login", credentials(email));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(login.body());
        return new Session(body.get("accountId").asText(), body.get("accessToken").asText());
    }

    private static String credentials(String email) {
        return JSON.createObjectNode().put("email", email).put("password", PASSWORD).toString();
    }

    private static HttpResponse<String> post(int port, String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }
}
