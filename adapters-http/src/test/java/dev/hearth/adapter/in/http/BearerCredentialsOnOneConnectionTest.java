package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bearer credentials are case-sensitive (API keys and JWTs are base62/base64url), so two that differ only in the case
 * of one letter are two credentials, also when they arrive one after the other on the same keep-alive connection.
 * Jetty keeps a per-connection cache of header fields (among them {@code Authorization}) that by default matches
 * values case-insensitively: a request could then be authenticated with the credential of an earlier request on the
 * connection. {@code ApiKeysEndToEndTest} failed about once in sixty runs this way (the real key, sent after a forged
 * one differing only in letter case, was refused as the forged one); behind a proxy that pools connections, one
 * client's request could be read with another's credential.
 */
class BearerCredentialsOnOneConnectionTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() {
        RouteModule secured = () -> List.of(RouteDefinition.get("/test/who")
                .operationId("who").summary("Who is calling").tags("test")
                .security(RouteSecurity.bearer("account"))
                .handle(Void.class, r -> null));
        server = HttpServer.start(new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                Duration.ZERO, new ApiInfo("Hearth API", "test", "Test")), List.of(secured), query -> {
                    seen.add(query.token());
                    if (!query.token().equals("hk_Abcdefgh_" + "S".repeat(43))) {
                        throw new ApplicationException(ErrorCode.UNAUTHENTICATED, null);
                    }
                    return new AuthenticatedAccount(UUID.randomUUID(), List.of("account"), "key", Instant.MAX,
                            CredentialKind.API_KEY);
                });
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void credentials_differing_only_in_letter_case_are_told_apart_on_one_connection() throws Exception {
        String real = "hk_Abcdefgh_" + "S".repeat(43);
        String forged = "hk_Abcdefgh_" + "s" + "S".repeat(42);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            // Jetty builds its field cache from the second request on a connection: warm it up, then alternate
            assertThat(exchange(out, in, real)).isEqualTo(204);
            assertThat(exchange(out, in, forged)).isEqualTo(401);
            assertThat(exchange(out, in, real)).as("the real credential after the forged one").isEqualTo(204);
            assertThat(exchange(out, in, forged)).as("the forged one after the real one").isEqualTo(401);
            assertThat(exchange(out, in, real)).isEqualTo(204);
        }
        assertThat(seen).containsExactly(real, forged, real, forged, real);
    }

    /** One request on the open connection; returns the status, having read the whole response. */
    private static int exchange(OutputStream out, BufferedReader in, String bearer) throws IOException {
        out.write(("GET /test/who HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + bearer + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = in.readLine();
        assertThat(statusLine).startsWith("HTTP/1.1 ");
        int length = 0;
        boolean chunked = false;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (int size = Integer.parseInt(in.readLine().strip(), 16); size > 0;
                 size = Integer.parseInt(in.readLine().strip(), 16)) {
                skip(in, size);
                in.readLine(); // the CRLF after the chunk
            }
            in.readLine(); // the empty trailer section
        } else {
            skip(in, length);
        }
        return Integer.parseInt(statusLine.substring(9, 12));
    }

    private static void skip(BufferedReader in, int chars) throws IOException {
        for (int i = 0; i < chars; i++) {
            if (in.read() < 0) {
                throw new IOException("the connection closed inside a response body");
            }
        }
    }
}
