package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestRedisTest {

    private static final TestRedis REDIS = TestRedis.instance();

    @Test
    void the_server_answers_ping() throws IOException {
        assertThat(command("PING")).isEqualTo("+PONG");
    }

    @Test
    void one_server_serves_the_whole_jvm() {
        assertThat(TestRedis.instance()).isSameAs(REDIS);
    }

    @Test
    void an_embedded_server_listens_on_loopback_never_on_the_well_known_port() throws IOException {
        if (REDIS.source() == ServerSource.EMBEDDED) {
            assertThat(InetAddress.getByName(REDIS.host()).isLoopbackAddress()).isTrue();
            assertThat(REDIS.port()).isNotEqualTo(6379);
            assertThat(command("CONFIG GET save")).contains("save");
        }
        if (REDIS.source() != ServerSource.EXTERNAL) {
            assertThat(REDIS.port()).isNotEqualTo(TestRedis.WELL_KNOWN_PORT);
        }
    }

    @Test
    void free_ports_are_never_the_well_known_one() {
        for (int i = 0; i < 20; i++) {
            assertThat(TestRedis.freeLoopbackPort()).isNotEqualTo(6379).isPositive();
        }
    }

    /** Sends one inline command and returns the first reply line (enough for PING and a smoke check). */
    private static String command(String inline) throws IOException {
        try (Socket socket = new Socket(REDIS.host(), REDIS.port())) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write((inline + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[512];
            int n = in.read(buffer);
            String reply = new String(buffer, 0, Math.max(n, 0), StandardCharsets.US_ASCII);
            return reply.startsWith("*") ? reply : reply.strip();
        }
    }
}
