package dev.hearth.adapter.in.http;

import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP server runs. Bootstrap builds it from the environment.
 *
 * @param host             address to bind, e.g. {@code 127.0.0.1} (development) or {@code 0.0.0.0} (containers)
 * @param port             TCP port; 0 picks a free one (tests)
 * @param maxRequestBytes  largest request body accepted; larger ones get 413 {@code payload_too_large}
 * @param shutdownGrace    how long a stop waits for requests in flight to finish before closing connections
 * @param api              title/version/description of the OpenAPI document
 * @param connectionLimits when slow clients are cut off (header timeout, idle timeout, minimum data rate)
 * @param trustedProxies   the reverse proxies whose {@code X-Forwarded-For} gives the client address
 */
public record HttpSettings(String host, int port, long maxRequestBytes, Duration shutdownGrace, ApiInfo api,
                           ConnectionLimits connectionLimits, TrustedProxies trustedProxies) {

    /** Default body limit: 1 MiB, far above any real request, far below anything that could hurt the server. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** Default drain time on shutdown. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(connectionLimits, "connectionLimits");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative");
        }
    }

    /** Settings with the default connection limits and no trusted proxy. */
    public HttpSettings(String host, int port, long maxRequestBytes, Duration shutdownGrace, ApiInfo api) {
        this(host, port, maxRequestBytes, shutdownGrace, api, ConnectionLimits.DEFAULTS, TrustedProxies.none());
    }

    /** The same settings with other connection limits. */
    public HttpSettings withConnectionLimits(ConnectionLimits limits) {
        return new HttpSettings(host, port, maxRequestBytes, shutdownGrace, api, limits, trustedProxies);
    }

    /** The same settings trusting these proxies' {@code X-Forwarded-For}. */
    public HttpSettings withTrustedProxies(TrustedProxies proxies) {
        return new HttpSettings(host, port, maxRequestBytes, shutdownGrace, api, connectionLimits, proxies);
    }
}
