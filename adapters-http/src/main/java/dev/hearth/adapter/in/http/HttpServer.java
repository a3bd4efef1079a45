package dev.hearth.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.internal.IdempotencyKeys;
import dev.hearth.adapter.in.http.internal.JavalinRouteRequest;
import dev.hearth.adapter.in.http.internal.JsonBodyReader;
import dev.hearth.adapter.in.http.internal.MinimumDataRateHandler;
import dev.hearth.adapter.in.http.internal.ProblemErrorHandler;
import dev.hearth.adapter.in.http.internal.RateLimitGate;
import dev.hearth.adapter.in.http.internal.RequestContextFilter;
import dev.hearth.adapter.in.http.internal.RequestHeaderDeadline;
import dev.hearth.adapter.in.http.internal.SwaggerUi;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.access.CheckHouseholdAccessQuery;
import dev.hearth.application.port.in.access.CheckHouseholdAccessUseCase;
import dev.hearth.application.port.in.access.HouseholdAccessDecision;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.idempotency.IdempotentOutcome;
import dev.hearth.application.port.in.idempotency.IdempotentRequest;
import dev.hearth.application.port.in.idempotency.RunIdempotentlyUseCase;
import dev.hearth.application.port.model.IdempotentResponse;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the one entry bootstrap uses. It registers every {@link RouteDefinition} of the given
 * {@link RouteModule}s on Javalin, serves the OpenAPI document generated from the same routes at {@value #OPENAPI_PATH}
 * and Swagger UI at {@code /docs}, and sends every failure through {@link ProblemMapper}.
 *
 * <p>Behaviour every route gets, without writing it:
 * <ul>
 *   <li>request ids: a safe {@code X-Request-Id} is kept, otherwise one is made; it is echoed, logged on every line
 *       (MDC key {@code requestId}) and returned as {@code traceId} in problems;</li>
 *   <li>bodies: larger than {@link HttpSettings#maxRequestBytes()} is 413 (checked on Content-Length before reading,
 *       and while reading a chunked body); not JSON is 415; not well-formed is 400; wrong shape is 422;</li>
 *   <li>answers: {@code Cache-Control: no-store} on API answers (they may carry a household's finances);</li>
 *   <li>virtual threads when the runtime has them (Java 21+); on stop, requests in flight are drained for up to
 *       {@link HttpSettings#shutdownGrace()} before connections close;</li>
 *   <li>slow clients cut off ({@link ConnectionLimits}): headers not complete within the header timeout, nothing
 *       moving for the idle timeout, a body or response slower than the minimum data rate;</li>
 *   <li>the method is the request line's: method-override headers are ignored. {@code HEAD} is answered wherever
 *       {@code GET} is, through the same authentication and authorization, with the status and headers a {@code GET}
 *       would get and no body; elsewhere it is 405 with {@code Allow} (or 404);</li>
 *   <li>one client address per request ({@link TrustedProxies}), for the throttles and rate limits only;</li>
 *   <li>rate limits by route class ({@link RateLimiting}, ADR 0027): counted by client address before authentication
 *       and by account and API key after; {@code RateLimit-Policy} and {@code RateLimit} on every answer of a limited
 *       route, 429 {@code rate_limited} with {@code Retry-After} beyond the limit;</li>
 *   <li>the access log names the route template, or {@code <unmatched>}: never the path, which may hold an id or a
 *       personal value.</li>
 * </ul>
 */
public final class HttpServer implements AutoCloseable {

    /** Where the OpenAPI document is served. */
    public static final String OPENAPI_PATH = "/openapi.json";

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.hearth.http.access");
    private static final String ROUTE_ATTRIBUTE = HttpServer.class.getName() + ".route";
    /** What the access log names as the route of a request no route matched. */
    static final String UNMATCHED = "<unmatched>";
    private static final String JSON = "application/json";
    /** Largest request header block Jetty accepts: 16 KiB, twice the longest access token Hearth looks at. */
    private static final int MAX_REQUEST_HEADER_BYTES = 16 * 1024;
    private static final String BEARER_PREFIX = "bearer ";
    /** The {@code WWW-Authenticate} challenge of every 401 (RFC 6750 §3). */
    static final String BEARER_CHALLENGE = "Bearer realm=\"hearth\"";

    private final Javalin app;
    private final boolean virtualThreads;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private HttpServer(Javalin app, boolean virtualThreads) {
        this.app = app;
        this.virtualThreads = virtualThreads;
    }

    /**
     * Builds the routes and the OpenAPI document, then starts listening.
     *
     * @throws IllegalStateException when a route is declared twice, or needs security no authenticator enforces yet
     */
    public static HttpServer start(HttpSettings settings, List<RouteModule> modules) {
        return start(settings, modules, null);
    }

    /**
     * Like {@link #start(HttpSettings, List)}, with {@code authenticator} checking the bearer token of every protected
     * route ({@link RouteSecurity}) before its body is read or its handler runs: no or a malformed
     * {@code Authorization} header, or a token the authenticator refuses, is 401 {@code unauthenticated} (with
     * {@code WWW-Authenticate: Bearer}); a valid token missing one of the route's scopes, or not a person's sign-in
     * where the route needs one, is 403 {@code forbidden}; a sign-in too old for an admin action is 403
     * {@code reauthentication_required}.
     */
    public static HttpServer start(HttpSettings settings, List<RouteModule> modules,
                                   AuthenticateBearerTokenUseCase authenticator) {
        return start(settings, modules, authenticator, null);
    }

    /**
     * Like {@link #start(HttpSettings, List, AuthenticateBearerTokenUseCase)}, with {@code householdAccess} checking,
     * after authentication and before the body is read or the handler runs, that the caller holds the permission a
     * route declares ({@link RouteDefinition#householdAccess()}) on the household in its path: no standing in the
     * household is 404 {@code not_found} (as for one that does not exist), a role without the permission 403
     * {@code forbidden} (ADR 0019).
     *
     * @throws IllegalStateException when a route declares household access and no checker is given
     */
    public static HttpServer start(HttpSettings settings, List<RouteModule> modules,
                                   AuthenticateBearerTokenUseCase authenticator,
                                   CheckHouseholdAccessUseCase householdAccess) {
        return start(settings, modules, authenticator, householdAccess, null, null);
    }

    /**
     * Like {@link #start(HttpSettings, List, AuthenticateBearerTokenUseCase, CheckHouseholdAccessUseCase)}, with every
     * route counted against the {@code rateLimiting} of its class (ADR 0027); null for no limits.
     */
    public static HttpServer start(HttpSettings settings, List<RouteModule> modules,
                                   AuthenticateBearerTokenUseCase authenticator,
                                   CheckHouseholdAccessUseCase householdAccess, RateLimiting rateLimiting) {
        return start(settings, modules, authenticator, householdAccess, rateLimiting, null);
    }

    /**
     * Like {@link #start(HttpSettings, List, AuthenticateBearerTokenUseCase, CheckHouseholdAccessUseCase)}, with
     * {@code idempotency} running every route that {@linkplain RouteDefinition#idempotencyKeyRequired() needs an
     * idempotency key}; no rate limits.
     */
    public static HttpServer start(HttpSettings settings, List<RouteModule> modules,
                                   AuthenticateBearerTokenUseCase authenticator,
                                   CheckHouseholdAccessUseCase householdAccess, RunIdempotentlyUseCase idempotency) {
        return start(settings, modules, authenticator, householdAccess, null, idempotency);
    }

    /**
     * The whole server: like {@link #start(HttpSettings, List, AuthenticateBearerTokenUseCase,
     * CheckHouseholdAccessUseCase)}, with every route counted against the {@code rateLimiting} of its class (ADR 0027;
     * null for no limits) and {@code idempotency} running every route that {@linkplain
     * RouteDefinition#idempotencyKeyRequired() needs an idempotency key} (ADR 0026): after authentication and
     * authorization the {@code Idempotency-Key} header is required (400 {@code idempotency_key_missing}), the handler
     * runs at most once per caller and key, and a retry is answered the first answer with
     * {@code Idempotent-Replayed: true}.
     *
     * @throws IllegalStateException when a route needs idempotency keys and no {@code idempotency} is given
     */
    public static HttpServer start(HttpSettings settings, List<RouteModule> modules,
                                   AuthenticateBearerTokenUseCase authenticator,
                                   CheckHouseholdAccessUseCase householdAccess, RateLimiting rateLimiting,
                                   RunIdempotentlyUseCase idempotency) {
        List<RouteDefinition<?, ?>> routes = new ArrayList<>();
        for (RouteModule module : modules) {
            routes.addAll(module.routes());
        }
        for (RouteDefinition<?, ?> route : routes) {
            if (!route.security().isPublic() && authenticator == null) {
                throw new IllegalStateException(route + " requires " + route.security()
                        + " but no authenticator is wired yet; refusing to serve it unprotected");
            }
            if (route.householdAccess().isPresent() && householdAccess == null) {
                throw new IllegalStateException(route + " requires household access "
                        + route.householdAccess().get() + " but no access check is wired; refusing to serve it");
            }
            if (route.idempotencyKeyRequired() && idempotency == null) {
                throw new IllegalStateException(route + " takes an Idempotency-Key but no idempotency store is "
                        + "wired; refusing to serve it");
            }
        }
        byte[] openApi = (rateLimiting == null ? OpenApiDocument.json(settings.api(), modules)
                : OpenApiDocument.json(settings.api(), modules, rateLimiting.limits())).getBytes(StandardCharsets.UTF_8);
        ObjectMapper mapper = HttpJson.newMapper();
        boolean virtualThreads = Runtime.version().feature() >= 21;
        Wiring wiring = new Wiring(settings, mapper, new JsonBodyReader(mapper), authenticator, householdAccess,
                new RateLimitGate(rateLimiting == null ? null : rateLimiting.admitRequest()), idempotency);

        Javalin app = Javalin.create(cfg -> wiring.configure(cfg, routes, openApi, virtualThreads));
        app.start();
        ConnectionLimits limits = settings.connectionLimits();
        LOG.info("HTTP listening on {}:{} ({} routes, virtual threads {}, body limit {} bytes, header timeout {} s, "
                        + "idle timeout {} s, minimum data rate {} B/s, trusted proxies {})", settings.host(),
                app.port(), routes.size(), virtualThreads ? "on" : "off (Java " + Runtime.version().feature() + ")",
                settings.maxRequestBytes(), limits.headerTimeout().toMillis() / 1000.0,
                limits.idleTimeout().toMillis() / 1000.0, limits.minDataRate(), settings.trustedProxies());
        return new HttpServer(app, virtualThreads);
    }

    /** The port actually bound (useful when the settings asked for 0). */
    public int port() {
        return app.port();
    }

    /** Whether requests run on virtual threads. */
    public boolean usesVirtualThreads() {
        return virtualThreads;
    }

    /**
     * Stops accepting connections, lets requests in flight finish (up to the grace period), then stops. Safe to call
     * more than once.
     */
    public void stop() {
        if (stopped.getAndSet(true)) {
            return;
        }
        LOG.info("HTTP stopping: draining requests in flight");
        app.stop();
        LOG.info("HTTP stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** The Javalin configuration, kept apart from the public API. */
    private static final class Wiring {
        private final HttpSettings settings;
        private final ObjectMapper mapper;
        private final JsonBodyReader bodyReader;
        private final SwaggerUi swaggerUi = new SwaggerUi(OPENAPI_PATH);
        private final AuthenticateBearerTokenUseCase authenticator;
        private final CheckHouseholdAccessUseCase householdAccess;
        private final RateLimitGate rateLimits;
        private final RunIdempotentlyUseCase idempotency;

        Wiring(HttpSettings settings, ObjectMapper mapper, JsonBodyReader bodyReader,
               AuthenticateBearerTokenUseCase authenticator, CheckHouseholdAccessUseCase householdAccess,
               RateLimitGate rateLimits, RunIdempotentlyUseCase idempotency) {
            this.settings = settings;
            this.mapper = mapper;
            this.bodyReader = bodyReader;
            this.authenticator = authenticator;
            this.householdAccess = householdAccess;
            this.rateLimits = rateLimits;
            this.idempotency = idempotency;
        }

        void configure(JavalinConfig cfg, List<RouteDefinition<?, ?>> routes, byte[] openApi, boolean virtual) {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = settings.maxRequestBytes();
            cfg.concurrency.useVirtualThreads = virtual;
            ConnectionLimits limits = settings.connectionLimits();
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(settings.shutdownGrace().toMillis());
                server.insertHandler(new GracefulHandler());
                server.insertHandler(new MinimumDataRateHandler(limits.minDataRate(), ConnectionLimits.RATE_GRACE));
                server.setErrorHandler(new ProblemErrorHandler(mapper));
            });
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                connector.addEventListener(new RequestHeaderDeadline(connector.getScheduler(),
                        limits.headerTimeout()));
                return connector;
            });
            cfg.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new RequestContextFilter(settings.trustedProxies())), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // Jetty caches header fields per connection (Authorization among them) and by default matches their
                // values ignoring case: a bearer credential differing from an earlier one on the connection only in
                // letter case would be read as that earlier one. Credentials are case-sensitive.
                http.setHeaderCacheCaseSensitive(true);
                // room for an oversized bearer token to reach the token check (401, audited) rather than a bare 431
                http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            });

            cfg.routes.before(this::rejectDeclaredOversizedBody);
            cfg.routes.exception(Exception.class, this::answerProblem);
            // Javalin pre-registers its own text/JSON mapper for its HttpResponseExceptions (404, 405, ...): replace it
            cfg.routes.exception(HttpResponseException.class, this::answerProblem);
            cfg.router.javaLangErrorHandler(this::answerError);
            cfg.requestLogger.http(this::logRequest);

            for (RouteDefinition<?, ?> route : routes) {
                cfg.routes.addHttpHandler(HandlerType.findOrCreate(route.method().name()), route.path(),
                        ctx -> handle(route, ctx));
                if (route.method() == HttpMethod.GET) {
                    // HEAD runs the GET route whole (authentication, authorization, status, headers); Jetty sends no
                    // body. Without this Javalin answers HEAD on any GET path with a bare 200, before any check.
                    cfg.routes.addHttpHandler(HandlerType.HEAD, route.path(), ctx -> handle(route, ctx));
                }
            }
            getAndHead(cfg, OPENAPI_PATH, ctx -> named(ctx, OPENAPI_PATH).contentType(JSON).result(openApi));
            getAndHead(cfg, SwaggerUi.PAGE, ctx -> named(ctx, SwaggerUi.PAGE).html(swaggerUi.html()));
            getAndHead(cfg, SwaggerUi.ASSETS + "{name}", this::serveDocsAsset);
        }

        private static void getAndHead(JavalinConfig cfg, String path, io.javalin.http.Handler handler) {
            cfg.routes.get(path, handler);
            cfg.routes.addHttpHandler(HandlerType.HEAD, path, handler);
        }

        /** Records which route served the request, for the access log. */
        private static Context named(Context ctx, String route) {
            ctx.attribute(ROUTE_ATTRIBUTE, route);
            return ctx;
        }

        private void serveDocsAsset(Context ctx) {
            named(ctx, SwaggerUi.ASSETS + "{name}");
            String name = ctx.pathParam("name");
            byte[] bytes = swaggerUi.asset(name)
                    .orElseThrow(() -> new ApplicationException(ErrorCode.NOT_FOUND, null));
            ctx.contentType(swaggerUi.contentType(name).orElseThrow())
                    .header("Cache-Control", "public, max-age=86400")
                    .result(bytes);
        }

        private void rejectDeclaredOversizedBody(Context ctx) {
            long declared = ctx.req().getContentLengthLong();
            if (declared > settings.maxRequestBytes()) {
                throw tooLarge();
            }
        }

        private ApplicationException tooLarge() {
            return new ApplicationException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than "
                    + settings.maxRequestBytes() + " bytes, the most this server accepts.");
        }

        private <I, O> void handle(RouteDefinition<I, O> route, Context ctx) {
            ctx.attribute(ROUTE_ATTRIBUTE, route.path());
            String requestId = RequestContextFilter.requestId(ctx.req());
            // ADR 0027: by address before any credential is checked, by account and API key once known
            rateLimits.byAddress(route.requestClass().orElse(null), ctx);
            AuthenticatedAccount caller = route.security().isPublic() ? null : authenticate(route, ctx, requestId);
            if (caller != null) {
                rateLimits.byCaller(route.requestClass().orElse(null), ctx, caller.accountId(),
                        caller.isApiKey() ? caller.tokenId() : null);
            }
            if (route.householdAccess().isPresent()) {
                authorizeHousehold(route.householdAccess().get(), ctx, caller, requestId);
            }
            String idempotencyKey = route.idempotencyKeyRequired()
                    ? IdempotencyKeys.keyOf(ctx.header(RouteDefinition.IDEMPOTENCY_KEY)) : null;
            I body = null;
            byte[] raw = IdempotencyKeys.NO_BODY;
            if (route.hasRequestBody()) {
                if (!JsonBodyReader.isJson(ctx.contentType())) {
                    throw new ApplicationException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, null);
                }
                raw = readBody(ctx);
                body = bodyReader.read(ctx.contentType(), raw, route.requestType());
            }
            RouteRequest<I> request = new JavalinRouteRequest<>(ctx, body, route.hasRequestBody(), requestId, caller);
            if (idempotencyKey == null) {
                send(ctx, answer(route, request, ctx.header("Accept")), false);
                return;
            }
            String accept = ctx.header("Accept");
            IdempotentOutcome outcome = idempotency.run(new IdempotentRequest(caller.accountId().toString(),
                    idempotencyKey, IdempotencyKeys.fingerprint(ctx.method().name(), ctx.path(),
                    ctx.header("If-Match"), raw), requestId), () -> answer(route, request, accept));
            send(ctx, outcome.response(), outcome.replayed());
        }

        /** Runs the route's handler and renders its reply: status, the headers it set, the JSON body bytes. */
        private <I, O> IdempotentResponse answer(RouteDefinition<I, O> route, RouteRequest<I> request, String accept) {
            Reply<O> reply = route.handler().handle(request);
            if (reply == null) {
                throw new IllegalStateException(route + " handler returned no reply");
            }
            if (!declares(route, reply.status())) {
                throw new IllegalStateException(route + " answered undeclared status " + reply.status());
            }
            Map<String, String> headers = new java.util.LinkedHashMap<>(reply.headers());
            byte[] bytes = IdempotencyKeys.NO_BODY;
            if (route.responseType() != Void.class && reply.body() != null) {
                // a route may also answer in a second format the client asks for (the earnings curve as SVG)
                RouteDefinition.Representation other = route.representationFor(accept);
                if (other != null) {
                    bytes = other.render().apply(reply.body());
                    headers.put("Content-Type", other.mediaType());
                } else {
                    try {
                        bytes = mapper.writeValueAsBytes(reply.body());
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(route + " answered a body that cannot be written as JSON", e);
                    }
                    headers.put("Content-Type", JSON);
                }
            }
            return new IdempotentResponse(reply.status(), headers, bytes);
        }

        private static void send(Context ctx, IdempotentResponse response, boolean replayed) {
            ctx.status(response.status());
            ctx.header("Cache-Control", "no-store");
            response.headers().forEach((name, value) -> {
                if (name.equalsIgnoreCase("Content-Type")) {
                    ctx.contentType(value);
                } else {
                    ctx.header(name, value);
                }
            });
            if (replayed) {
                ctx.header(RouteDefinition.IDEMPOTENT_REPLAYED, "true");
            }
            byte[] body = response.body();
            if (body.length > 0) {
                ctx.result(body);
            }
        }

        /** The caller behind the request's bearer token, with every scope the route requires; throws otherwise. */
        private AuthenticatedAccount authenticate(RouteDefinition<?, ?> route, Context ctx, String requestId) {
            String header = ctx.header("Authorization");
            if (header == null || header.length() <= BEARER_PREFIX.length()
                    || !header.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
                throw new ApplicationException(ErrorCode.UNAUTHENTICATED,
                        "Send an access token or API key as Authorization: Bearer <token>.");
            }
            String token = header.substring(BEARER_PREFIX.length()).strip();
            // the client address only rate-limits the audit events of refused credentials (ADR 0020)
            AuthenticatedAccount caller = authenticator.authenticate(new AuthenticateBearerTokenQuery(token, requestId,
                    RequestContextFilter.clientAddress(ctx.req())));
            for (String scope : route.security().scopes()) {
                if (!caller.hasScope(scope)) {
                    throw new ApplicationException(ErrorCode.FORBIDDEN,
                            "Your access token does not carry the scope this needs: " + scope + ".");
                }
            }
            // ADR 0021: some actions need the person, not a program's key or another issuer's token
            if (route.security().needsSignedInPerson() && !caller.isSignedInPerson()) {
                throw new ApplicationException(ErrorCode.FORBIDDEN, "This needs a person signed in to Hearth with "
                        + "their password; an API key or an external issuer's token cannot do it.");
            }
            if (route.security().needsRecentSignIn() && !caller.recentlyAuthenticated()) {
                throw new ApplicationException(ErrorCode.REAUTHENTICATION_REQUIRED, null);
            }
            return caller;
        }

        /**
         * Deny by default: the caller must hold {@code permission} on the household in the path. Not a UUID, or no
         * standing in the household: 404 exactly as for a household that does not exist; standing without the
         * permission: 403.
         */
        private void authorizeHousehold(HouseholdPermission permission, Context ctx, AuthenticatedAccount caller,
                                        String requestId) {
            UUID householdId = uuidOrNull(ctx.pathParam(RouteDefinition.HOUSEHOLD_ID));
            if (householdId == null || caller == null) {
                throw new ApplicationException(ErrorCode.NOT_FOUND, null);
            }
            HouseholdAccessDecision decision = householdAccess.check(
                    new CheckHouseholdAccessQuery(caller, householdId, permission, requestId));
            switch (decision.outcome()) {
                case ALLOWED -> {
                    return;
                }
                case NOT_FOUND -> throw new ApplicationException(ErrorCode.NOT_FOUND, null);
                case FORBIDDEN -> throw new ApplicationException(ErrorCode.FORBIDDEN,
                        "Your role in this household does not allow this.");
                default -> throw new IllegalStateException("unknown access outcome");
            }
        }

        private static UUID uuidOrNull(String text) {
            if (text == null || text.length() != 36) {
                return null;
            }
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private byte[] readBody(Context ctx) {
            try {
                return ctx.bodyAsBytes();
            } catch (HttpResponseException e) {
                if (e.getStatus() == 413) {
                    throw tooLarge();
                }
                throw e;
            } catch (Exception e) { // Kotlin lets the servlet stream's checked IOException through unannounced
                if (arrivedTooSlowly(e)) {
                    throw new ApplicationException(ErrorCode.MALFORMED_REQUEST, "The request body arrived too slowly.");
                }
                throw e;
            }
        }

        private static boolean arrivedTooSlowly(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof java.util.concurrent.TimeoutException
                        && MinimumDataRateHandler.TOO_SLOW.equals(t.getMessage())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean declares(RouteDefinition<?, ?> route, int status) {
            if (status == route.successStatus()) {
                return true;
            }
            for (RouteDefinition.ResponseDoc doc : route.otherResponses()) {
                if (doc.status() == status) {
                    return true;
                }
            }
            return false;
        }

        private void answerProblem(Exception failure, Context ctx) {
            String traceId = RequestContextFilter.requestId(ctx.req());
            Throwable translated = translate(failure, ctx);
            if (translated instanceof ApplicationException e && e.retryAfter().isPresent()) {
                // whole seconds, at least one (RFC 9110 §10.2.3 delay-seconds)
                ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().get().toSeconds())));
            }
            if (translated instanceof ApplicationException e && e.errorCode() == ErrorCode.UNAUTHENTICATED) {
                ctx.header("WWW-Authenticate", BEARER_CHALLENGE);
            }
            Problem problem = ProblemMapper.toProblem(translated, traceId);
            writeProblem(ctx, problem);
        }

        /** Javalin's own failures (404, 405, 413 ...) become application errors with the matching code. */
        private static Throwable translate(Exception failure, Context ctx) {
            if (!(failure instanceof HttpResponseException e)) {
                return failure;
            }
            ErrorCode code = switch (e.getStatus()) {
                case 400 -> ErrorCode.MALFORMED_REQUEST;
                case 404 -> ErrorCode.NOT_FOUND;
                case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
                case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
                case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
                case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
                default -> null;
            };
            if (code == null) {
                return failure; // an unexpected Javalin status: logged and answered as internal_error
            }
            if (code == ErrorCode.METHOD_NOT_ALLOWED) {
                ctx.header("Allow", allowed(e.getDetails()));
            }
            return new ApplicationException(code, null);
        }

        private static String allowed(Map<String, String> details) {
            Set<String> methods = new LinkedHashSet<>();
            for (String value : details.values()) {
                for (String m : value.split("[,\\s\\[\\]]+")) {
                    if (!m.isBlank()) {
                        methods.add(m.trim());
                    }
                }
            }
            return String.join(", ", methods);
        }

        private void writeProblem(Context ctx, Problem problem) {
            byte[] bytes;
            try {
                bytes = mapper.writeValueAsBytes(problem);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write a problem", e);
            }
            ctx.status(problem.status())
                    .header("Cache-Control", "no-store")
                    .contentType(ProblemMapper.PROBLEM_JSON)
                    .result(bytes);
        }

        /** Last resort for a {@link java.lang.Error} (e.g. out of memory): a 500 problem if the answer is not sent. */
        private void answerError(HttpServletResponse res, Error error) {
            String traceId = res.getHeader(dev.hearth.adapter.in.http.internal.RequestIds.HEADER);
            Problem problem = ProblemMapper.toProblem(error, traceId == null ? "unknown" : traceId);
            if (res.isCommitted()) {
                return;
            }
            try {
                res.setStatus(problem.status());
                res.setContentType(ProblemMapper.PROBLEM_JSON);
                res.setHeader("Cache-Control", "no-store");
                res.getOutputStream().write(mapper.writeValueAsBytes(problem));
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not send the 500 problem after an error", e);
            }
        }

        /**
         * One access-log line per request, as key-value pairs (fields in JSON logs). The route is the declared template
         * (no ids), or {@value #UNMATCHED} when nothing matched: never the path itself, which may carry an e-mail
         * address or a name someone typed into a URL. The query string is never logged either.
         */
        private void logRequest(Context ctx, Float millis) {
            Object template = ctx.attribute(ROUTE_ATTRIBUTE);
            ACCESS.atInfo()
                    .addKeyValue("method", ctx.method().name())
                    .addKeyValue("route", template != null ? template.toString() : UNMATCHED)
                    .addKeyValue("status", ctx.statusCode())
                    .addKeyValue("durationMs", Math.round(millis))
                    .log("request");
        }
    }
}
