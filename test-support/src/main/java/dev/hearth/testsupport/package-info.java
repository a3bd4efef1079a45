/**
 * Real servers for tests: every test JVM gets one real PostgreSQL ({@link dev.hearth.testsupport.TestPostgres}) and one
 * real Redis ({@link dev.hearth.testsupport.TestRedis}), chosen at run time in this order:
 * <ol>
 *   <li>an external server named in the environment ({@code HEARTH_TEST_DATABASE_URL}, {@code HEARTH_TEST_REDIS_URL});</li>
 *   <li>Testcontainers, but only when a Docker daemon answers a cheap ping ({@link dev.hearth.testsupport.DockerProbe});</li>
 *   <li>otherwise an embedded PostgreSQL (zonky, the PostgreSQL major pinned in the root pom) and a
 *       {@code redis-server} process on a random loopback port.</li>
 * </ol>
 * Never port 6379 on the host and never a system-wide service. See docs/adr/0007-real-test-servers-without-docker.md.
 *
 * <p>Tests of replication and failover start their own pair with {@link dev.hearth.testsupport.TestReplicatedPostgres}:
 * a real primary and a streaming hot standby from the embedded binaries, whatever the choice above.
 *
 * <p>Time in tests is a {@link dev.hearth.testsupport.MovableClock}: it stands still until the test moves it.
 */
package dev.hearth.testsupport;
