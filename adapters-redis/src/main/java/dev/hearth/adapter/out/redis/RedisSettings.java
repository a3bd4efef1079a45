package dev.hearth.adapter.out.redis;

import java.nio.file.Path;

/**
 * How Hearth reaches Redis. Redis is optional: with a null {@code url} Hearth uses in-process fallbacks and readiness
 * reports Redis as degraded.
 *
 * <p>The URL takes one of four forms (ADR 0027):
 * <ul>
 *   <li>{@code redis://[user:password@]host:port[/db]}: one server;</li>
 *   <li>{@code rediss://...}: the same over TLS;</li>
 *   <li>{@code redis-sentinel://[user:password@]host:port[,host:port...]/master[/db]}: the master that the Redis
 *       Sentinels at those addresses name, followed across fail-overs (the credentials are the master's; the sentinels
 *       are asked without any);</li>
 *   <li>{@code rediss-sentinel://...}: the same with TLS to the sentinels and the master.</li>
 * </ul>
 *
 * @param url           one of the forms above, or null for the in-process fallback
 * @param caCertificate a PEM file of the certificate authorities a TLS server's certificate must chain to, or null
 *                      for the Java runtime's default trust store (public CAs, as managed Redis services use)
 */
public record RedisSettings(String url, Path caCertificate) {

    private static final java.util.regex.Pattern SENTINEL = java.util.regex.Pattern.compile(
            "rediss?-sentinel://([^@/]*@)?[^/@,:]+:\\d{1,5}(,[^/@,:]+:\\d{1,5})*/[^/]+(/\\d{1,2})?");

    /** URL schemes understood, in the order documented. */
    static final String[] SCHEMES = {"redis://", "rediss://", "redis-sentinel://", "rediss-sentinel://"};

    public RedisSettings {
        if (url != null && !knownScheme(url)) {
            throw new IllegalArgumentException(
                    "Redis URL must start with redis://, rediss://, redis-sentinel:// or rediss-sentinel://");
        }
        if (url != null && (url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://"))
                && !SENTINEL.matcher(url).matches()) {
            throw new IllegalArgumentException("a Redis Sentinel URL is redis-sentinel://[user:password@]host:port"
                    + "[,host:port...]/master[/db]");
        }
    }

    /** A Redis at {@code url} (trusting the runtime's default certificate authorities for TLS). */
    public RedisSettings(String url) {
        this(url, null);
    }

    private static boolean knownScheme(String url) {
        for (String scheme : SCHEMES) {
            if (url.startsWith(scheme)) {
                return true;
            }
        }
        return false;
    }

    /** No Redis: in-process fallbacks. */
    public static RedisSettings inProcess() {
        return new RedisSettings(null, null);
    }

    /** Whether Hearth uses its in-process fallbacks instead of Redis. */
    public boolean isInProcess() {
        return url == null;
    }

    /** Whether the URL names Redis Sentinels rather than one server. */
    public boolean isSentinel() {
        return url != null && (url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://"));
    }

    /** Whether connections use TLS. */
    public boolean isTls() {
        return url != null && (url.startsWith("rediss://") || url.startsWith("rediss-sentinel://"));
    }

    /** Safe to log: credentials in the URL are masked. */
    @Override
    public String toString() {
        return "RedisSettings[" + (url == null ? "in-process fallback" : "url=" + redact(url)
                + (caCertificate == null ? "" : ", ca=" + caCertificate)) + "]";
    }

    static String redact(String url) {
        int scheme = url.indexOf("://");
        int at = url.lastIndexOf('@');
        return at > scheme && scheme >= 0 ? url.substring(0, scheme + 3) + "***@" + url.substring(at + 1) : url;
    }
}
