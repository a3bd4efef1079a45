package dev.hearth.adapter.in.http.audit;

import dev.hearth.adapter.in.http.ProblemMapper;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteRequest;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.audit.AuditTrailVerification;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.in.audit.HouseholdActivityPage;
import dev.hearth.application.port.in.audit.ListHouseholdActivityQuery;
import dev.hearth.application.port.in.audit.ListHouseholdActivityUseCase;
import dev.hearth.application.port.in.audit.VerifyAuditTrailQuery;
import dev.hearth.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.hearth.application.port.model.CallContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail over HTTP: a household's own activity (every action on its data, with who and when, never personal
 * data), and a verification of the whole hash chain, the same walk as {@code hearth audit verify}.
 */
public final class AuditRoutes implements RouteModule {

    private final ListHouseholdActivityUseCase activity;
    private final VerifyAuditTrailUseCase verify;

    public AuditRoutes(ListHouseholdActivityUseCase activity, VerifyAuditTrailUseCase verify) {
        this.activity = Objects.requireNonNull(activity, "activity");
        this.verify = Objects.requireNonNull(verify, "verify");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.get("/v1/households/{householdId}/activity")
                        .operationId("listHouseholdActivity")
                        .summary("What was done to a household's data, from the audit trail")
                        .description("The household's audit events, oldest first: who acted (an opaque id), what "
                                + "was done (household.created, household.changed, household.change_refused, "
                                + "household.estimate_saved, household.estimate_replayed, household.member_added, "
                                + "household.crisis_override_opened, household.crisis_override_read, "
                                + "household.exported ...), when, the justification of a crisis override, and the request "
                                + "id to find it in the logs. Events stay after a household is deleted; they hold no "
                                + "personal data.")
                        .tags("audit")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", "The household's id (UUID)")
                        .queryParam("after", "nextAfterSequence of the previous page; leave out for the first", false)
                        .queryParam("limit", "How many events at most, 1 to 100 (default 50)", false)
                        .errors(ErrorCode.NOT_FOUND)
                        .handle(HouseholdActivityPage.class, request -> activity.list(new ListHouseholdActivityQuery(
                                householdId(request), number(request.queryParam("after"), "after", 0, Long.MAX_VALUE, 0),
                                (int) number(request.queryParam("limit"), "limit", 1, 100, 50), context(request)))),
                RouteDefinition.post("/v1/admin/audit/verification")
                        .operationId("verifyAuditTrail")
                        .summary("Verify the whole audit chain")
                        .description("Walks every audit event from the first, recomputing each hash and checking "
                                + "each link, and answers whether the chain is intact or where it first breaks (see "
                                + "docs/runbooks/audit-verify.md). Operators only (scope admin:audit), signed in with their password within "
                                + "HEARTH_REAUTHENTICATION_MINUTES (an API key or external token: 403 forbidden; an "
                                + "older sign-in: 403 reauthentication_required). The verification is "
                                + "itself recorded. It reads the "
                                + "whole trail: run it when needed, not on every request.")
                        .tags("audit", "admin")
                        .security(RouteSecurity.recentSignIn(Scopes.ADMIN_AUDIT))
                        .withoutEffect("a check: it reads the trail and only records that it ran")
                        .handle(AuditTrailVerification.class, request -> verify.verify(
                                new VerifyAuditTrailQuery(context(request)))));
    }

    /** The caller as the audit trail records it: the account when a valid token was sent, else anonymous. */
    private static CallContext context(RouteRequest<?> request) {
        return request.callContext();
    }

    private static UUID householdId(RouteRequest<?> request) {
        return request.uuidPathParam("householdId");
    }

    private static long number(Optional<String> text, String field, long min, long max, long otherwise) {
        if (text.isEmpty()) {
            return otherwise;
        }
        String value = text.get();
        if (value.matches("[0-9]{1,18}")) {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw new ApplicationException(ErrorCode.VALIDATION_FAILED, ProblemMapper.validationDetail(1),
                List.of(new FieldError(field, "out_of_range", "Use a whole number from " + min + " to " + max + ".")));
    }
}
