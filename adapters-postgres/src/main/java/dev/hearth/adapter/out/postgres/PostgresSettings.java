package dev.hearth.adapter.out.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How Hearth reaches PostgreSQL.
 *
 * <p>With a {@code jdbcUrl} Hearth connects to that server (production). With a null {@code jdbcUrl} Hearth starts an
 * embedded PostgreSQL server of its own (development mode) whose files live in {@code embeddedDataDirectory} and
 * survive restarts. {@code replicaJdbcUrl} is optional: a streaming-replication standby that serves reads (see
 * {@code docs/adr/0015-primary-and-replica-routing.md}). It logs in as {@code user}/{@code password} unless its URL
 * carries its own {@code user}/{@code password} parameters ({@link #replicaJdbcUrlFromDatabaseUrl(String)} puts them
 * there).
 *
 * <p>{@link #toString()} never prints the password.
 *
 * @param jdbcUrl               {@code jdbc:postgresql://host:port/db}, or null for the embedded development server
 * @param user                  database user (may be null when the URL carries it, or for the embedded server)
 * @param password              database password (may be null)
 * @param maximumPoolSize       largest number of pooled connections, at least 1
 * @param embeddedDataDirectory where the embedded server keeps its cluster; used only when {@code jdbcUrl} is null
 * @param replicaJdbcUrl        optional read replica ({@code jdbc:postgresql://...}), or null
 */
public record PostgresSettings(
        String jdbcUrl,
        String user,
        String password,
        int maximumPoolSize,
        Path embeddedDataDirectory,
        String replicaJdbcUrl) {

    /** Default pool size: small, because PostgreSQL prefers few busy connections to many idle ones. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /** Default home of the embedded development cluster, relative to the working directory. */
    public static final Path DEFAULT_EMBEDDED_DATA_DIRECTORY = Path.of(".hearth", "postgres");

    public PostgresSettings {
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1, was " + maximumPoolSize);
        }
        if (jdbcUrl == null) {
            Objects.requireNonNull(embeddedDataDirectory, "embeddedDataDirectory is required when jdbcUrl is null");
        } else if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc:postgresql:");
        }
        if (replicaJdbcUrl != null && !replicaJdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("replicaJdbcUrl must start with jdbc:postgresql:");
        }
    }

    /** The embedded development server, keeping its files in {@code dataDirectory}. */
    public static PostgresSettings embedded(Path dataDirectory) {
        return new PostgresSettings(null, null, null, DEFAULT_POOL_SIZE, dataDirectory, null);
    }

    /** An external server at a JDBC URL. */
    public static PostgresSettings external(String jdbcUrl, String user, String password) {
        return new PostgresSettings(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password, DEFAULT_POOL_SIZE,
                DEFAULT_EMBEDDED_DATA_DIRECTORY, null);
    }

    /**
     * An external server from a {@code DATABASE_URL}-style value. Accepts {@code jdbc:postgresql://...} as is, and the
     * common {@code postgres://user:password@host:port/db?sslmode=require} (or {@code postgresql://}) form, which it
     * turns into a JDBC URL with user and password taken out of it.
     *
     * @throws IllegalArgumentException when the value is neither form; the message never contains the value
     */
    public static PostgresSettings fromDatabaseUrl(String databaseUrl) {
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        String value = databaseUrl.trim();
        if (value.startsWith("jdbc:postgresql:")) {
            return external(value, null, null);
        }
        if (!(value.startsWith("postgres://") || value.startsWith("postgresql://"))) {
            throw new IllegalArgumentException(
                    "database URL must start with jdbc:postgresql:, postgres:// or postgresql://");
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("database URL is not a valid URI", null);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("database URL has no host");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        jdbc.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        return external(jdbc.toString(), user, password);
    }

    /**
     * The replica's JDBC URL from a {@code DATABASE_REPLICA_URL}-style value, in the same forms as
     * {@link #fromDatabaseUrl(String)}. A user and password in a {@code postgres://} URL move into the JDBC URL's
     * {@code user} and {@code password} parameters (percent-encoded), so the replica may log in differently from the
     * primary; without them it logs in as the primary does. {@link #toString()} never prints the parameters.
     *
     * @throws IllegalArgumentException when the value is neither form; the message never contains the value
     */
    public static String replicaJdbcUrlFromDatabaseUrl(String databaseUrl) {
        PostgresSettings parsed = fromDatabaseUrl(databaseUrl);
        StringBuilder url = new StringBuilder(parsed.jdbcUrl());
        char separator = url.indexOf("?") < 0 ? '?' : '&';
        if (parsed.user() != null) {
            url.append(separator).append("user=").append(encode(parsed.user()));
            separator = '&';
        }
        if (parsed.password() != null) {
            url.append(separator).append("password=").append(encode(parsed.password()));
        }
        return url.toString();
    }

    /** Whether the replica URL names its own login ({@code user=} parameter); otherwise it uses the primary's. */
    public boolean replicaCarriesUser() {
        if (replicaJdbcUrl == null) {
            return false;
        }
        int q = replicaJdbcUrl.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String parameter : replicaJdbcUrl.substring(q + 1).split("&")) {
            if (parameter.startsWith("user=")) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether Hearth runs its own embedded development server. */
    public boolean isEmbedded() {
        return jdbcUrl == null;
    }

    /** The same settings with another pool size. */
    public PostgresSettings withMaximumPoolSize(int size) {
        return new PostgresSettings(jdbcUrl, user, password, size, embeddedDataDirectory, replicaJdbcUrl);
    }

    /** The same settings with a read replica URL (or null for none). */
    public PostgresSettings withReplicaJdbcUrl(String replica) {
        return new PostgresSettings(jdbcUrl, user, password, maximumPoolSize, embeddedDataDirectory, replica);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Safe to log: the password is masked and any password in the URL query is removed. */
    @Override
    public String toString() {
        return "PostgresSettings[" + (isEmbedded()
                ? "embedded, dataDirectory=" + embeddedDataDirectory
                : "url=" + redactUrl(jdbcUrl) + ", user=" + user)
                + ", password=" + (password == null ? "none" : "***")
                + ", maximumPoolSize=" + maximumPoolSize
                + ", replica=" + (replicaJdbcUrl == null ? "none" : redactUrl(replicaJdbcUrl)) + "]";
    }

    static String redactUrl(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }
}
