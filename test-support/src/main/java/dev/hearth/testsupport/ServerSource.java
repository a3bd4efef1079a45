package dev.hearth.testsupport;

/** Where a test server came from. */
public enum ServerSource {
    /** A server named in the environment ({@code HEARTH_TEST_DATABASE_URL} / {@code HEARTH_TEST_REDIS_URL}). */
    EXTERNAL,
    /** A container started through Testcontainers because a Docker daemon answered. */
    TESTCONTAINERS,
    /** A process started by this JVM: zonky embedded PostgreSQL or a {@code redis-server} on a random loopback port. */
    EMBEDDED;

    /** Environment variable naming an external PostgreSQL for tests. */
    public static final String DATABASE_URL_VARIABLE = "HEARTH_TEST_DATABASE_URL";
    /** Environment variable naming an external Redis for tests. */
    public static final String REDIS_URL_VARIABLE = "HEARTH_TEST_REDIS_URL";
    /** Set to {@code false} to skip Testcontainers even where a Docker daemon answers. */
    public static final String USE_DOCKER_VARIABLE = "HEARTH_TEST_DOCKER";

    /**
     * The selection rule, kept pure so it can be tested: an external URL wins, then Testcontainers where a Docker
     * daemon answers (and it is not switched off), else embedded. {@code dockerAnswers} is only consulted when needed,
     * because probing costs a socket connection.
     */
    static ServerSource choose(String externalUrl, String useDocker, java.util.function.BooleanSupplier dockerAnswers) {
        if (externalUrl != null && !externalUrl.isBlank()) {
            return EXTERNAL;
        }
        if (!"false".equalsIgnoreCase(useDocker == null ? "" : useDocker.trim()) && dockerAnswers.getAsBoolean()) {
            return TESTCONTAINERS;
        }
        return EMBEDDED;
    }
}
