package dev.hearth.adapter.in.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the server waits for slow clients before it cuts them off, so a few connections that trickle bytes (a
 * slowloris) cannot hold every worker.
 *
 * @param headerTimeout  a request's line and headers must arrive within this time of their first byte; otherwise the
 *                       connection is closed without an answer
 * @param idleTimeout    a connection on which nothing moves (no byte read or written) for this long is closed, between
 *                       requests and within one
 * @param minDataRate    least bytes a second, averaged after the first {@link #RATE_GRACE}, at which a request body is
 *                       read and a response written; a slower body is answered 400 {@code malformed_request} and the
 *                       connection closed, a slower reader has its connection closed
 */
public record ConnectionLimits(Duration headerTimeout, Duration idleTimeout, long minDataRate) {

    /** Headers within 10 seconds: a phone on a poor mobile link sends them in well under one. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** 30 seconds without a byte moving. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** 1 KiB a second: a 2G link manages ten times that; a whole 1 MiB body then has 17 minutes. */
    public static final long DEFAULT_MIN_DATA_RATE = 1024;
    /** The data rate is judged only after this long, so a pause at the start (a GC, a TCP window) is not fatal. */
    public static final Duration RATE_GRACE = Duration.ofSeconds(1);
    /** The defaults above. */
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(DEFAULT_HEADER_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
            DEFAULT_MIN_DATA_RATE);

    public ConnectionLimits {
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (headerTimeout.isNegative() || headerTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (minDataRate < 1) {
            throw new IllegalArgumentException("minDataRate must be at least 1 byte a second");
        }
    }
}
