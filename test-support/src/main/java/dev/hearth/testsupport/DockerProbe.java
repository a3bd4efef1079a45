package dev.hearth.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers "is there a Docker daemon?" cheaply, before anything touches Testcontainers (whose 2.x releases fail slowly
 * and loudly without one). It sends {@code GET /_ping} to the daemon's socket and expects {@code OK}, all within a short
 * timeout. TLS daemons ({@code DOCKER_TLS_VERIFY}) are only checked for an open port.
 */
public final class DockerProbe {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static volatile Boolean cached;

    private DockerProbe() {
    }

    /** Whether a Docker daemon answers, checked once per JVM. */
    public static boolean daemonAnswers() {
        Boolean result = cached;
        if (result == null) {
            result = daemonAnswers(System.getenv());
            cached = result;
        }
        return result;
    }

    /** Whether a Docker daemon answers at any address the given environment points to. */
    static boolean daemonAnswers(Map<String, String> env) {
        for (SocketAddress address : candidates(env)) {
            if (pings(address, "1".equals(env.get("DOCKER_TLS_VERIFY")))) {
                return true;
            }
        }
        return false;
    }

    static List<SocketAddress> candidates(Map<String, String> env) {
        List<SocketAddress> addresses = new ArrayList<>();
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            URI uri = URI.create(dockerHost.trim());
            if ("unix".equals(uri.getScheme())) {
                addresses.add(UnixDomainSocketAddress.of(uri.getPath()));
            } else if ("tcp".equals(uri.getScheme()) && uri.getHost() != null) {
                addresses.add(new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 2375));
            }
            return addresses;
        }
        List<Path> sockets = new ArrayList<>();
        sockets.add(Path.of("/var/run/docker.sock"));
        String home = env.get("HOME");
        if (home != null) {
            sockets.add(Path.of(home, ".docker", "run", "docker.sock"));
            sockets.add(Path.of(home, ".docker", "desktop", "docker.sock"));
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null) {
            sockets.add(Path.of(runtime, "docker.sock"));
        }
        for (Path socket : sockets) {
            if (Files.exists(socket)) {
                addresses.add(UnixDomainSocketAddress.of(socket));
            }
        }
        return addresses;
    }

    static boolean pings(SocketAddress address, boolean tls) {
        StandardProtocolFamily family = address instanceof UnixDomainSocketAddress
                ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (SocketChannel channel = SocketChannel.open(family); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(address)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                if (selector.select(remainingMillis(deadline)) == 0 || !channel.finishConnect()) {
                    return false;
                }
            }
            if (tls) {
                return true;
            }
            ByteBuffer request = ByteBuffer.wrap(
                    "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            channel.register(selector, SelectionKey.OP_READ);
            ByteBuffer response = ByteBuffer.allocate(1024);
            while (System.nanoTime() < deadline && response.hasRemaining()) {
                selector.selectedKeys().clear();
                if (selector.select(remainingMillis(deadline)) == 0) {
                    break;
                }
                if (channel.read(response) < 0) {
                    break;
                }
                String soFar = new String(response.array(), 0, response.position(), StandardCharsets.US_ASCII);
                if (soFar.startsWith("HTTP/") && soFar.contains(" 200 ") && soFar.endsWith("OK")) {
                    return true;
                }
            }
            String text = new String(response.array(), 0, response.position(), StandardCharsets.US_ASCII);
            return text.startsWith("HTTP/") && text.contains(" 200 ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }
}
