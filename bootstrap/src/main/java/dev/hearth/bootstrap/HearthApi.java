package dev.hearth.bootstrap;

import dev.hearth.adapter.in.http.OpenApiDocument;
import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.audit.AuditRoutes;
import dev.hearth.adapter.in.http.auth.ApiKeyRoutes;
import dev.hearth.adapter.in.http.auth.AuthRoutes;
import dev.hearth.adapter.in.http.calculation.CalculationRoutes;
import dev.hearth.adapter.in.http.household.HouseholdAccessRoutes;
import dev.hearth.adapter.in.http.household.HouseholdRoutes;
import dev.hearth.adapter.in.http.health.HealthRoutes;
import java.util.List;

/**
 * The HTTP API: every route module Hearth serves, and the document's title and version. The server and the
 * {@code openapi} command both start from {@link #routeModules(UseCases)}, so what is documented is what is served.
 * To add an area, construct its {@code RouteModule} here with the use cases it calls.
 */
public final class HearthApi {

    /** The API's version: bump it when the contract changes, not with every build. */
    public static final String VERSION = "0.1.0";

    /** Title, version and description of the OpenAPI document. */
    public static final ApiInfo INFO = new ApiInfo("Hearth API", VERSION, """
            Hearth helps households in or near hardship: what Universal Credit to expect, which debts to pay first, \
            how close the home is to being at risk.

            * Money is always a JSON integer of pence (GBP): `95000` is £950.00. Fields carry `x-unit: GBP-pence`.
            * Every error is `application/problem+json` (RFC 9457) with a stable `code`, field `errors` and a \
            `traceId`.
            * Send `X-Request-Id` (1-128 characters of `A-Z a-z 0-9 . _ : -`) to correlate; it is echoed back.
            * Request bodies are JSON (`Content-Type: application/json`), at most 1 MiB by default.
            * Requests are limited per API key, per account and per client address by class (`x-rate-limit` on each \
            operation); every answer carries `RateLimit-Policy` and `RateLimit`, and beyond a limit the answer is \
            429 `rate_limited` with `Retry-After`.
            * Protected routes need `Authorization: Bearer <accessToken>` from `POST /v1/auth/login` (10 minutes; \
            renew with `POST /v1/auth/refresh`), or an API key (`hk_...`, from `POST /v1/auth/api-keys`) the same way. \
            Use **Authorize** on this page to try them.
            * Households are private: creating one makes you its owner; the owner gives other accounts a role \
            (`member`, `adviser`). A household you have no role in answers 404, as if it did not exist; a role \
            without the permission answers 403.""");

    private HearthApi() {
    }

    /** Every route module, wired to the given use cases. */
    public static List<RouteModule> routeModules(UseCases useCases) {
        return List.of(
                new HealthRoutes(useCases.checkReadiness()),
                new CalculationRoutes(useCases.estimateUniversalCredit(), useCases.drawEarningsCurve(),
                        useCases.compareCircumstances(), useCases.planDebtRepayments(), useCases.assessRentRisk()),
                new HouseholdRoutes(useCases.households()),
                new HouseholdAccessRoutes(useCases.householdAccess()),
                new AuditRoutes(useCases.householdActivity(), useCases.verifyAuditTrail()),
                new AuthRoutes(useCases.auth()),
                new ApiKeyRoutes(useCases.auth().apiKeys()));
    }

    /** The OpenAPI document as served at /openapi.json and committed at docs/openapi.json. */
    public static String openApiJson() {
        return OpenApiDocument.json(INFO, routeModules(UseCases.documentationOnly()));
    }
}
