package dev.hearth.bootstrap.config;

import dev.hearth.adapter.in.http.ConnectionLimits;
import dev.hearth.adapter.in.http.TrustedProxies;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.redis.RedisSettings;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Hearth's validated configuration. {@link #toString()} is safe to log: it holds no password (the settings types
 * mask theirs).
 *
 * @param profile         dev or production
 * @param httpHost        address to bind
 * @param httpPort        TCP port
 * @param maxRequestBytes largest request body accepted
 * @param shutdownGrace   drain time on stop
 * @param dataDirectory   local development data (embedded PostgreSQL lives under it)
 * @param postgres        where the database is (embedded when it has no URL)
 * @param fieldKeyset     where the field-encryption keyset comes from (never printed)
 * @param redis           where Redis is (in-process fallbacks when it has no URL)
 * @param logFormat       text or JSON
 * @param logLevel        root log level
 * @param identity        accounts and sessions: token issuer/audience, the login-address lookup key, admins
 * @param allowSuperuserDatabaseLogin whether production may serve with a database login that escapes row-level
 *                                    security ({@code HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN})
 * @param connectionLimits when slow HTTP clients are cut off
 * @param trustedProxies  reverse proxies whose {@code X-Forwarded-For} gives the client address
 * @param rateLimits      requests a minute per API key, account and client address, by request class (ADR 0027)
 */
public record HearthConfig(
        Profile profile,
        String httpHost,
        int httpPort,
        long maxRequestBytes,
        Duration shutdownGrace,
        Path dataDirectory,
        PostgresSettings postgres,
        FieldKeysetSettings fieldKeyset,
        RedisSettings redis,
        LogFormat logFormat,
        String logLevel,
        IdentitySettings identity,
        boolean allowSuperuserDatabaseLogin,
        ConnectionLimits connectionLimits,
        TrustedProxies trustedProxies,
        RateLimits rateLimits) {

    public HearthConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(fieldKeyset, "fieldKeyset");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(connectionLimits, "connectionLimits");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(rateLimits, "rateLimits");
    }

    /** The same configuration on another HTTP port (0 picks a free one; tests). */
    public HearthConfig withHttpPort(int port) {
        return new HearthConfig(profile, httpHost, port, maxRequestBytes, shutdownGrace, dataDirectory, postgres,
                fieldKeyset, redis, logFormat, logLevel, identity, allowSuperuserDatabaseLogin, connectionLimits,
                trustedProxies, rateLimits);
    }

    /** The same configuration with other rate limits (tests). */
    public HearthConfig withRateLimits(RateLimits limits) {
        return new HearthConfig(profile, httpHost, httpPort, maxRequestBytes, shutdownGrace, dataDirectory, postgres,
                fieldKeyset, redis, logFormat, logLevel, identity, allowSuperuserDatabaseLogin, connectionLimits,
                trustedProxies, limits);
    }

    /** The same configuration on another database (another instance sharing the first's; see Hearth.startInstances). */
    public HearthConfig withPostgres(PostgresSettings database) {
        return new HearthConfig(profile, httpHost, httpPort, maxRequestBytes, shutdownGrace, dataDirectory, database,
                fieldKeyset, redis, logFormat, logLevel, identity, allowSuperuserDatabaseLogin, connectionLimits,
                trustedProxies, rateLimits);
    }

    /** One log-safe line describing the configuration. */
    public String describe() {
        return "profile=" + profile.name().toLowerCase(java.util.Locale.ROOT)
                + ", http=" + httpHost + ":" + httpPort
                + ", maxRequestBytes=" + maxRequestBytes
                + ", shutdownGrace=" + shutdownGrace.toSeconds() + "s"
                + ", headerTimeout=" + connectionLimits.headerTimeout().toSeconds() + "s"
                + ", idleTimeout=" + connectionLimits.idleTimeout().toSeconds() + "s"
                + ", minDataRate=" + connectionLimits.minDataRate() + "B/s"
                + ", trustedProxies=" + trustedProxies
                + ", rateLimitsPerMinute=" + rateLimitsText()
                + ", " + postgres
                + ", " + fieldKeyset
                + ", " + redis
                + ", " + identity
                + ", log=" + logFormat.name().toLowerCase(java.util.Locale.ROOT) + "/" + logLevel
                + (allowSuperuserDatabaseLogin ? ", allowSuperuserDatabaseLogin=true" : "");
    }

    private String rateLimitsText() {
        StringBuilder text = new StringBuilder("{");
        rateLimits.perMinute().forEach((c, n) -> text.append(text.length() > 1 ? ", " : "").append(c.code())
                .append('=').append(n == 0 ? "off" : n));
        return text.append('}').toString();
    }

    @Override
    public String toString() {
        return "HearthConfig[" + describe() + "]";
    }
}
