package dev.hearth.adapter.in.http.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.ratelimit.AdmitRequestCommand;
import dev.hearth.application.port.in.ratelimit.AdmitRequestUseCase;
import dev.hearth.application.port.in.ratelimit.Admission;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Counts each request against the limits of its route's class (ADR 0027) through {@link AdmitRequestUseCase}: by client
 * address before the caller is authenticated (so a flood of bad credentials is refused before any is checked), then by
 * account and API key after. Every answer of a limited route carries the quotas it was counted against, in the
 * {@code RateLimit-Policy} and {@code RateLimit} fields of draft-ietf-httpapi-ratelimit-headers (revision 11: a list
 * of quoted policy names with {@code q} quota and {@code w} window seconds; the same names with {@code r} remaining and
 * {@code t} seconds until the quota is whole again). A refusal is 429 {@code rate_limited} with {@code Retry-After}.
 */
public final class RateLimitGate {

    /** Response field naming the quota policies a request was counted against. */
    public static final String POLICY_HEADER = "RateLimit-Policy";
    /** Response field with each policy's remaining quota and reset time. */
    public static final String STATE_HEADER = "RateLimit";

    private static final String COUNTED = RateLimitGate.class.getName() + ".counted";

    private final AdmitRequestUseCase admitRequest;

    /** @param admitRequest the use case counting requests, or null for no limits at all */
    public RateLimitGate(AdmitRequestUseCase admitRequest) {
        this.admitRequest = admitRequest;
    }

    /** Counts the request by its client address; throws {@code rate_limited} when that quota is spent. */
    public void byAddress(RequestClass requestClass, Context ctx) {
        if (admitRequest == null || requestClass == null) {
            return;
        }
        admit(ctx, admitRequest.admit(AdmitRequestCommand.byAddress(requestClass,
                RequestContextFilter.clientAddress(ctx.req()))), requestClass);
    }

    /** Counts the request by the authenticated account and API key; throws {@code rate_limited} when one is spent. */
    public void byCaller(RequestClass requestClass, Context ctx, UUID accountId, String apiKeyId) {
        if (admitRequest == null || requestClass == null) {
            return;
        }
        admit(ctx, admitRequest.admit(AdmitRequestCommand.byCaller(requestClass, accountId, apiKeyId)),
                requestClass);
    }

    private static void admit(Context ctx, Admission admission, RequestClass requestClass) {
        if (admission.quotas().isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Admission.QuotaStatus> counted = (List<Admission.QuotaStatus>) ctx.attribute(COUNTED);
        if (counted == null) {
            counted = new ArrayList<>(3);
            ctx.attribute(COUNTED, counted);
        }
        counted.addAll(admission.quotas());
        StringBuilder policy = new StringBuilder();
        StringBuilder state = new StringBuilder();
        for (Admission.QuotaStatus q : counted) {
            if (!policy.isEmpty()) {
                policy.append(", ");
                state.append(", ");
            }
            policy.append('"').append(q.policy()).append("\";q=").append(q.quota()).append(";w=")
                    .append(q.window().toSeconds());
            state.append('"').append(q.policy()).append("\";r=").append(q.remaining()).append(";t=")
                    .append(wholeSeconds(q.reset()));
        }
        ctx.header(POLICY_HEADER, policy.toString());
        ctx.header(STATE_HEADER, state.toString());
        if (!admission.admitted()) {
            Duration retryAfter = Duration.ofSeconds(Math.max(1, wholeSeconds(admission.retryAfter()
                    .orElse(Duration.ofSeconds(1)))));
            throw new ApplicationException(ErrorCode.RATE_LIMITED, "More " + requestClass.code() + " requests than "
                    + "the limit allows; the RateLimit header shows which quota is spent. Try again in "
                    + retryAfter.toSeconds() + " s.", List.of(), null, retryAfter);
        }
    }

    /** Seconds, rounded up. */
    private static long wholeSeconds(Duration duration) {
        long millis = duration.toMillis();
        return (millis + 999) / 1000;
    }
}
