package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development default: no URL, so Hearth runs its own PostgreSQL whose cluster persists across restarts. The tests
 * run in order on one data directory, as a developer's restarts would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDevelopmentModeTest {

    @TempDir
    static Path dataDirectory;

    private static PostgresAdapters open() {
        return PostgresAdapters.start(PostgresSettings.embedded(dataDirectory));
    }

    @Test
    @Order(1)
    void with_no_url_hearth_starts_its_own_server_migrates_it_and_reports_up() {
        try (PostgresAdapters postgres = open()) {
            assertThat(postgres.embedded()).isTrue();
            assertThat(postgres.describe()).contains("embedded development PostgreSQL", dataDirectory.toString());
            assertThat(postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate())).migrationsExecuted()).isPositive();
            postgres.database().useTransaction(h -> h.execute(
                    "INSERT INTO hearth_meta (key, value) VALUES ('developer_marker', 'kept')"));

            DependencyHealth health = postgres.health().check();
            assertThat(health.state()).isEqualTo(DependencyState.UP);
            assertThat(health.detail()).startsWith("embedded development server");
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        }
    }

    @Test
    @Order(2)
    void a_directory_that_is_neither_empty_nor_a_cluster_is_refused(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("notes.txt"), "somebody's file");
        assertThatThrownBy(() -> PostgresAdapters.start(PostgresSettings.embedded(other)))
                .isInstanceOf(ApplicationException.class)
                .hasMessageContaining("neither empty nor a PostgreSQL cluster");
        assertThat(other.resolve("notes.txt")).hasContent("somebody's file");
    }

    @Test
    @Order(2)
    void a_second_hearth_on_the_same_data_directory_is_refused_clearly() {
        try (PostgresAdapters running = open()) {
            assertThatThrownBy(EmbeddedDevelopmentModeTest::open)
                    .isInstanceOfSatisfying(ApplicationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE))
                    .hasMessageContaining("in use by another Hearth process");
            assertThat(running.health().check().state()).isEqualTo(DependencyState.UP);
        }
    }

    @Test
    @Order(3)
    void a_restart_reuses_the_cluster_with_its_data_even_past_a_stale_pid_file() throws IOException {
        // a crashed run left postmaster.pid behind, and its process id now belongs to something else (this JVM)
        Files.writeString(dataDirectory.resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + dataDirectory + "\n", StandardCharsets.US_ASCII);
        try (PostgresAdapters postgres = open()) {
            assertThat(markerValue(postgres)).contains("kept");
            assertThat(postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate())).migrationsExecuted()).isZero();
        }
    }

    @Test
    @Order(4)
    void a_server_orphaned_by_a_killed_run_is_stopped_and_the_cluster_reused() throws Exception {
        Path pgCtl = pgCtl();
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // what a `kill -9` of Hearth leaves: a postmaster still running on the cluster, nobody holding Hearth's lock
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses root; zonky runs it the same way
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(),
                "-o", "-p " + port + " -c listen_addresses=localhost", "-w", "start"));
        Process pgCtlStart = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(pgCtlStart.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pgCtlStart.exitValue()).isZero();
        long orphanPid = Long.parseLong(
                Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (PostgresAdapters postgres = open()) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(markerValue(postgres)).contains("kept");
        }
    }

    private static Optional<String> markerValue(PostgresAdapters postgres) {
        return postgres.database().withHandle(h -> h
                .createQuery("SELECT value FROM hearth_meta WHERE key = 'developer_marker'")
                .mapTo(String.class).findOne());
    }

    /** zonky unpacks its binaries under java.io.tmpdir/embedded-pg/PG-hash/; the newest copy is this build's. */
    private static Path pgCtl() throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> candidates = dirs.filter(d -> d.getFileName().toString().startsWith("PG-"))
                    .map(d -> d.resolve("bin/pg_ctl")).filter(Files::isExecutable)
                    .sorted(Comparator.comparing(EmbeddedDevelopmentModeTest::modified).reversed()).toList();
            assertThat(candidates).as("zonky's unpacked pg_ctl").isNotEmpty();
            return candidates.get(0);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
