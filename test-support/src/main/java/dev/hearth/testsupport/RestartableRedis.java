package dev.hearth.testsupport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis of one test's own, on a fixed loopback port, that the test may stop and start again (a Redis restart or
 * outage while Hearth runs). Persistence is off, so a restart comes back empty, as a cache-only production Redis
 * would. Unlike {@link TestRedis} it is not shared: close it when the test ends.
 */
public final class RestartableRedis implements AutoCloseable {

    private final int port;
    private final Path workDir;
    private final ExecutableProvider provider;
    private RedisServer server;

    private RestartableRedis(int port, Path workDir, ExecutableProvider provider) {
        this.port = port;
        this.workDir = workDir;
        this.provider = provider;
    }

    /** Starts a private redis-server (the one on PATH, else embedded-redis's bundled binary) on a free port. */
    public static RestartableRedis start() {
        ExecutableProvider provider;
        try {
            provider = ExecutableProvider.newExecutableInPath("redis-server");
        } catch (FileNotFoundException e) {
            provider = ExecutableProvider.newJarResourceProvider();
        }
        try {
            RestartableRedis redis = new RestartableRedis(TestRedis.freeLoopbackPort(),
                    Files.createTempDirectory("hearth-restartable-redis"), provider);
            redis.startAgain();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code redis://127.0.0.1:port}. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server: connections drop, new ones are refused. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    /** Starts the server again on the same port, empty. */
    public synchronized void startAgain() {
        if (server != null) {
            return;
        }
        try {
            RedisServer fresh = RedisServer.newRedisServer()
                    .executableProvider(provider)
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("dir " + workDir.toAbsolutePath())
                    .build();
            fresh.start();
            server = fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
