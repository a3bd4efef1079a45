package dev.hearth.adapter.in.http.household;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP (RFC 9110 §8.8.3 and §13.1.1, RFC 6585 §3): a stored resource's version is its
 * strong entity tag, {@code "7"}; a change must carry it in {@code If-Match}. Missing → 428 (so a client that forgot
 * can never overwrite blindly); not a version (a weak tag, {@code *}, a list) → 428 with a detail saying what to send,
 * because each of those would let a change through without saying which version it is based on; stale → 412 from the
 * use case.
 */
final class Preconditions {

    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

    private Preconditions() {
    }

    /** The entity tag of a version. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by an {@code If-Match} header. */
    static long expectedVersion(Optional<String> ifMatch) {
        String value = ifMatch.map(String::trim).orElse("");
        if (value.isEmpty()) {
            throw new ApplicationException(ErrorCode.IF_MATCH_REQUIRED, null);
        }
        Matcher m = STRONG_VERSION_TAG.matcher(value);
        if (!m.matches()) {
            throw new ApplicationException(ErrorCode.IF_MATCH_REQUIRED, "If-Match must be the one ETag you read, "
                    + "such as \"3\" (not a weak tag, a list or *), so a change made meanwhile is never overwritten.");
        }
        return Long.parseLong(m.group(1));
    }
}
