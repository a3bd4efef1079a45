package dev.hearth.adapter.out.redis;

/**
 * How Hearth reaches Redis. Redis is optional: with a null {@code url} Hearth uses in-process fallbacks and readiness
 * reports Redis as degraded.
 *
 * @param url {@code redis://[user:password@]host:port[/db]} or {@code rediss://...}, or null for the in-process fallback
 */
public record RedisSettings(String url) {

    public RedisSettings {
        if (url != null && !(url.startsWith("redis://") || url.startsWith("rediss://"))) {
            throw new IllegalArgumentException("Redis URL must start with redis:// or rediss://");
        }
    }

    /** No Redis: in-process fallbacks. */
    public static RedisSettings inProcess() {
        return new RedisSettings(null);
    }

    /** Whether Hearth uses its in-process fallbacks instead of Redis. */
    public boolean isInProcess() {
        return url == null;
    }

    /** Safe to log: credentials in the URL are masked. */
    @Override
    public String toString() {
        return "RedisSettings[" + (url == null ? "in-process fallback" : "url=" + redact(url)) + "]";
    }

    static String redact(String url) {
        int scheme = url.indexOf("://");
        int at = url.lastIndexOf('@');
        return at > scheme && scheme >= 0 ? url.substring(0, scheme + 3) + "***@" + url.substring(at + 1) : url;
    }
}
