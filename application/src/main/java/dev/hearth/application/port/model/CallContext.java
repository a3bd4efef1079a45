package dev.hearth.application.port.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who is calling a use case and under which request: what the audit trail records as actor and correlation id. Both
 * are opaque identifiers (never a name or an e-mail address), the shape {@code AuditEvent} accepts.
 *
 * <p>Until accounts exist (issue 6) every HTTP caller is {@link #UNAUTHENTICATED_ACTOR}; the identity layer replaces it
 * with the account id, and adds the household access check, without changing the use cases' signatures.
 *
 * @param actorId       the acting account, API key or system job, e.g. {@code system:key-rotation}
 * @param correlationId the request id ({@code X-Request-Id}) or job id that ties events to logs
 */
public record CallContext(String actorId, String correlationId) {

    /** The actor of calls made before identity and access exist. */
    public static final String UNAUTHENTICATED_ACTOR = "anonymous";

    /**
     * The prefix of every actor that is not an account: a job or an operator's command run on the server itself (the
     * {@code hearth} command line), which has no account to name. See {@link #system(String, String)}.
     */
    public static final String SYSTEM_ACTOR_PREFIX = "system:";

    private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public CallContext {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(correlationId, "correlationId");
        if (!OPAQUE_ID.matcher(actorId).matches() || !OPAQUE_ID.matcher(correlationId).matches()) {
            throw new IllegalArgumentException("actorId and correlationId are opaque ids (1-128 of A-Z a-z 0-9 . _ : -)");
        }
    }

    /**
     * A call made by the system itself rather than by an account: a job, or an operator's command on the server (e.g.
     * {@code hearth audit verify}). The actor is {@code system:<job>} and the correlation id {@code <job>:<runId>}, so
     * the audit trail says which command ran and ties its events together.
     *
     * @param job   what runs, e.g. {@code key-rotation} or {@code audit-verify}
     * @param runId this run's id (a UUID)
     */
    public static CallContext system(String job, String runId) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(runId, "runId");
        return new CallContext(SYSTEM_ACTOR_PREFIX + job, job + ":" + runId);
    }
}
