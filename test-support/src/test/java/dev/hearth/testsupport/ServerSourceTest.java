package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServerSourceTest {

    @Test
    void an_external_url_wins_and_docker_is_not_even_probed() {
        AtomicInteger probes = new AtomicInteger();
        ServerSource source = ServerSource.choose("postgres://db:5432/x", null, () -> probes.incrementAndGet() > 0);
        assertThat(source).isEqualTo(ServerSource.EXTERNAL);
        assertThat(probes).hasValue(0);
    }

    @Test
    void testcontainers_is_used_only_when_a_docker_daemon_answers() {
        assertThat(ServerSource.choose(null, null, () -> true)).isEqualTo(ServerSource.TESTCONTAINERS);
        assertThat(ServerSource.choose("  ", null, () -> true)).isEqualTo(ServerSource.TESTCONTAINERS);
        assertThat(ServerSource.choose(null, null, () -> false)).isEqualTo(ServerSource.EMBEDDED);
    }

    @Test
    void docker_can_be_switched_off_even_where_a_daemon_answers() {
        assertThat(ServerSource.choose(null, "false", () -> true)).isEqualTo(ServerSource.EMBEDDED);
        assertThat(ServerSource.choose(null, "FALSE", () -> true)).isEqualTo(ServerSource.EMBEDDED);
        assertThat(ServerSource.choose(null, "true", () -> true)).isEqualTo(ServerSource.TESTCONTAINERS);
    }
}
