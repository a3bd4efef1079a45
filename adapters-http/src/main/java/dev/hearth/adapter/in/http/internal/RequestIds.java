package dev.hearth.adapter.in.http.internal;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids: a caller's {@code X-Request-Id} is kept when it is safe to log and echo (1 to 128 characters of
 * {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit); otherwise Hearth makes its own (a random UUID) rather
 * than refuse the request. The id goes into the logging MDC under {@value #MDC_KEY} for every line of the request.
 */
public final class RequestIds {

    /** The header carrying the id, both ways. */
    public static final String HEADER = "X-Request-Id";
    /** The MDC key every log line of a request carries. */
    public static final String MDC_KEY = "requestId";
    /** Longest id accepted from a caller. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}");

    private RequestIds() {
    }

    /** Whether a caller-supplied id may be used as it is. */
    public static boolean isSafe(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    /** The caller's id when safe, else a new one. */
    public static String acceptOrCreate(String candidate) {
        return isSafe(candidate) ? candidate : UUID.randomUUID().toString();
    }
}
