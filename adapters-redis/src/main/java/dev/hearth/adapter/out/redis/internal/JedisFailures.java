package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.util.List;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Turns a Jedis failure into an {@link ApplicationException} with a safe detail: an unreachable or timing-out Redis is
 * {@code SERVICE_UNAVAILABLE} (try again later), anything else {@code INTERNAL}. The cause stays attached for logs.
 */
public final class JedisFailures {

    /** Detail when Redis cannot be reached. */
    public static final String UNAVAILABLE_DETAIL = "A temporary store is not available right now. Please try again shortly.";
    /** Detail for any other Redis failure. */
    public static final String INTERNAL_DETAIL = "A temporary store operation failed.";

    private JedisFailures() {
    }

    /** The application exception for this failure; an {@link ApplicationException} passes through unchanged. */
    public static ApplicationException translate(RuntimeException failure) {
        if (failure instanceof ApplicationException already) {
            return already;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JedisConnectionException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.ConnectException) {
                return new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL, List.of(), failure);
            }
        }
        return new ApplicationException(ErrorCode.INTERNAL, INTERNAL_DETAIL, List.of(), failure);
    }
}
