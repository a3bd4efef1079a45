package dev.hearth.application.port.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answer to a state-changing request, as kept for replay: the status, the headers a client acts on
 * ({@code Location}, {@code ETag}, {@code Content-Type}) and the body bytes exactly as first sent.
 *
 * @param status  the HTTP status
 * @param headers header names and values (names as sent; at most one value each)
 * @param body    the body bytes, empty when there is none
 */
public record IdempotentResponse(int status, Map<String, String> headers, byte[] body) {

    public IdempotentResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(new TreeMap<>(Objects.requireNonNull(headers, "headers")));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdempotentResponse r && status == r.status && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "IdempotentResponse[status=" + status + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes]";
    }
}
