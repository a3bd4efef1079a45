package dev.hearth.adapter.in.http.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.HttpJson;
import dev.hearth.adapter.in.http.Reply;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteRequest;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.adapter.in.http.internal.JsonBodyReader;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.household.AddDebtCommand;
import dev.hearth.application.port.in.household.ChangeDebtCommand;
import dev.hearth.application.port.in.household.ChangeHouseholdCommand;
import dev.hearth.application.port.in.household.CreateHouseholdCommand;
import dev.hearth.application.port.in.household.DeleteHouseholdCommand;
import dev.hearth.application.port.in.household.GetDebtQuery;
import dev.hearth.application.port.in.household.GetHouseholdQuery;
import dev.hearth.application.port.in.household.GetSavedEstimateQuery;
import dev.hearth.application.port.in.household.HouseholdUseCases;
import dev.hearth.application.port.in.household.ListDebtsQuery;
import dev.hearth.application.port.in.household.ListHouseholdsQuery;
import dev.hearth.application.port.in.household.ListSavedEstimatesQuery;
import dev.hearth.application.port.in.household.RemoveDebtCommand;
import dev.hearth.application.port.in.household.ReplayReport;
import dev.hearth.application.port.in.household.ReplaySavedEstimateQuery;
import dev.hearth.application.port.in.household.SaveEstimateCommand;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.application.port.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Stored households: their facts, their debts, and Universal Credit estimates saved for them and replayed.
 *
 * <p>HTTP conventions of every route here: identifiers are UUIDv7; a stored resource's version is its strong
 * {@code ETag} ({@code "3"}), and every change (PATCH, DELETE) must send it back in {@code If-Match} (428 without it,
 * 412 when it is stale, so a change made meanwhile on another device is never overwritten); PATCH bodies are JSON Merge
 * Patches (RFC 7396, {@code application/merge-patch+json}) and the patched document is checked as if sent whole; each
 * request is one transaction with its audit event, so bad input changes nothing; lists are pages in creation order
 * with an opaque {@code cursor}; every read says {@code dataMayBeDelayed} (and the {@value #FRESHNESS_HEADER}
 * header) when it came from a replica while the primary database was unreachable; changes then answer 503
 * {@code writes_unavailable} with {@code Retry-After}.
 *
 * <p>Access (ADR 0019): every route needs a bearer access token, and every route under a household declares the
 * permission it needs ({@link HouseholdPermission}); the server checks it before the handler runs. A caller with no
 * standing in a household gets 404, as for one that does not exist; a role without the permission gets 403. Creating a
 * household makes the caller its owner; the list holds only the caller's own households.
 */
public final class HouseholdRoutes implements RouteModule {

    /** Response header saying how fresh the data is: {@code current} or {@code possibly-delayed}. */
    public static final String FRESHNESS_HEADER = "Hearth-Data-Freshness";

    private static final String HOUSEHOLD = "/v1/households/{householdId}";
    private static final String DEBT = HOUSEHOLD + "/debts/{debtId}";
    private static final String ESTIMATE = HOUSEHOLD + "/estimates/{estimateId}";
    private static final String HOUSEHOLD_ID = "The household's id (UUID)";
    private static final String IF_MATCH = "The ETag of the version this change is based on, e.g. \"3\". Required.";
    private static final String CURSOR = "The nextCursor of the previous page; leave out for the first page";
    private static final String LIMIT = "How many items at most, 1 to 100 (default 20)";
    private static final String FACTS_NOTE = " The facts are checked with the Universal Credit engine's own rules as of "
            + "today (negative money, dates of birth in the future, a child too old to count, rent without a "
            + "frequency ...); every field that is not acceptable is named in a 422 answer and nothing is stored.";

    private final HouseholdUseCases useCases;
    private final ObjectMapper mapper = HttpJson.newMapper();
    private final JsonBodyReader documents = new JsonBodyReader(mapper);

    public HouseholdRoutes(HouseholdUseCases useCases) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.post("/v1/households")
                        .operationId("createHousehold")
                        .summary("Create a household from its facts")
                        .description("Stores a household's facts: people (dates of birth, disability, work and "
                                + "earnings), the rented home and its costs, non-dependants, other income, capital, "
                                + "childcare and deductions. Sensitive facts are encrypted at rest. Answers 201 with "
                                + "the household, its Location and its ETag." + FACTS_NOTE)
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .requestBody(HouseholdCircumstances.class, "The household's facts")
                        .success(201, "Created; Location names the new household, ETag is its version")
                        .handleReply(HouseholdResponse.class, request -> {
                            HouseholdRecord created = useCases.create().create(
                                    new CreateHouseholdCommand(request.body(), context(request)));
                            return created(HouseholdResponse.from(created, Freshness.CURRENT),
                                    "/v1/households/" + created.id(), created.version());
                        }),
                RouteDefinition.get("/v1/households")
                        .operationId("listHouseholds")
                        .summary("List households, a page at a time")
                        .description("Households in the order they were created. Follow nextCursor for the next "
                                + "page. Only the households the caller has a role in (owner, member or adviser).")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .queryParam("cursor", CURSOR, false)
                        .queryParam("limit", LIMIT, false)
                        .handleReply(HouseholdListResponse.class, request -> {
                            Read<Page<HouseholdRecord>> page = useCases.list().list(new ListHouseholdsQuery(
                                    pageRequested(request), context(request)));
                            return pageReply(page, HouseholdResponse::from, HouseholdListResponse::new);
                        }),
                RouteDefinition.get(HOUSEHOLD)
                        .operationId("getHousehold")
                        .summary("Read a household")
                        .description("The household's facts and version; the ETag header is the version to send "
                                + "in If-Match when changing it.")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .errors(ErrorCode.NOT_FOUND)
                        .handleReply(HouseholdResponse.class, request -> {
                            Read<HouseholdRecord> read = useCases.get().get(
                                    new GetHouseholdQuery(householdId(request), context(request)));
                            return versioned(HouseholdResponse.from(read), read.value().version(), read.freshness());
                        }),
                RouteDefinition.patch(HOUSEHOLD)
                        .operationId("changeHousehold")
                        .summary("Change a household's facts")
                        .description("A JSON Merge Patch (RFC 7396) of the household's facts: fields sent replace "
                                + "the stored ones, null removes one, lists (claimants, children ...) are sent whole. "
                                + "Send the ETag you read in If-Match: 412 version_mismatch when the household "
                                + "changed meanwhile (read it again), 428 when If-Match is missing. Refused changes "
                                + "are recorded in the audit trail." + FACTS_NOTE)
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.WRITE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .headerParam("If-Match", IF_MATCH, true)
                        .mergePatchBody(HouseholdCircumstances.class, "The facts to change")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.VERSION_MISMATCH, ErrorCode.IF_MATCH_REQUIRED,
                                ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(HouseholdResponse.class, request -> {
                            UUID id = householdId(request);
                            long expected = Preconditions.expectedVersion(request.header("If-Match"));
                            HouseholdRecord changed = useCases.change().change(new ChangeHouseholdCommand(id,
                                    expected, patching(request.body(), HouseholdCircumstances.class),
                                    context(request)));
                            return versioned(HouseholdResponse.from(changed, Freshness.CURRENT), changed.version(),
                                    Freshness.CURRENT);
                        }),
                RouteDefinition.delete(HOUSEHOLD)
                        .operationId("deleteHousehold")
                        .summary("Delete a household with its debts and saved estimates")
                        .description("Erases the household's facts, debts and saved estimates. The audit trail "
                                + "keeps its events, which hold no personal data. Send the ETag in If-Match.")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.MANAGE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .headerParam("If-Match", IF_MATCH, true)
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.VERSION_MISMATCH, ErrorCode.IF_MATCH_REQUIRED,
                                ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(Void.class, request -> {
                            useCases.delete().delete(new DeleteHouseholdCommand(householdId(request),
                                    Preconditions.expectedVersion(request.header("If-Match")), context(request)));
                            return Reply.of(204, null);
                        }),
                RouteDefinition.post(HOUSEHOLD + "/debts")
                        .operationId("addDebt")
                        .summary("Add a debt to a household")
                        .description("Stores one debt; creditor, amounts and note are encrypted at rest. Checked "
                                + "with the debt planner's own rules (known type, positive balance, plausibility "
                                + "acknowledgement, enforcement facts).")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.WRITE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .requestBody(HouseholdDebt.class, "The debt's facts")
                        .success(201, "Created; Location names the new debt, ETag is its version")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(DebtResponse.class, request -> {
                            DebtRecord added = useCases.addDebt().add(
                                    new AddDebtCommand(householdId(request), request.body(), context(request)));
                            return created(DebtResponse.from(added, Freshness.CURRENT),
                                    "/v1/households/" + added.householdId() + "/debts/" + added.id(),
                                    added.version());
                        }),
                RouteDefinition.post(HOUSEHOLD + "/debt-plan")
                        .operationId("planHouseholdDebts")
                        .summary("Make a debt plan from the debts stored with a household")
                        .description("Runs the same debt planner as POST /v1/plans/debts on the household's stored "
                                + "debts (each under its stored id, with its enforcement events, circumstances and "
                                + "any adviser classification) for the household's nation. The body gives the budget "
                                + "and advice facts; the plan date defaults to today in the UK. Nothing is stored.")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .withoutEffect("a calculation over the stored debts: nothing is stored")
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .requestBody(dev.hearth.domain.household.HouseholdDebtBudget.class,
                                "Monthly income, essential spending and advice facts")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.RATES_NOT_AVAILABLE)
                        .handle(dev.hearth.domain.debt.DebtPlan.class, request -> useCases.planDebts().plan(
                                new dev.hearth.application.port.in.household.PlanHouseholdDebtsQuery(
                                        householdId(request), request.body(), context(request)))),
                RouteDefinition.get(HOUSEHOLD + "/debts")
                        .operationId("listDebts")
                        .summary("List a household's debts, a page at a time")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .queryParam("cursor", CURSOR, false)
                        .queryParam("limit", LIMIT, false)
                        .errors(ErrorCode.NOT_FOUND)
                        .handleReply(DebtListResponse.class, request -> {
                            Read<Page<DebtRecord>> page = useCases.listDebts().list(new ListDebtsQuery(
                                    householdId(request), pageRequested(request), context(request)));
                            return pageReply(page, DebtResponse::from, DebtListResponse::new);
                        }),
                RouteDefinition.get(DEBT)
                        .operationId("getDebt")
                        .summary("Read one debt of a household")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .pathParam("debtId", "The debt's id (UUID)")
                        .errors(ErrorCode.NOT_FOUND)
                        .handleReply(DebtResponse.class, request -> {
                            Read<DebtRecord> read = useCases.getDebt().get(new GetDebtQuery(householdId(request),
                                    id(request, "debtId"), context(request)));
                            return versioned(DebtResponse.from(read), read.value().version(), read.freshness());
                        }),
                RouteDefinition.patch(DEBT)
                        .operationId("changeDebt")
                        .summary("Change a debt")
                        .description("A JSON Merge Patch (RFC 7396) of the debt's facts, with its ETag in If-Match "
                                + "(412 when stale, 428 when missing).")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.WRITE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .pathParam("debtId", "The debt's id (UUID)")
                        .headerParam("If-Match", IF_MATCH, true)
                        .mergePatchBody(HouseholdDebt.class, "The debt's facts to change")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.VERSION_MISMATCH, ErrorCode.IF_MATCH_REQUIRED,
                                ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(DebtResponse.class, request -> {
                            UUID householdId = householdId(request);
                            UUID debtId = id(request, "debtId");
                            long expected = Preconditions.expectedVersion(request.header("If-Match"));
                            DebtRecord changed = useCases.changeDebt().change(new ChangeDebtCommand(householdId,
                                    debtId, expected, patching(request.body(), HouseholdDebt.class),
                                    context(request)));
                            return versioned(DebtResponse.from(changed, Freshness.CURRENT), changed.version(),
                                    Freshness.CURRENT);
                        }),
                RouteDefinition.delete(DEBT)
                        .operationId("removeDebt")
                        .summary("Remove a debt")
                        .description("Send the debt's ETag in If-Match.")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.WRITE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .pathParam("debtId", "The debt's id (UUID)")
                        .headerParam("If-Match", IF_MATCH, true)
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.VERSION_MISMATCH, ErrorCode.IF_MATCH_REQUIRED,
                                ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(Void.class, request -> {
                            useCases.removeDebt().remove(new RemoveDebtCommand(householdId(request),
                                    id(request, "debtId"), Preconditions.expectedVersion(request.header("If-Match")),
                                    context(request)));
                            return Reply.of(204, null);
                        }),
                RouteDefinition.post(HOUSEHOLD + "/estimates")
                        .operationId("saveEstimate")
                        .summary("Estimate Universal Credit for a stored household now, and keep it")
                        .description("Runs the Universal Credit engine on the household's current facts for the "
                                + "assessment period (the one starting today, UK date, unless given) and keeps the "
                                + "exact engine input, the ruleset and engine versions, and the result with its "
                                + "explanation, so the number can be reproduced and replayed later. 422 "
                                + "rates_not_available for a period with no published rates.")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.WRITE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .requestBody(SaveEstimateRequest.class, "Which assessment period; {} for the current one")
                        .success(201, "Saved; Location names the saved estimate")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.RATES_NOT_AVAILABLE, ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(SavedEstimateResponse.class, request -> {
                            SavedEstimateRecord saved = useCases.saveEstimate().save(new SaveEstimateCommand(
                                    householdId(request), request.body().assessmentPeriodStart(), context(request)));
                            return Reply.of(201, SavedEstimateResponse.from(saved, Freshness.CURRENT))
                                    .withHeader("Location", "/v1/households/" + saved.householdId() + "/estimates/"
                                            + saved.id())
                                    .withHeader(FRESHNESS_HEADER, "current");
                        }),
                RouteDefinition.get(HOUSEHOLD + "/estimates")
                        .operationId("listSavedEstimates")
                        .summary("List a household's saved estimates, a page at a time")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .queryParam("cursor", CURSOR, false)
                        .queryParam("limit", LIMIT, false)
                        .errors(ErrorCode.NOT_FOUND)
                        .handleReply(SavedEstimateListResponse.class, request -> {
                            Read<Page<SavedEstimateRecord>> page = useCases.listEstimates().list(
                                    new ListSavedEstimatesQuery(householdId(request), pageRequested(request),
                                            context(request)));
                            return pageReply(page, SavedEstimateResponse::from, SavedEstimateListResponse::new);
                        }),
                RouteDefinition.get(ESTIMATE)
                        .operationId("getSavedEstimate")
                        .summary("Read a saved estimate")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .pathParam("estimateId", "The saved estimate's id (UUID)")
                        .errors(ErrorCode.NOT_FOUND)
                        .handleReply(SavedEstimateResponse.class, request -> {
                            Read<SavedEstimateRecord> read = useCases.getEstimate().get(new GetSavedEstimateQuery(
                                    householdId(request), id(request, "estimateId"), context(request)));
                            return withFreshness(Reply.of(200,
                                    SavedEstimateResponse.from(read.value(), read.freshness())), read.freshness());
                        }),
                RouteDefinition.post(ESTIMATE + "/replay")
                        .operationId("replaySavedEstimate")
                        .summary("Recompute a saved estimate with today's code and compare")
                        .description("Runs today's Universal Credit engine on the saved estimate's stored input "
                                + "and compares every line of the result (amounts, dates and each sentence of the "
                                + "explanation) with the saved one. identical is true when nothing differs; "
                                + "otherwise differences lists each line with its saved and replayed value. The "
                                + "replay is recorded in the audit trail; nothing else is stored.")
                        .tags("households")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .withoutEffect("a comparison: it stores nothing but the audit record that it ran")
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .pathParam("estimateId", "The saved estimate's id (UUID)")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.WRITES_UNAVAILABLE)
                        .handle(ReplayReport.class, request -> useCases.replay().replay(new ReplaySavedEstimateQuery(
                                householdId(request), id(request, "estimateId"), context(request)))));
    }

    private <T> UnaryOperator<T> patching(ObjectNode patch, Class<T> type) {
        return current -> {
            JsonNode document = mapper.valueToTree(current);
            return documents.fromTree(MergePatch.apply(document, patch), type);
        };
    }

    /** The caller as the audit trail records it: the account when a valid token was sent, else anonymous. */
    private static CallContext context(RouteRequest<?> request) {
        return request.callContext();
    }

    private static UUID householdId(RouteRequest<?> request) {
        return id(request, "householdId");
    }

    private static UUID id(RouteRequest<?> request, String name) {
        return request.uuidPathParam(name);
    }

    private static <O> Reply<O> created(O body, String location, long version) {
        return Reply.of(201, body).withHeader("Location", location)
                .withHeader("ETag", Preconditions.etag(version)).withHeader(FRESHNESS_HEADER, "current");
    }

    private static <O> Reply<O> versioned(O body, long version, Freshness freshness) {
        return withFreshness(Reply.of(200, body).withHeader("ETag", Preconditions.etag(version)), freshness);
    }

    private static <O> Reply<O> withFreshness(Reply<O> reply, Freshness freshness) {
        return reply.withHeader(FRESHNESS_HEADER,
                freshness == Freshness.POSSIBLY_DELAYED ? "possibly-delayed" : "current");
    }

    /** The page a list request asks for, from its {@code cursor} and {@code limit} query parameters. */
    private static PageRequest pageRequested(RouteRequest<?> request) {
        return Cursors.page(request.queryParam("cursor"), request.queryParam("limit"));
    }

    /** How a list answer is made from its items, the next page's cursor and whether the data may be delayed. */
    @FunctionalInterface
    private interface ListBody<R, L> {
        L of(List<R> items, String nextCursor, boolean dataMayBeDelayed);
    }

    /** A page as a 200 answer: each item with the page's freshness, the next cursor, and the freshness header. */
    private static <T, R, L> Reply<L> pageReply(Read<Page<T>> page, BiFunction<T, Freshness, R> item,
                                                ListBody<R, L> body) {
        List<R> items = new ArrayList<>(page.value().items().size());
        for (T record : page.value().items()) {
            items.add(item.apply(record, page.freshness()));
        }
        return withFreshness(Reply.of(200, body.of(items, Cursors.next(page.value().nextAfter()),
                page.freshness() == Freshness.POSSIBLY_DELAYED)), page.freshness());
    }
}
