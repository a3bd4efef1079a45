package dev.hearth.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Everything that touches Testcontainers, kept in one class so that it is loaded only after {@link DockerProbe} found
 * a daemon. Containers are removed by Testcontainers' own reaper when the JVM exits.
 */
final class Containers {

    static final String REDIS_IMAGE = "redis:7-alpine";

    private Containers() {
    }

    static PostgresUrl startPostgres(String image) {
        @SuppressWarnings("resource") // lives as long as the JVM
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(image))
                .withCommand("postgres", "-c", "fsync=off", "-c", "full_page_writes=off");
        container.start();
        return new PostgresUrl(container.getHost(), container.getMappedPort(5432), container.getDatabaseName(),
                container.getUsername(), container.getPassword(), "");
    }

    static String startRedis() {
        @SuppressWarnings("resource") // lives as long as the JVM
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE)).withExposedPorts(6379);
        container.start();
        return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
    }
}
