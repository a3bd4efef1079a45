package dev.hearth.adapter.in.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers when it needs more than "the declared success status with this body": another documented
 * status (readiness answers 503 with the same body), or response headers (ETag, Location, Retry-After).
 *
 * @param status  an HTTP status the route declares (success status or one of {@code alsoResponds})
 * @param body    the response body, serialised as JSON; {@code null} only for a {@code Void} route
 * @param headers extra response headers; never put personal data in a header
 * @param <O>     the response body type the route declares
 */
public record Reply<O>(int status, O body, Map<String, String> headers) {

    public Reply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(headers);
    }

    /** A reply with this status and body, no extra headers. */
    public static <O> Reply<O> of(int status, O body) {
        return new Reply<>(status, body, Map.of());
    }

    /** A copy with one more header. */
    public Reply<O> withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Reply<>(status, body, copy);
    }
}
