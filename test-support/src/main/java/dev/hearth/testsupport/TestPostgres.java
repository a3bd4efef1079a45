package dev.hearth.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one real PostgreSQL server of this test JVM, started on first use and stopped when the JVM exits. Each test class
 * asks it for its own fresh database with {@link #createDatabase(Class)}, so classes never see each other's data.
 *
 * <pre>{@code
 * static final TestDatabase DB = TestPostgres.instance().createDatabase(MyAdapterTest.class);
 * }</pre>
 *
 * <p>The server is chosen as described in {@link dev.hearth.testsupport}: {@code HEARTH_TEST_DATABASE_URL}, else
 * Testcontainers where a Docker daemon answers, else an embedded server (zonky, fsync off: test data is disposable).
 */
public final class TestPostgres {

    /** Image used with Testcontainers; the same major as the embedded binaries pinned in the root pom. */
    public static final String CONTAINER_IMAGE = "postgres:17-alpine";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static TestPostgres instance;

    private final ServerSource source;
    private final PostgresUrl admin;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> createdOnExternal = new CopyOnWriteArrayList<>();

    private TestPostgres(ServerSource source, PostgresUrl admin) {
        this.source = source;
        this.admin = admin;
    }

    /** The JVM's server, started on the first call. */
    public static synchronized TestPostgres instance() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestPostgres start() {
        String url = System.getenv(ServerSource.DATABASE_URL_VARIABLE);
        ServerSource source = ServerSource.choose(url, System.getenv(ServerSource.USE_DOCKER_VARIABLE),
                DockerProbe::daemonAnswers);
        long started = System.nanoTime();
        TestPostgres server = switch (source) {
            case EXTERNAL -> external(url);
            case TESTCONTAINERS -> new TestPostgres(source, Containers.startPostgres(CONTAINER_IMAGE));
            case EMBEDDED -> embedded();
        };
        LOG.info("Test PostgreSQL from {} ready in {} ms", source, (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private static TestPostgres external(String url) {
        TestPostgres server = new TestPostgres(ServerSource.EXTERNAL, PostgresUrl.parse(url));
        Runtime.getRuntime().addShutdownHook(new Thread(server::dropCreatedOnExternal, "test-postgres-cleanup"));
        return server;
    }

    private static TestPostgres embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting and the data directory is temporary; nothing else to do
                }
            }, "test-postgres-stop"));
            PostgresUrl admin = new PostgresUrl("localhost", postgres.getPort(), "postgres", "postgres", null, "");
            return new TestPostgres(ServerSource.EMBEDDED, admin);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    /** Where this server came from. */
    public ServerSource source() {
        return source;
    }

    /** A fresh, empty database named after the test class. */
    public TestDatabase createDatabase(Class<?> testClass) {
        return createDatabase(testClass.getSimpleName());
    }

    /**
     * A fresh, empty database whose name starts with {@code hint} (lower-cased, letters, digits and underscores). On an
     * external server whose user may not create databases, a fresh schema in the configured database instead.
     */
    public TestDatabase createDatabase(String hint) {
        String name = uniqueName(hint);
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            if (source == ServerSource.EXTERNAL) {
                createdOnExternal.add(name);
            }
            return new TestDatabase(admin.jdbcUrl(name), admin.user(), admin.password(), name, false);
        } catch (SQLException e) {
            if (source == ServerSource.EXTERNAL && "42501".equals(e.getSQLState())) {
                return createSchema(name);
            }
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }

    private TestDatabase createSchema(String name) {
        try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
            String base = admin.jdbcUrl(admin.database());
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
            return new TestDatabase(url, admin.user(), admin.password(), name, true);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test schema " + name, e);
        }
    }

    String uniqueName(String hint) {
        String clean = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "t_" + clean;
        }
        String suffix = "_" + counter.incrementAndGet() + "_" + Integer.toString(
                ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        int room = 63 - suffix.length();
        return (clean.length() > room ? clean.substring(0, room) : clean) + suffix;
    }

    private Connection connectAdmin() throws SQLException {
        Properties properties = new Properties();
        if (admin.user() != null) {
            properties.setProperty("user", admin.user());
        }
        if (admin.password() != null) {
            properties.setProperty("password", admin.password());
        }
        return DriverManager.getConnection(admin.jdbcUrl(admin.database()), properties);
    }

    private void dropCreatedOnExternal() {
        for (String name : createdOnExternal) {
            try (Connection connection = connectAdmin(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                LOG.warn("could not drop test database {}: {}", name, e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "TestPostgres[" + source + ", " + admin.host() + ":" + admin.port() + "]";
    }
}
