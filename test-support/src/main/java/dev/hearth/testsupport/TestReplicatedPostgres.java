package dev.hearth.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two real PostgreSQL servers on loopback in streaming replication: a primary and a hot standby that serves read-only
 * queries, for tests of what Hearth does when the primary goes away and comes back. Each instance is its own pair
 * (about 3-5 s to start), separate from the JVM-wide {@link TestPostgres}; close it when done.
 *
 * <pre>{@code
 * try (TestReplicatedPostgres pair = TestReplicatedPostgres.start("failover")) {
 *     String primaryUrl = pair.primaryJdbcUrl();   // read-write
 *     String replicaUrl = pair.replicaJdbcUrl();   // read-only, a little behind
 *     ...write on the primary...
 *     pair.awaitReplicaCaughtUp(Duration.ofSeconds(5));
 *     pair.stopPrimary();                          // fast shutdown: clients see 57P01, then connection refused
 *     ...reads still work on the replica...
 *     pair.startPrimary();                         // same port, same data; the standby reconnects by itself
 * }
 * }</pre>
 *
 * <p>How it is built from the zonky binaries, which have no {@code pg_basebackup}: initdb and start the primary
 * ({@code wal_level=replica} is the default, and initdb's {@code pg_hba.conf} trusts replication connections from
 * 127.0.0.1), create the database, stop the primary cleanly, copy its data directory as the base backup, add
 * {@code standby.signal} and {@code primary_conninfo} to the copy, and start both. A clean shutdown leaves a consistent
 * checkpoint, so the copy needs no WAL archive. The standby retries a lost primary every 200 ms.
 *
 * <p>Both servers run as the embedded superuser {@code postgres} with trust authentication on loopback, in a temporary
 * directory removed by {@link #close()}. The primary acknowledges a commit only once its WAL is written
 * ({@code synchronous_commit=on}, which zonky turns off by default); fsync stays off (zonky always passes {@code -F}),
 * which only matters if the machine itself crashes. Works as root and
 * without Docker. Not available against an external server or Testcontainers: it always uses the embedded binaries.
 */
public final class TestReplicatedPostgres implements AutoCloseable {

    /** The superuser of both servers (trusted on loopback, no password). */
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(TestReplicatedPostgres.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final Set<String> NOT_COPIED = Set.of("epg-lock", "postmaster.pid", "postmaster.opts");

    private final Path root;
    private final Path primaryDirectory;
    private final Path standbyDirectory;
    private final int primaryPort;
    private final String database;
    private EmbeddedPostgres primary;
    private EmbeddedPostgres standby;

    private TestReplicatedPostgres(Path root, int primaryPort, String database) {
        this.root = root;
        this.primaryDirectory = root.resolve("primary");
        this.standbyDirectory = root.resolve("standby");
        this.primaryPort = primaryPort;
        this.database = database;
    }

    /**
     * Starts a primary and a streaming standby with an empty database named {@code database} (lower-case letters,
     * digits, underscores) on both.
     */
    public static TestReplicatedPostgres start(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and underscores");
        }
        long started = System.nanoTime();
        TestReplicatedPostgres pair;
        try {
            pair = new TestReplicatedPostgres(Files.createTempDirectory("hearth-replicated-pg"), freePort(), database);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a directory for the replicated PostgreSQL", e);
        }
        try {
            pair.primary = pair.startPrimaryServer();
            pair.createDatabase();
            pair.primary.close(); // clean shutdown: the data directory is now a consistent base backup
            pair.primary = null;
            pair.makeStandbyCopy();
            pair.primary = pair.startPrimaryServer();
            pair.standby = EmbeddedPostgres.builder()
                    .setDataDirectory(pair.standbyDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(freePort())
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            pair.awaitStreaming(Duration.ofSeconds(20));
        } catch (IOException | SQLException | RuntimeException e) {
            pair.close();
            throw new IllegalStateException("could not start the replicated PostgreSQL for tests", e);
        }
        LOG.info("Replicated test PostgreSQL ready in {} ms: primary port {}, standby port {}",
                (System.nanoTime() - started) / 1_000_000, pair.primaryPort, pair.standby.getPort());
        return pair;
    }

    private EmbeddedPostgres startPrimaryServer() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(primaryDirectory)
                .setCleanDataDirectory(false)
                .setPort(primaryPort)
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "5")
                .setServerConfig("wal_keep_size", "64")
                // zonky's default is off; a commit must be on disk (in WAL) before it is acknowledged, as in production
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(STARTUP_WAIT)
                .start();
    }

    private void createDatabase() throws SQLException {
        try (Connection c = connect(primaryJdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    private void makeStandbyCopy() throws IOException {
        try (Stream<Path> files = Files.walk(primaryDirectory)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = primaryDirectory.relativize(source);
                if (relative.getNameCount() == 1 && NOT_COPIED.contains(relative.toString())) {
                    continue;
                }
                Path target = standbyDirectory.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        // PostgreSQL refuses a data directory others may read (0700, or 0750 with group access)
        Files.setPosixFilePermissions(standbyDirectory, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(standbyDirectory.resolve("standby.signal"), "");
        Files.writeString(standbyDirectory.resolve("postgresql.auto.conf"),
                "\n# written by TestReplicatedPostgres: this copy is a streaming standby of the primary\n"
                        + "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=" + USER
                        + " application_name=hearth_test_standby'\n"
                        + "hot_standby = on\n"
                        + "wal_retrieve_retry_interval = '200ms'\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** JDBC URL of the test database on the primary (read-write while it runs). */
    public String primaryJdbcUrl() {
        return primaryJdbcUrl(database);
    }

    /** JDBC URL of the test database on the standby (read-only). */
    public String replicaJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + standbyPort() + "/" + database;
    }

    private String primaryJdbcUrl(String name) {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + name;
    }

    /** The primary's port; it stays the same across {@link #stopPrimary()} and {@link #startPrimary()}. */
    public int primaryPort() {
        return primaryPort;
    }

    /** The standby's port. */
    public int standbyPort() {
        return standby.getPort();
    }

    /** The temporary directory holding both data directories. */
    Path root() {
        return root;
    }

    /** The database both servers hold. */
    public String database() {
        return database;
    }

    /** Whether the primary is running (between {@link #stopPrimary()} and {@link #startPrimary()} it is not). */
    public synchronized boolean primaryRunning() {
        return primary != null;
    }

    /**
     * Stops the primary with a fast shutdown ({@code pg_ctl stop -m fast}): open transactions are rolled back, clients
     * are disconnected (SQLSTATE 57P01), then connections are refused. Committed data stays on disk.
     */
    public synchronized void stopPrimary() {
        if (primary == null) {
            throw new IllegalStateException("the primary is not running");
        }
        try {
            primary.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the primary", e);
        } finally {
            primary = null;
        }
        LOG.info("Test primary on port {} stopped", primaryPort);
    }

    /** Starts the primary again on the same port with the same data; the standby reconnects to it by itself. */
    public synchronized void startPrimary() {
        if (primary != null) {
            throw new IllegalStateException("the primary is already running");
        }
        try {
            primary = startPrimaryServer();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the primary again", e);
        }
        LOG.info("Test primary on port {} started again", primaryPort);
    }

    /**
     * Waits until the standby has replayed everything the primary has written so far (the primary's
     * {@code pg_current_wal_lsn()} against the standby's {@code pg_last_wal_replay_lsn()}).
     *
     * @throws IllegalStateException when it has not within {@code timeout}, or the primary is not running
     */
    public void awaitReplicaCaughtUp(Duration timeout) {
        String target;
        try (Connection c = connect(primaryJdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            target = rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the primary's WAL position (is it running?)", e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = connect(replicaJdbcUrl());
             PreparedStatement p = c.prepareStatement(
                     "SELECT coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
            p.setString(1, target);
            while (true) {
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the standby did not replay up to " + target + " within "
                            + timeout.toMillis() + " ms");
                }
                sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the standby's replay position", e);
        }
    }

    /** Waits until the primary reports the standby as streaming. */
    private void awaitStreaming(Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = connect(primaryJdbcUrl("postgres")); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the standby did not start streaming within "
                            + timeout.toMillis() + " ms");
                }
                sleep(50);
            }
        }
    }

    /** Opens a connection as {@value #USER} to a URL of this pair; the caller closes it. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** Stops both servers and deletes their files. Safe to call twice. */
    @Override
    public synchronized void close() {
        for (EmbeddedPostgres server : new EmbeddedPostgres[] {standby, primary}) {
            if (server != null) {
                try {
                    server.close();
                } catch (IOException e) {
                    LOG.warn("could not stop a replicated test server: {}", e.getMessage());
                }
            }
        }
        standby = null;
        primary = null;
        deleteQuietly(root);
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a file the server is still writing while it stops; the temp directory is cleaned later
                }
            });
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", directory, e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the standby", e);
        }
    }

    @Override
    public String toString() {
        return "TestReplicatedPostgres[primary 127.0.0.1:" + primaryPort + (primary == null ? " (stopped)" : "")
                + ", standby 127.0.0.1:" + (standby == null ? "?" : standby.getPort()) + ", database " + database
                + "]";
    }
}
