package dev.hearth.application.port.out.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One thing that happened, as the audit trail records it: who did what to which target, when, under which request,
 * and why (where a justification is required). An audit event holds <strong>no personal data</strong>: people appear
 * only as opaque identifiers, and the shapes below are checked so a name, an e-mail address or a sentence about a
 * person cannot slip into an identifier, a code or a detail by accident.
 *
 * <p>The time is an input: callers take it from an injected {@link java.time.Clock}, never from {@code now()}. It is
 * kept to the microsecond (PostgreSQL's precision), so the event read back is equal to the event written and its hash
 * can be recomputed.
 *
 * @param actorId       who acted: an opaque id such as an account UUID or {@code system:key-rotation}; 1 to 128 of
 *                      {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit (so never an e-mail or a name)
 * @param action        what was done: a stable dotted code such as {@code household.created}, lower-case
 *                      {@code a-z 0-9 _}, segments separated by dots, at most 64 characters
 * @param targetType    the kind of thing acted on, such as {@code household}: lower-case {@code a-z 0-9 _}, at most 64
 * @param targetId      which one: an opaque id, same shape as {@code actorId}
 * @param occurredAt    when it happened, from the caller's clock; truncated to microseconds; years 1970 to 9999
 * @param correlationId the request id ({@code X-Request-Id}) or job id that ties this event to logs; same shape as
 *                      {@code actorId}
 * @param justification why, where a justification is required (a crisis override, an adviser's reclassification);
 *                      otherwise null. 1 to 2,000 characters, not blank, no control characters other than line breaks
 *                      and tabs. It should cite a policy, not describe a person.
 * @param details       at most 16 small non-personal facts, e.g. {@code ruleset_version=2026.1}; keys are lower-case
 *                      snake_case codes (at most 64), values 1 to 128 of {@code A-Z a-z 0-9 . _ : / + = -} (no spaces,
 *                      no {@code @}); held sorted by key and unmodifiable
 */
public record AuditEvent(
        String actorId,
        String action,
        String targetType,
        String targetId,
        Instant occurredAt,
        String correlationId,
        String justification,
        Map<String, String> details) {

    /** Largest number of detail entries. */
    public static final int MAX_DETAILS = 16;
    /** Longest justification, in characters. */
    public static final int MAX_JUSTIFICATION_LENGTH = 2_000;

    /** Opaque identifiers: the same shape Hearth accepts for {@code X-Request-Id}. */
    static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    static final Pattern ACTION = Pattern.compile("(?=.{1,64}$)[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    static final Pattern DETAIL_VALUE = Pattern.compile("[A-Za-z0-9._:/+=-]{1,128}");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * Checks every field and normalises {@code occurredAt} (microseconds) and {@code details} (sorted, unmodifiable).
     *
     * @throws IllegalArgumentException naming the first field whose shape is wrong; the message never repeats the
     *                                  value, which might be personal data that should not have been passed
     * @throws NullPointerException     when a required field is null
     */
    public AuditEvent {
        requireShape("actorId", actorId, OPAQUE_ID, "an opaque id (1-128 of A-Z a-z 0-9 . _ : -)");
        requireShape("action", action, ACTION, "a dotted lower-case code such as household.created");
        requireShape("targetType", targetType, CODE, "a lower-case snake_case code");
        requireShape("targetId", targetId, OPAQUE_ID, "an opaque id (1-128 of A-Z a-z 0-9 . _ : -)");
        Objects.requireNonNull(occurredAt, "occurredAt");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (occurredAt.isBefore(EARLIEST) || occurredAt.isAfter(LATEST)) {
            throw new IllegalArgumentException("occurredAt must lie between the years 1970 and 9999");
        }
        requireShape("correlationId", correlationId, OPAQUE_ID, "an opaque id (1-128 of A-Z a-z 0-9 . _ : -)");
        if (justification != null) {
            checkJustification(justification);
        }
        details = checkedDetails(details);
    }

    /** An event with no justification and no details. */
    public static AuditEvent of(String actorId, String action, String targetType, String targetId, Instant occurredAt,
                                String correlationId) {
        return new AuditEvent(actorId, action, targetType, targetId, occurredAt, correlationId, null, Map.of());
    }

    /** The same event with this justification. */
    public AuditEvent withJustification(String text) {
        return new AuditEvent(actorId, action, targetType, targetId, occurredAt, correlationId, text, details);
    }

    /** The same event with one more detail (replacing any detail with the same key). */
    public AuditEvent withDetail(String key, String value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditEvent(actorId, action, targetType, targetId, occurredAt, correlationId, justification, more);
    }

    private static void requireShape(String field, String value, Pattern shape, String expected) {
        Objects.requireNonNull(value, field);
        if (!shape.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + expected);
        }
    }

    private static void checkJustification(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("justification must not be blank (use null when none is required)");
        }
        if (text.length() > MAX_JUSTIFICATION_LENGTH) {
            throw new IllegalArgumentException(
                    "justification must be at most " + MAX_JUSTIFICATION_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException("justification must not contain control characters");
            }
            if (Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
                throw new IllegalArgumentException("justification must be valid Unicode text");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean validSurrogateAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static Map<String, String> checkedDetails(Map<String, String> details) {
        Objects.requireNonNull(details, "details (use Map.of() for none)");
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("details must have at most " + MAX_DETAILS + " entries");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> entry : details.entrySet()) {
            String key = entry.getKey();
            if (key == null || !CODE.matcher(key).matches()) {
                throw new IllegalArgumentException("details keys must be lower-case snake_case codes");
            }
            String value = entry.getValue();
            if (value == null || !DETAIL_VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("details." + key
                        + " must be 1-128 of A-Z a-z 0-9 . _ : / + = - (no spaces, nothing personal)");
            }
            sorted.put(key, value);
        }
        return Collections.unmodifiableMap(sorted);
    }
}
