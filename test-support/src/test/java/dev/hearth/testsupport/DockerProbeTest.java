package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerProbeTest {

    @Test
    void a_closed_port_means_no_daemon_and_the_answer_comes_quickly() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        boolean answers = DockerProbe.daemonAnswers(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + port));
        assertThat(answers).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void a_missing_unix_socket_means_no_daemon(@TempDir Path dir) {
        assertThat(DockerProbe.pings(UnixDomainSocketAddress.of(dir.resolve("docker.sock")), false)).isFalse();
        assertThat(DockerProbe.daemonAnswers(Map.of("DOCKER_HOST", "unix://" + dir.resolve("docker.sock"))))
                .isFalse();
    }

    @Test
    void without_docker_host_only_sockets_that_exist_are_candidates(@TempDir Path home) {
        assertThat(DockerProbe.candidates(Map.of("HOME", home.toString(), "XDG_RUNTIME_DIR", home.toString())))
                .allSatisfy(address -> assertThat(address).isInstanceOf(UnixDomainSocketAddress.class))
                .noneMatch(address -> address.toString().startsWith(home.toString()));
    }

    @Test
    void a_daemon_that_answers_ping_with_ok_is_found() throws Exception {
        try (FakeDaemon daemon = new FakeDaemon("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")) {
            assertThat(DockerProbe.pings(new InetSocketAddress("127.0.0.1", daemon.port()), false)).isTrue();
        }
    }

    @Test
    void a_listener_that_is_not_docker_is_not_mistaken_for_one() throws Exception {
        try (FakeDaemon daemon = new FakeDaemon("-ERR unknown command\r\n")) {
            assertThat(DockerProbe.pings(new InetSocketAddress("127.0.0.1", daemon.port()), false)).isFalse();
        }
    }

    /** A one-connection TCP server that answers anything with a fixed text and closes. */
    private static final class FakeDaemon implements AutoCloseable {
        private final ServerSocket server;
        private final Thread thread;

        FakeDaemon(String answer) throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                    client.getInputStream().read(new byte[256]);
                    out.write(answer.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // closed by the test
                }
            });
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            server.close();
            thread.join(2_000);
        }
    }
}
