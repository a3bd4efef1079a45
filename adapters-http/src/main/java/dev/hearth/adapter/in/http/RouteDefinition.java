package dev.hearth.adapter.in.http;

import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP route, declared once: method, path, operation id, summary, tags, request body type, response type, the
 * error codes it can answer with, security, parameters, and the handler. {@link HttpServer} registers the handler from
 * this declaration and {@link OpenApiDocument} builds the OpenAPI operation from the very same object, so the
 * document cannot drift from what is served.
 *
 * <pre>{@code
 * RouteDefinition.post("/v1/estimates/universal-credit")
 *     .operationId("estimateUniversalCredit")
 *     .summary("Estimate Universal Credit for one assessment period")
 *     .tags("estimates")
 *     .requestBody(UniversalCreditRequest.class, "The household's facts for the period")
 *     .errors(ErrorCode.RATES_NOT_AVAILABLE)
 *     .handle(UniversalCreditResponse.class,
 *             request -> UniversalCreditResponse.from(useCase.estimate(request.body().toQuery())));
 * }</pre>
 *
 * <p>Error codes every route can produce are added for you: {@code internal_error} (500) and
 * {@code service_unavailable} (503, unless the route documents its own 503 answer) on all routes; on routes with a
 * request body {@code malformed_request} (400), {@code payload_too_large} (413), {@code unsupported_media_type} (415)
 * and {@code validation_failed} (422); on routes with a query parameter {@code validation_failed} (422, e.g. a bad
 * {@code limit} or {@code cursor}); on routes with a path parameter or a household permission {@code not_found}
 * (404); on routes with a path or query parameter {@code malformed_request} (400, a value that cannot be read as a
 * URI, such as an encoded NUL); on routes reading {@code If-Match} {@code version_mismatch} (412) and {@code if_match_required} (428); on
 * routes that need a bearer token {@code unauthenticated} (401) and {@code forbidden} (403), and on routes that need
 * a recent sign-in {@code reauthentication_required} (403). Declare only the codes your use case adds.
 *
 * <p>Every route is rate limited by its {@link RequestClass} (ADR 0027), derived from its declaration unless stated
 * with {@link Builder#requestClass}: {@code /v1/admin/...} is {@code admin}; a public {@code POST} under
 * {@code /v1/auth/} (sign in, register, refresh, sign out) {@code authentication}; a {@code POST} under
 * {@code /v1/estimates/}, {@code /v1/assessments/} or {@code /v1/plans/} {@code calculations}; any other {@code GET}
 * {@code reads}; anything else {@code writes}. Such a route also answers {@code rate_limited} (429). Only the health
 * probes are declared {@link Builder#withoutRateLimit()}.
 *
 * <p>Building a route refuses (ADR 0021): a household route ({@code /v1/households...} or one declaring
 * {@link Builder#householdAccess}) without the {@code account} scope, and an admin route ({@code /v1/admin/...})
 * that does not need a recent sign-in.
 *
 * @param <I> request body type ({@code Void} when the route takes none)
 * @param <O> response body type ({@code Void} when the route answers 204 with no body)
 */
public final class RouteDefinition<I, O> {

    /** The media type of a JSON Merge Patch (RFC 7396). */
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~{}-]+)+|/");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Set<ErrorCode> BODY_ERRORS = EnumSet.of(ErrorCode.MALFORMED_REQUEST,
            ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.VALIDATION_FAILED);

    private final HttpMethod method;
    private final String path;
    private final String operationId;
    private final String summary;
    private final String description;
    private final List<String> tags;
    private final Class<I> requestType;
    private final Class<?> requestSchemaType;
    private final String requestMediaType;
    private final String requestDescription;
    private final int successStatus;
    private final String successDescription;
    private final Class<O> responseType;
    private final List<ResponseDoc> otherResponses;
    private final Set<ErrorCode> errors;
    private final RouteSecurity security;
    private final List<Parameter> parameters;
    private final HouseholdPermission householdAccess;
    private final boolean idempotencyKeyRequired;
    private final RequestClass requestClass;
    private final RouteHandler<I, O> handler;
    private final List<Representation> representations;

    /** Every route under it acts on households an account owns or shares: it needs the {@code account} scope. */
    public static final String HOUSEHOLDS_PATH = "/v1/households";
    /** Every route under it is an admin action: it needs a recent sign-in ({@link RouteSecurity#recentSignIn}). */
    public static final String ADMIN_PATH = "/v1/admin/";

    /** The header carrying a state-changing request's idempotency key (ADR 0026). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The answer header saying an answer is the replay of an earlier request with the same key (ADR 0026). */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    /** Errors a route that needs an idempotency key adds. */
    private static final Set<ErrorCode> IDEMPOTENCY_ERRORS = EnumSet.of(ErrorCode.IDEMPOTENCY_KEY_MISSING,
            ErrorCode.IDEMPOTENCY_KEY_REUSED, ErrorCode.IDEMPOTENCY_KEY_IN_USE);
    /** How the key header is documented on every route that needs it. */
    static final String IDEMPOTENCY_KEY_DESCRIPTION = "Required: a key of your choosing (a new UUID for each change; "
            + "1-255 visible ASCII characters), sent again unchanged when you retry the same change. The first request "
            + "with a key does the change; a retry with the same key and request gets that answer again, marked "
            + "`Idempotent-Replayed: true`, and changes nothing; the same key for a different request is 422 "
            + "`idempotency_key_reused`; while the first is still running, 409 `idempotency_key_in_use` with "
            + "Retry-After. Keys are yours alone and kept for 24 hours. A request that failed did nothing and may be "
            + "retried with the same key (ADR 0026).";
    /** Public {@code POST} routes under it sign in, register, refresh or sign out: {@code authentication} class. */
    public static final String AUTH_PATH = "/v1/auth/";
    /** A {@code POST} under one of these is a calculation: {@code calculations} class. */
    public static final List<String> CALCULATION_PATHS = List.of("/v1/estimates/", "/v1/assessments/", "/v1/plans/");

    /** The path parameter naming the household a route works on; a route using it must declare its access. */
    public static final String HOUSEHOLD_ID = "householdId";

    private RouteDefinition(Builder<I> b, Class<O> responseType, RouteHandler<I, O> handler) {
        this.method = b.method;
        this.path = b.path;
        this.operationId = require(b.operationId, "operationId");
        this.summary = require(b.summary, "summary");
        this.description = b.description;
        this.tags = List.copyOf(b.tags);
        this.requestType = b.requestType;
        this.requestSchemaType = b.requestSchemaType != null ? b.requestSchemaType : b.requestType;
        this.requestMediaType = b.requestMediaType;
        this.requestDescription = b.requestDescription;
        this.successStatus = successStatusFor(b, responseType);
        this.successDescription = b.successDescription != null ? b.successDescription
                : (this.successStatus == 204 ? "No content" : "OK");
        this.responseType = Objects.requireNonNull(responseType, "responseType");
        this.otherResponses = List.copyOf(b.otherResponses);
        this.representations = List.copyOf(b.representations);
        for (Representation r : representations) {
            if (!r.bodyType().isAssignableFrom(responseType)) {
                throw new IllegalArgumentException(this.operationId + ": " + r.mediaType() + " renders "
                        + r.bodyType().getSimpleName() + ", not the success body " + responseType.getSimpleName());
            }
        }
        Set<ErrorCode> all = EnumSet.noneOf(ErrorCode.class);
        all.addAll(b.errors);
        all.add(ErrorCode.INTERNAL);
        if (requestType != Void.class) {
            all.addAll(BODY_ERRORS);
        }
        if (!b.security.isPublic()) {
            all.add(ErrorCode.UNAUTHENTICATED);
            all.add(ErrorCode.FORBIDDEN);
        }
        if (b.security.needsRecentSignIn()) {
            all.add(ErrorCode.REAUTHENTICATION_REQUIRED);
        }
        if (b.householdAccess != null || PATH_PARAM.matcher(b.path).find()) {
            all.add(ErrorCode.NOT_FOUND);   // the resource the path names may not exist (or not be yours to see)
        }
        if (PATH_PARAM.matcher(b.path).find()) {
            all.add(ErrorCode.MALFORMED_REQUEST);   // a path value the server cannot read as a URI (e.g. an encoded NUL)
        }
        for (Parameter p : b.parameters) {
            if (p.in() == Parameter.In.QUERY) {
                all.add(ErrorCode.VALIDATION_FAILED);   // a query value out of range or unreadable (limit, cursor)
                all.add(ErrorCode.MALFORMED_REQUEST);   // a query the server cannot read as a URI
            }
            if (p.in() == Parameter.In.HEADER && p.name().equalsIgnoreCase("If-Match")) {
                all.add(ErrorCode.VERSION_MISMATCH);
                all.add(ErrorCode.IF_MATCH_REQUIRED);
            }
        }
        this.requestClass = b.withoutRateLimit ? null
                : b.requestClass != null ? b.requestClass : derivedClass(b.method, b.path, b.security);
        if (requestClass != null) {
            all.add(ErrorCode.RATE_LIMITED);   // more requests of its class than the limit (ADR 0027)
        }
        if (b.otherResponses.stream().noneMatch(r -> r.status() == 503)) {
            all.add(ErrorCode.SERVICE_UNAVAILABLE);   // a dependency away, or the server shedding load
        }
        // ADR 0026: every authenticated state-changing route takes an idempotency key, unless it declares it has no
        // effect a retry could repeat
        this.idempotencyKeyRequired = b.method != HttpMethod.GET && !b.security.isPublic()
                && b.withoutEffectBecause == null;
        List<Parameter> params = new ArrayList<>(b.parameters);
        if (idempotencyKeyRequired) {
            all.addAll(IDEMPOTENCY_ERRORS);
            params.add(new Parameter(IDEMPOTENCY_KEY, Parameter.In.HEADER, IDEMPOTENCY_KEY_DESCRIPTION, true));
        }
        this.errors = Collections.unmodifiableSet(all);
        this.security = b.security;
        this.parameters = List.copyOf(params);
        this.householdAccess = b.householdAccess;
        this.handler = Objects.requireNonNull(handler, "handler");
        check(b);
    }

    private void check(Builder<I> b) {
        String where = method + " " + path;
        if (b.withoutEffectBecause != null && (method == HttpMethod.GET || security.isPublic())) {
            throw new IllegalArgumentException(where + ": withoutEffect(..) is for authenticated POST, PUT, PATCH and "
                    + "DELETE routes; the others never take an idempotency key");
        }
        for (Parameter p : b.parameters) {
            if (p.name().equalsIgnoreCase(IDEMPOTENCY_KEY)) {
                throw new IllegalArgumentException(where + ": " + IDEMPOTENCY_KEY + " is added by the route itself");
            }
        }
        if (!OPERATION_ID.matcher(operationId).matches()) {
            throw new IllegalArgumentException(where + ": operationId must be lowerCamelCase: " + operationId);
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException(where + ": give the route at least one tag");
        }
        if (requestType != Void.class && (method == HttpMethod.GET || method == HttpMethod.DELETE)) {
            throw new IllegalArgumentException(where + ": GET and DELETE routes take no request body");
        }
        Set<String> inPath = new LinkedHashSet<>();
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            inPath.add(m.group(1));
        }
        Set<String> declared = new LinkedHashSet<>();
        for (Parameter p : parameters) {
            if (p.in() == Parameter.In.PATH) {
                declared.add(p.name());
            }
        }
        if (inPath.contains(HOUSEHOLD_ID) && householdAccess == null) {
            throw new IllegalArgumentException(where + ": a route under {" + HOUSEHOLD_ID + "} must declare the "
                    + "household permission it needs with householdAccess(..) (deny by default)");
        }
        if (householdAccess != null && !inPath.contains(HOUSEHOLD_ID)) {
            throw new IllegalArgumentException(where + ": householdAccess(..) needs a {" + HOUSEHOLD_ID
                    + "} path parameter");
        }
        if (householdAccess != null && security.isPublic()) {
            throw new IllegalArgumentException(where + ": householdAccess(..) needs security(RouteSecurity.bearer(..))");
        }
        boolean householdRoute = householdAccess != null || path.equals(HOUSEHOLDS_PATH)
                || path.startsWith(HOUSEHOLDS_PATH + "/");
        if (householdRoute && !security.scopes().contains(Scopes.ACCOUNT)) {
            throw new IllegalArgumentException(where + ": a household route needs the " + Scopes.ACCOUNT
                    + " scope (ADR 0021): a key scoped only for other work must not reach households");
        }
        if (path.startsWith(ADMIN_PATH) && !security.needsRecentSignIn()) {
            throw new IllegalArgumentException(where + ": an admin action needs security(RouteSecurity.recentSignIn(..))"
                    + " (ADR 0021)");
        }
        if (!inPath.equals(declared)) {
            throw new IllegalArgumentException(where + ": path parameters " + inPath
                    + " must each be declared once with pathParam(name, description); declared " + declared);
        }
        Set<Integer> statuses = new LinkedHashSet<>();
        statuses.add(successStatus);
        for (ResponseDoc r : otherResponses) {
            if (!statuses.add(r.status())) {
                throw new IllegalArgumentException(where + ": status " + r.status() + " is declared twice");
            }
        }
    }

    /** The class a route's declaration implies (see the type's description). */
    static RequestClass derivedClass(HttpMethod method, String path, RouteSecurity security) {
        if (path.startsWith(ADMIN_PATH)) {
            return RequestClass.ADMIN;
        }
        if (method == HttpMethod.POST && security.isPublic() && path.startsWith(AUTH_PATH)) {
            return RequestClass.AUTHENTICATION;
        }
        if (method == HttpMethod.POST && CALCULATION_PATHS.stream().anyMatch(path::startsWith)) {
            return RequestClass.CALCULATIONS;
        }
        return method == HttpMethod.GET ? RequestClass.READS : RequestClass.WRITES;
    }

    private static int successStatusFor(Builder<?> b, Class<?> responseType) {
        if (b.successStatus != 0) {
            return b.successStatus;
        }
        return responseType == Void.class ? 204 : 200;
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a route needs a " + what);
        }
        return value;
    }

    /** Starts declaring a {@code GET} route. */
    public static Builder<Void> get(String path) {
        return new Builder<>(HttpMethod.GET, path);
    }

    /** Starts declaring a {@code POST} route. */
    public static Builder<Void> post(String path) {
        return new Builder<>(HttpMethod.POST, path);
    }

    /** Starts declaring a {@code PUT} route. */
    public static Builder<Void> put(String path) {
        return new Builder<>(HttpMethod.PUT, path);
    }

    /** Starts declaring a {@code PATCH} route. */
    public static Builder<Void> patch(String path) {
        return new Builder<>(HttpMethod.PATCH, path);
    }

    /** Starts declaring a {@code DELETE} route. */
    public static Builder<Void> delete(String path) {
        return new Builder<>(HttpMethod.DELETE, path);
    }

    public HttpMethod method() {
        return method;
    }

    /** The path in OpenAPI and Javalin syntax, e.g. {@code /v1/households/{householdId}}. */
    public String path() {
        return path;
    }

    public String operationId() {
        return operationId;
    }

    public String summary() {
        return summary;
    }

    /** Longer description; may be {@code null}. */
    public String description() {
        return description;
    }

    public List<String> tags() {
        return tags;
    }

    /** {@code Void.class} when the route takes no body. */
    public Class<I> requestType() {
        return requestType;
    }

    public boolean hasRequestBody() {
        return requestType != Void.class;
    }

    /** Description of the request body; may be {@code null}. */
    public Class<?> requestSchemaType() {
        return requestSchemaType;
    }

    /** The media type of the request body: {@code application/json}, or {@value #MERGE_PATCH_JSON} for a patch. */
    public String requestMediaType() {
        return requestMediaType;
    }

    public String requestDescription() {
        return requestDescription;
    }

    public int successStatus() {
        return successStatus;
    }

    public String successDescription() {
        return successDescription;
    }

    /** {@code Void.class} when the route answers with no body. */
    public Class<O> responseType() {
        return responseType;
    }

    /** Documented non-error responses other than the success status (e.g. readiness's 503 with the same body). */
    public List<ResponseDoc> otherResponses() {
        return otherResponses;
    }

    /**
     * Other media types the success body can be answered in besides JSON (e.g. an SVG chart of it), each chosen by the
     * request's {@code Accept} header ({@link #representationFor}) and documented beside the JSON in OpenAPI.
     */
    public List<Representation> representations() {
        return representations;
    }

    /**
     * The representation the {@code Accept} header asks for, or null for JSON: one is chosen when the header names its
     * media type exactly with a quality above that of {@code application/json} and at least that of any wildcard
     * ({@code *}{@code /*}, {@code application/*}). No header, or one naming only wildcards, gets JSON.
     */
    public Representation representationFor(String accept) {
        if (representations.isEmpty() || accept == null || accept.isBlank()) {
            return null;
        }
        double json = 0;
        double wildcard = 0;
        Representation best = null;
        double bestQuality = 0;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (type.equals("application/json")) {
                json = Math.max(json, quality);
            } else if (type.equals("*/*") || type.equals("application/*")) {
                wildcard = Math.max(wildcard, quality);
            } else {
                for (Representation r : representations) {
                    if (r.mediaType().equals(type) && quality > bestQuality) {
                        best = r;
                        bestQuality = quality;
                    }
                }
            }
        }
        return best != null && bestQuality > json && bestQuality >= wildcard ? best : null;
    }

    /** Every error code the route can answer with, including the ones added for every route. */
    public Set<ErrorCode> errors() {
        return errors;
    }

    public RouteSecurity security() {
        return security;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public RouteHandler<I, O> handler() {
        return handler;
    }

    /**
     * Whether requests need an {@code Idempotency-Key} (ADR 0026): every authenticated route that is not a GET, unless
     * it was built {@link Builder#withoutEffect withoutEffect}.
     */
    public boolean idempotencyKeyRequired() {
        return idempotencyKeyRequired;
    }

    /**
     * The household permission the caller must hold on the household in {@code {householdId}}, checked by
     * {@link HttpServer} after authentication and before the handler; empty for routes not about one household.
     */
    public java.util.Optional<HouseholdPermission> householdAccess() {
        return java.util.Optional.ofNullable(householdAccess);
    }

    /** The class whose limits the route counts against (ADR 0027); empty for the health probes only. */
    public java.util.Optional<RequestClass> requestClass() {
        return java.util.Optional.ofNullable(requestClass);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + operationId + ")";
    }

    /**
     * A documented response besides the success one.
     *
     * @param status      the HTTP status
     * @param type        body type, serialised as JSON ({@code Void.class} for none)
     * @param description when and why it is answered
     */
    /**
     * The success body in another media type than JSON.
     *
     * @param mediaType   the media type, lower case, e.g. {@code image/svg+xml}
     * @param description what the representation is, for the OpenAPI document
     * @param bodyType    the body type it renders
     * @param render      turns the body into the representation's bytes
     */
    public record Representation(String mediaType, String description, Class<?> bodyType,
                                 Function<Object, byte[]> render) {
        public Representation {
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(bodyType, "bodyType");
            Objects.requireNonNull(render, "render");
        }
    }

    public record ResponseDoc(int status, Class<?> type, String description) {
        public ResponseDoc {
            Objects.requireNonNull(type, "type");
            require(description, "response description");
        }
    }

    /**
     * A path or query parameter.
     *
     * @param name        as it appears in the path ({@code {name}}) or the query string
     * @param in          where it is
     * @param description what it means, with its unit or format
     * @param required    path parameters always are
     */
    public record Parameter(String name, In in, String description, boolean required) {
        /** Where a parameter is carried. */
        public enum In { PATH, QUERY, HEADER }

        public Parameter {
            require(name, "parameter name");
            Objects.requireNonNull(in, "in");
            require(description, "parameter description");
        }
    }

    /**
     * Collects a route's declaration; finish it with {@link #handle} or {@link #handleReply}.
     *
     * @param <I> the request body type so far
     */
    public static final class Builder<I> {
        private final HttpMethod method;
        private final String path;
        private String operationId;
        private String summary;
        private String description;
        private final List<String> tags = new ArrayList<>();
        private Class<I> requestType;
        private Class<?> requestSchemaType;
        private String requestMediaType = "application/json";
        private String requestDescription;
        private int successStatus;
        private String successDescription;
        private final List<ResponseDoc> otherResponses = new ArrayList<>();
        private final List<Representation> representations = new ArrayList<>();
        private final Set<ErrorCode> errors = EnumSet.noneOf(ErrorCode.class);
        private RouteSecurity security = RouteSecurity.none();
        private final List<Parameter> parameters = new ArrayList<>();
        private HouseholdPermission householdAccess;
        private String withoutEffectBecause;
        private RequestClass requestClass;
        private boolean withoutRateLimit;

        @SuppressWarnings("unchecked")
        private Builder(HttpMethod method, String path) {
            if (path == null || !PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("a route path starts with / and uses {name} for parameters: "
                        + path);
            }
            this.method = method;
            this.path = path;
            this.requestType = (Class<I>) Void.class;
        }

        /** Unique, lowerCamelCase, stable: client SDKs name their methods after it. */
        public Builder<I> operationId(String operationId) {
            this.operationId = operationId;
            return this;
        }

        /** One line, shown in the docs' list of operations. */
        public Builder<I> summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Longer explanation (Markdown allowed). */
        public Builder<I> description(String description) {
            this.description = description;
            return this;
        }

        /** Groups the route in the docs; the first tag is its section. */
        public Builder<I> tags(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        /** The JSON body the route accepts (a record DTO); its schema comes from the type. */
        @SuppressWarnings("unchecked")
        public <T> Builder<T> requestBody(Class<T> type, String description) {
            Objects.requireNonNull(type, "type");
            Builder<T> self = (Builder<T>) this;
            self.requestType = type;
            self.requestDescription = description;
            return self;
        }

        /**
         * A JSON Merge Patch body (RFC 7396, media type {@code application/merge-patch+json}): the handler receives
         * the patch as a JSON object tree to apply to the current document, and the document's schema
         * ({@code documentedAs}) describes it in OpenAPI: members present replace, {@code null} removes, members left
         * out stay as they are.
         */
        @SuppressWarnings("unchecked")
        public Builder<ObjectNode> mergePatchBody(Class<?> documentedAs, String description) {
            Builder<ObjectNode> self = (Builder<ObjectNode>) (Builder<?>) this;
            self.requestType = ObjectNode.class;
            self.requestSchemaType = Objects.requireNonNull(documentedAs, "documentedAs");
            self.requestMediaType = MERGE_PATCH_JSON;
            self.requestDescription = description;
            return self;
        }

        /** Status and description of the success response (default 200 "OK", or 204 for a {@code Void} response). */
        public Builder<I> success(int status, String description) {
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("a success status is 2xx: " + status);
            }
            this.successStatus = status;
            this.successDescription = description;
            return this;
        }

        /** Another documented, non-error response (errors come from {@link #errors}). */
        public Builder<I> alsoResponds(int status, Class<?> type, String description) {
            otherResponses.add(new ResponseDoc(status, type, description));
            return this;
        }

        /** Error codes this route's use case can raise, besides the ones every route gets. */
        public Builder<I> errors(ErrorCode... codes) {
            errors.addAll(List.of(codes));
            return this;
        }

        /** Who may call the route (default: {@link RouteSecurity#none()}). */
        public Builder<I> security(RouteSecurity security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /**
         * The permission the caller needs on the household named by the {@code {householdId}} path parameter
         * (ADR 0019). Required on every route with that parameter: a route declaring none fails when it is built, so a
         * household route can never be served without an access check.
         */
        public Builder<I> householdAccess(HouseholdPermission permission) {
            this.householdAccess = Objects.requireNonNull(permission, "permission");
            return this;
        }

        /**
         * Says this authenticated POST, PUT, PATCH or DELETE changes nothing a retry could repeat (it calculates, or
         * checks), so it takes no {@code Idempotency-Key} (ADR 0026); {@code why} is for the reader of the route.
         */
        public Builder<I> withoutEffect(String why) {
            this.withoutEffectBecause = require(why, "reason the route has no effect");
            return this;
        }

        /** The request class whose limits the route counts against, instead of the one its declaration implies. */
        public Builder<I> requestClass(RequestClass requestClass) {
            this.requestClass = Objects.requireNonNull(requestClass, "requestClass");
            return this;
        }

        /**
         * No rate limit: only for the health probes, which a load balancer or orchestrator calls from few addresses and
         * must never see refused (a refused readiness probe would take a healthy instance out of service).
         */
        public Builder<I> withoutRateLimit() {
            this.withoutRateLimit = true;
            return this;
        }

        /** Documents a {@code {name}} segment of the path. Every path parameter must be declared. */
        public Builder<I> pathParam(String name, String description) {
            parameters.add(new Parameter(name, Parameter.In.PATH, description, true));
            return this;
        }

        /** Documents a request header the route reads, such as {@code If-Match}. */
        public Builder<I> headerParam(String name, String description, boolean required) {
            parameters.add(new Parameter(name, Parameter.In.HEADER, description, required));
            return this;
        }

        /** Documents a query parameter. */
        public Builder<I> queryParam(String name, String description, boolean required) {
            parameters.add(new Parameter(name, Parameter.In.QUERY, description, required));
            return this;
        }

        /**
         * The success body can also be answered as {@code mediaType} (chosen by the request's {@code Accept} header,
         * see {@link RouteDefinition#representationFor}); {@code render} turns the body into it. Error answers stay
         * problem+json.
         */
        public <T> Builder<I> alsoAnswersAs(String mediaType, Class<T> bodyType, Function<T, byte[]> render,
                                            String description) {
            Objects.requireNonNull(render, "render");
            representations.add(new Representation(mediaType.toLowerCase(java.util.Locale.ROOT), description,
                    bodyType, body -> render.apply(bodyType.cast(body))));
            return this;
        }

        /** Finishes the route: the handler's result is the body of the success response. */
        public <O> RouteDefinition<I, O> handle(Class<O> responseType, Function<RouteRequest<I>, O> handler) {
            Objects.requireNonNull(handler, "handler");
            int status = successStatusFor(this, responseType);
            return new RouteDefinition<>(this, responseType, request -> Reply.of(status, handler.apply(request)));
        }

        /** Finishes the route with a handler that chooses among the declared statuses and may set headers. */
        public <O> RouteDefinition<I, O> handleReply(Class<O> responseType, RouteHandler<I, O> handler) {
            return new RouteDefinition<>(this, responseType, handler);
        }
    }
}
