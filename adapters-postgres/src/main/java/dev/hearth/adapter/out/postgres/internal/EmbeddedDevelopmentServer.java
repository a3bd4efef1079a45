package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server used in development mode, when no database URL is configured. It is a real
 * PostgreSQL (zonky binaries, the major pinned in the root pom) whose cluster lives in a project-local directory and
 * survives restarts: an existing cluster is reused, never re-initialised.
 *
 * <p>Before starting it makes the directory safe to use:
 * <ul>
 *   <li>another live Hearth process holding the directory's lock is a clear error (two servers on one cluster would
 *       corrupt it);</li>
 *   <li>a {@code postmaster.pid} left by a crashed run is handled: if its process is a PostgreSQL orphaned by that
 *       run it is shut down; if the process is gone or is something else (PIDs get reused) the stale file is removed;
 *       if the process cannot be identified Hearth refuses to guess.</li>
 * </ul>
 * It listens on loopback only (the cluster trusts local connections) on a free port chosen at each start, with
 * durable commits (this is somebody's development data).
 */
public final class EmbeddedDevelopmentServer implements AutoCloseable {

    /** The database Hearth uses inside the embedded cluster. */
    public static final String DATABASE = "hearth";
    /** The embedded cluster's superuser, trusted on loopback. */
    public static final String USER = "postgres";

    static final String LOCK_FILE = "epg-lock";
    static final String PID_FILE = "postmaster.pid";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDevelopmentServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDevelopmentServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts (or restarts) the cluster in {@code dataDirectory}, creating it on first use, and makes sure the
     * {@value #DATABASE} database exists.
     *
     * @throws ApplicationException SERVICE_UNAVAILABLE when the server cannot start; the detail says why
     */
    public static EmbeddedDevelopmentServer start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            boolean reused = isCluster(directory);
            if (reused) {
                ensureNotInUse(directory);
                clearStalePostmaster(directory);
            } else {
                ensureEmpty(directory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            createDatabaseIfMissing(postgres);
            EmbeddedDevelopmentServer server = new EmbeddedDevelopmentServer(postgres, directory);
            LOG.warn("DEVELOPMENT MODE: no database URL configured, so Hearth started its own embedded PostgreSQL"
                            + " ({} cluster in {}, port {}, ready in {} ms). Not for production: set DATABASE_URL."
                            + " Connect with: psql -h localhost -p {} -U {} {}",
                    reused ? "reused the existing" : "created a new", directory, postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000, postgres.getPort(), USER, DATABASE);
            return server;
        } catch (ApplicationException e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE,
                    "The embedded development database could not start: " + e.getClass().getSimpleName()
                            + ". See the log; data directory " + directory, List.of(), e);
        }
    }

    /** Whether {@code directory} holds an initialised cluster (the test zonky uses to decide whether to run initdb). */
    static boolean isCluster(Path directory) {
        return Files.exists(directory.resolve("postgresql.conf"));
    }

    /**
     * A new cluster needs an empty directory (initdb refuses anything else). A lone lock file left by an earlier failed
     * start is removed; anything else is a clear error rather than a guess about someone's files.
     */
    static void ensureEmpty(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(LOCK_FILE));
        try (var entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE,
                        "The embedded development database directory " + directory
                                + " is neither empty nor a PostgreSQL cluster; empty it or choose another.");
            }
        }
    }

    /** Fails clearly when another process holds the cluster's lock (it is running its own server on it). */
    static void ensureNotInUse(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE,
                        "The embedded development database in " + directory
                                + " is in use by another Hearth process; stop it or choose another data directory.");
            }
            lock.release();
        }
    }

    /**
     * Deals with a {@code postmaster.pid} left behind by a run that did not shut down: stops an orphaned PostgreSQL,
     * removes a file whose process is gone or is not PostgreSQL, refuses when the process cannot be identified.
     * Called only after {@link #ensureNotInUse(Path)}, so no live Hearth owns this cluster.
     */
    static void clearStalePostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        OptionalLong pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
        if (process.isEmpty() || !process.get().isAlive()) {
            LOG.warn("Removing stale {} (process {} is gone) left by an earlier run in {}", PID_FILE,
                    pid.isPresent() ? pid.getAsLong() : "unknown", directory);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<String> command = process.get().info().command();
        if (command.isEmpty()) {
            throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE,
                    "The embedded development database in " + directory + " has a " + PID_FILE + " naming process "
                            + pid.getAsLong() + ", which cannot be identified; stop it or remove the file if you are"
                            + " sure no PostgreSQL uses this directory.");
        }
        if (!isPostgres(command.get())) {
            LOG.warn("Removing stale {} in {}: process {} is now {}, not PostgreSQL (its id was reused)", PID_FILE,
                    directory, pid.getAsLong(), Path.of(command.get()).getFileName());
            Files.deleteIfExists(pidFile);
            return;
        }
        LOG.warn("Stopping PostgreSQL process {} orphaned by an earlier run on {}", pid.getAsLong(), directory);
        process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients are gone with the old run
        try {
            process.get().onExit().get(ORPHAN_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warn("Orphaned PostgreSQL {} did not stop in {} s; killing it (crash recovery runs at the next start)",
                    pid.getAsLong(), ORPHAN_STOP_WAIT.toSeconds());
            process.get().destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping orphaned PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not wait for orphaned PostgreSQL", e);
        }
        Files.deleteIfExists(pidFile);
    }

    static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postmaster");
    }

    static OptionalLong readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet rs = query.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
    }

    /** JDBC URL of the {@value #DATABASE} database (loopback, trusted, no password). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Where the cluster lives. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Port chosen for this run. */
    public int port() {
        return postgres.getPort();
    }

    /** Stops the server cleanly (fast shutdown); the cluster stays on disk for the next start. */
    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded development PostgreSQL stopped; data kept in {}", dataDirectory);
        } catch (IOException e) {
            LOG.warn("Embedded development PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
