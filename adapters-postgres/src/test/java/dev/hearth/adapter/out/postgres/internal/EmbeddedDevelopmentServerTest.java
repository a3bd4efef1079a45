package dev.hearth.adapter.out.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDevelopmentServerTest {

    @Test
    void a_pid_file_whose_process_has_exited_is_removed(@TempDir Path dir) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), finished.pid() + "\n/some/dir\n");

        EmbeddedDevelopmentServer.clearStalePostmaster(dir);

        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void a_pid_file_naming_a_live_process_that_is_not_postgres_is_removed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        EmbeddedDevelopmentServer.clearStalePostmaster(dir);
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void an_unreadable_pid_file_is_treated_as_stale(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("postmaster.pid"), "garbage\n");
        assertThat(EmbeddedDevelopmentServer.readPid(dir.resolve("postmaster.pid"))).isEqualTo(OptionalLong.empty());
        EmbeddedDevelopmentServer.clearStalePostmaster(dir);
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void no_pid_file_is_nothing_to_do(@TempDir Path dir) throws IOException {
        EmbeddedDevelopmentServer.clearStalePostmaster(dir);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void only_the_postgres_server_binaries_count_as_postgres() {
        assertThat(EmbeddedDevelopmentServer.isPostgres("/tmp/embedded-pg/PG-abc/bin/postgres")).isTrue();
        assertThat(EmbeddedDevelopmentServer.isPostgres("/usr/lib/postgresql/17/bin/postmaster")).isTrue();
        assertThat(EmbeddedDevelopmentServer.isPostgres("/usr/bin/java")).isFalse();
        assertThat(EmbeddedDevelopmentServer.isPostgres("/usr/bin/postgres-exporter")).isFalse();
    }
}
