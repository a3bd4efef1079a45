package dev.hearth.testsupport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Whether {@code redis-server} is on PATH, which the private servers below need. */
    public static boolean serverOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A private {@code redis-server} on a random loopback port, for a test that stops and restarts it or needs its
     * counters to itself. Close it when done.
     */
    public static Server startPrivate() {
        return Server.start(List.of());
    }

    /**
     * A private {@code redis-server} that speaks TLS only, with a certificate for {@code localhost} and 127.0.0.1
     * signed by a fresh test CA made with the {@code openssl} command ({@link Server#caCertificate()}).
     */
    public static Server startPrivateTls() {
        try {
            Path dir = Files.createTempDirectory("hearth-test-redis-tls");
            Path ca = dir.resolve("ca.pem");
            Path caKey = dir.resolve("ca.key");
            Path cert = dir.resolve("server.pem");
            Path key = dir.resolve("server.key");
            Path csr = dir.resolve("server.csr");
            Path ext = dir.resolve("server.ext");
            Files.writeString(ext, "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
            openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=hearth test CA",
                    "-keyout", caKey.toString(), "-out", ca.toString());
            openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", key.toString(),
                    "-out", csr.toString());
            openssl(dir, "x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", caKey.toString(),
                    "-CAcreateserial", "-days", "2", "-extfile", ext.toString(), "-out", cert.toString());
            Server server = Server.start(List.of("--port", "0", "--tls-port", "{port}", "--tls-cert-file",
                    cert.toString(), "--tls-key-file", key.toString(), "--tls-ca-cert-file", ca.toString(),
                    "--tls-auth-clients", "no"));
            server.caCertificate = ca;
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not make the test TLS certificates", e);
        }
    }

    /** A Redis Sentinel (a {@code redis-server --sentinel}) watching {@code master} under {@code masterName}. */
    public static Server startSentinel(Server master, String masterName) {
        return Server.startSentinel(master, masterName);
    }

    private static void openssl(Path dir, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("openssl " + args[0] + " failed: " + Files.readString(dir.resolve("openssl.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A {@code redis-server} process of one test, on a loopback port that stays the same across restarts. */
    public static final class Server implements AutoCloseable {
        private final List<String> arguments;
        private final int port;
        private final Path workDir;
        private Process process;
        private Path caCertificate;

        private Server(List<String> arguments, int port, Path workDir) {
            this.arguments = arguments;
            this.port = port;
            this.workDir = workDir;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-redis-private-stop"));
        }

        static Server start(List<String> extra) {
            try {
                int port = freeLoopbackPort();
                List<String> args = new java.util.ArrayList<>(List.of("redis-server", "--bind", "127.0.0.1",
                        "--save", "", "--appendonly", "no"));
                boolean tls = extra.contains("--tls-port");
                if (!tls) {
                    args.addAll(List.of("--port", Integer.toString(port)));
                }
                for (String a : extra) {
                    args.add(a.equals("{port}") ? Integer.toString(port) : a);
                }
                Server server = new Server(args, port, Files.createTempDirectory("hearth-test-redis-private"));
                server.restart();
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("could not start a private redis-server", e);
            }
        }

        static Server startSentinel(Server master, String masterName) {
            try {
                int port = freeLoopbackPort();
                Path dir = Files.createTempDirectory("hearth-test-sentinel");
                Path conf = dir.resolve("sentinel.conf");
                Files.writeString(conf, "port " + port + "\nbind 127.0.0.1\nsentinel monitor " + masterName
                        + " 127.0.0.1 " + master.port() + " 1\n");
                Server server = new Server(List.of("redis-server", conf.toString(), "--sentinel"), port, dir);
                server.restart();
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("could not start a sentinel", e);
            }
        }

        /** {@code redis://127.0.0.1:port}, or {@code rediss://localhost:port} for a TLS server. */
        public String url() {
            return caCertificate == null ? "redis://127.0.0.1:" + port : "rediss://localhost:" + port;
        }

        public int port() {
            return port;
        }

        /** The PEM file of the CA that signed a TLS server's certificate; null for a plain server. */
        public Path caCertificate() {
            return caCertificate;
        }

        /** Stops the process (a crash, as far as clients can tell). */
        public synchronized void stop() {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
        }

        /** Starts the process again on the same port, empty, and waits until it accepts connections. */
        public synchronized void restart() {
            stop();
            try {
                process = new ProcessBuilder(arguments).directory(workDir.toFile()).redirectErrorStream(true)
                        .redirectOutput(workDir.resolve("redis.log").toFile()).start();
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline) {
                    try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                        return;
                    } catch (IOException notYet) {
                        Thread.sleep(20);
                    }
                }
                throw new IllegalStateException("redis-server did not listen on " + port + ": "
                        + Files.readString(workDir.resolve("redis.log")));
            } catch (IOException e) {
                throw new IllegalStateException("could not start redis-server", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
