package dev.hearth.application.port.in.idempotency;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One state-changing request sent with an idempotency key (ADR 0026). {@link #toString()} never shows the key.
 *
 * @param callerId    who sent it (the authenticated account): keys are scoped to their caller, so two callers never
 *                    share a key's answer
 * @param key         the {@code Idempotency-Key} as the client sent it: 1 to {@value #MAX_KEY_LENGTH} visible ASCII
 *                    characters (a UUID is the usual choice)
 * @param fingerprint what the request asks for (method, path, preconditions, body), as a digest; the same key with a
 *                    different fingerprint is refused, never replayed
 * @param requestId   the request id, for the logs
 */
public record IdempotentRequest(String callerId, String key, String fingerprint, String requestId) {

    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

    public IdempotentRequest {
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(requestId, "requestId");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ApplicationException(ErrorCode.IDEMPOTENCY_KEY_MISSING, "Send an Idempotency-Key header of 1 to "
                    + MAX_KEY_LENGTH + " visible ASCII characters (a new UUID for each distinct change).");
        }
    }

    @Override
    public String toString() {
        return "IdempotentRequest[callerId=" + callerId + ", key=(hidden), requestId=" + requestId + "]";
    }
}
