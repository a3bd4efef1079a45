package dev.hearth.testsupport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * The one real Redis of this test JVM, started on first use and stopped when the JVM exits. Chosen as described in
 * {@link dev.hearth.testsupport}: {@code HEARTH_TEST_REDIS_URL}, else Testcontainers where a Docker daemon answers,
 * else a {@code redis-server} process bound to 127.0.0.1 on a random free port: the one on PATH (Debian's package,
 * which {@code .ci/run} installs) or, failing that, the binary bundled in embedded-redis. Never port 6379 on the host,
 * never a system-wide service. Persistence is off: test data is disposable.
 *
 * <p>The server is shared by all test classes in the JVM: use keys unique to your test (e.g. prefixed with the class
 * name), and never FLUSHALL an external server.
 */
public final class TestRedis {

    /** Redis's well-known port, which tests never take on the host. */
    static final int WELL_KNOWN_PORT = 6379;

    private static final Logger LOG = LoggerFactory.getLogger(TestRedis.class);
    private static TestRedis instance;

    private final ServerSource source;
    private final String url;
    private final String executable;

    private TestRedis(ServerSource source, String url, String executable) {
        this.source = source;
        this.url = url;
        this.executable = executable;
    }

    /** The JVM's Redis, started on the first call. */
    public static synchronized TestRedis instance() {
        if (instance == null) {
            String url = System.getenv(ServerSource.REDIS_URL_VARIABLE);
            ServerSource source = ServerSource.choose(url, System.getenv(ServerSource.USE_DOCKER_VARIABLE),
                    DockerProbe::daemonAnswers);
            instance = switch (source) {
                case EXTERNAL -> new TestRedis(source, url.trim(), "external");
                case TESTCONTAINERS -> new TestRedis(source, Containers.startRedis(), Containers.REDIS_IMAGE);
                case EMBEDDED -> embedded();
            };
            LOG.info("Test Redis from {} at {}:{} ({})", source, instance.host(), instance.port(),
                    instance.executable);
        }
        return instance;
    }

    private static TestRedis embedded() {
        ExecutableProvider provider;
        String executable;
        try {
            provider = ExecutableProvider.newExecutableInPath("redis-server");
            executable = "redis-server on PATH";
        } catch (FileNotFoundException e) {
            provider = ExecutableProvider.newJarResourceProvider();
            executable = "redis-server bundled in embedded-redis";
        }
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freeLoopbackPort();
            try {
                Path workDir = Files.createTempDirectory("hearth-test-redis");
                RedisServer server = RedisServer.newRedisServer()
                        .executableProvider(provider)
                        .bind("127.0.0.1")
                        .port(port)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .setting("dir " + workDir.toAbsolutePath())
                        .build();
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.stop();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the process dies with it
                    }
                }, "test-redis-stop"));
                return new TestRedis(ServerSource.EMBEDDED, "redis://127.0.0.1:" + port, executable);
            } catch (IOException | RuntimeException e) {
                last = e instanceof IOException io ? io : new IOException(e);
                LOG.warn("redis-server did not start on port {} (attempt {}): {}", port, attempt + 1, e.getMessage());
            }
        }
        throw new IllegalStateException("could not start redis-server for tests (" + executable + ")", last);
    }

    static int freeLoopbackPort() {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port != WELL_KNOWN_PORT) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("no free loopback port", e);
            }
        }
        throw new IllegalStateException("no free loopback port other than " + WELL_KNOWN_PORT);
    }

    /** Where this server came from. */
    public ServerSource source() {
        return source;
    }

    /** {@code redis://host:port}, possibly with credentials for an external server. */
    public String url() {
        return url;
    }

    /** Host the server listens on. */
    public String host() {
        return URI.create(url).getHost();
    }

    /** Port the server listens on. */
    public int port() {
        int port = URI.create(url).getPort();
        return port > 0 ? port : WELL_KNOWN_PORT;
    }

    /** Which executable or image serves, for diagnostics. */
    public String executable() {
        return executable;
    }

    @Override
    public String toString() {
        return "TestRedis[" + source + ", " + host() + ":" + port() + ", " + executable + "]";
    }
}
