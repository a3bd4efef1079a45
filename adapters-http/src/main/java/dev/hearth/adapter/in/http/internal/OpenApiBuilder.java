package dev.hearth.adapter.in.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.Problem;
import dev.hearth.adapter.in.http.ProblemMapper;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteDefinition.Parameter;
import dev.hearth.adapter.in.http.RouteDefinition.ResponseDoc;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the OpenAPI 3.0 document from route definitions. Schemas come from the DTO types through swagger-core's
 * {@link ModelConverters} (with {@link PenceSchemaConverter} first, so money always states its unit); errors are
 * documented per status with the codes that produce it. Output order is fixed (paths and schemas sorted) so the
 * committed {@code docs/openapi.json} only changes when the API does.
 */
public final class OpenApiBuilder {

    /** Schema name of the problem body. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private static final String JSON = "application/json";
    private static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String RETRY_AFTER_HEADER = "Retry-After";
    private static final String WWW_AUTHENTICATE_HEADER = "WWW-Authenticate";
    private static final String REPLAYED_HEADER = RouteDefinition.IDEMPOTENT_REPLAYED;
    private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final RateLimits rateLimits;
    private final ModelConverters converters;
    private final Map<String, Schema> schemas = new TreeMap<>();
    /** The schema of every request body, to publish the money bounds on what they reach. */
    private final List<Schema<?>> requestBodies = new ArrayList<>();
    /** Whether some route takes an idempotency key, so the replay header is published. */
    private boolean idempotencyUsed;

    /** @param rateLimits the limits published on each operation ({@code x-rate-limit}) */
    public OpenApiBuilder(ObjectMapper apiMapper, RateLimits rateLimits) {
        this.rateLimits = java.util.Objects.requireNonNull(rateLimits, "rateLimits");
        this.converters = new ModelConverters();
        for (var c : List.copyOf(converters.getConverters())) {
            converters.removeConverter(c);
        }
        converters.addConverter(new ModelResolver(apiMapper.copy()));
        converters.addConverter(new PenceSchemaConverter());
        converters.addConverter(new OptionalSchemaConverter());
    }

    /** The whole document. */
    public OpenAPI build(String title, String version, String description, List<RouteModule> modules) {
        List<RouteDefinition<?, ?>> routes = new ArrayList<>();
        for (RouteModule m : modules) {
            routes.addAll(m.routes());
        }
        checkUnique(routes);
        routes.sort(Comparator.<RouteDefinition<?, ?>, String>comparing(RouteDefinition::path)
                .thenComparing(r -> METHOD_ORDER.indexOf(r.method().name())));

        schemaRef(Problem.class);
        Paths paths = new Paths();
        Set<String> tagNames = new LinkedHashSet<>();
        boolean bearerUsed = false;
        for (RouteDefinition<?, ?> route : routes) {
            PathItem item = paths.computeIfAbsent(route.path(), p -> new PathItem());
            Operation op = operation(route);
            switch (route.method()) {
                case GET -> item.setGet(op);
                case POST -> item.setPost(op);
                case PUT -> item.setPut(op);
                case PATCH -> item.setPatch(op);
                case DELETE -> item.setDelete(op);
            }
            tagNames.addAll(route.tags());
            bearerUsed |= !route.security().isPublic();
        }

        Components components = new Components();
        deducedSubtypesAsOneOf(schemas);
        FieldDocs.load().describe(schemas);
        MoneyInputBounds.publish(schemas, requestBodies);
        components.setSchemas(new LinkedHashMap<>(schemas));
        components.addHeaders(REQUEST_ID_HEADER, new Header()
                .description("The request id: yours if you sent a safe X-Request-Id (1-128 characters of "
                        + "A-Z a-z 0-9 . _ : -), otherwise one Hearth made. Also the traceId of any problem.")
                .schema(new StringSchema()));
        components.addHeaders(RETRY_AFTER_HEADER, new Header()
                .description("Whole seconds to wait before trying again (RFC 9110 section 10.2.3); at least 1.")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        if (idempotencyUsed) {
            components.addHeaders(REPLAYED_HEADER, new Header()
                    .description("`true` when this answer is the replay of an earlier request with the same "
                            + "Idempotency-Key: nothing was done this time (ADR 0026). Absent otherwise.")
                    .schema(new StringSchema()._enum(List.of("true"))));
        }
        components.addHeaders(RateLimitGate.POLICY_HEADER, new Header()
                .description("The quota policies this request was counted against (draft-ietf-httpapi-ratelimit-"
                        + "headers, ADR 0027): a list of \"<class>-<subject>\";q=<requests>;w=<window seconds>, one per "
                        + "subject counted (api-key, account, address), e.g. \"reads-account\";q=600;w=60. Absent "
                        + "when the route's class is not limited.")
                .schema(new StringSchema()));
        components.addHeaders(RateLimitGate.STATE_HEADER, new Header()
                .description("Each policy of RateLimit-Policy now: \"<policy>\";r=<requests remaining>;t=<seconds "
                        + "until the quota is whole again>. A quota refills evenly, one request every w/q seconds; "
                        + "r=0 on the policy that refused a 429.")
                .schema(new StringSchema()));
        if (bearerUsed) {
            components.addHeaders(WWW_AUTHENTICATE_HEADER, new Header()
                    .description("The authentication scheme to use: Bearer (RFC 6750).")
                    .schema(new StringSchema()));
            components.addSecuritySchemes(RouteSecurity.BEARER_SCHEME, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("A Hearth access token from POST /v1/auth/login, an API key (hk_...) or, when "
                            + "configured, an external issuer's token. Each operation lists the scopes it needs; "
                            + "they are checked against what the account holds now, not when the credential was "
                            + "made. x-hearth-caller: signed_in_person (a Hearth access token only: no API key or "
                            + "external token, else 403 forbidden) or recent_sign_in (and the password sign-in "
                            + "within HEARTH_REAUTHENTICATION_MINUTES, else 403 reauthentication_required)."));
        }
        List<Tag> tags = new ArrayList<>();
        for (String t : tagNames) {
            tags.add(new Tag().name(t));
        }
        OpenAPI api = new OpenAPI();
        api.setOpenapi("3.0.3");
        api.info(new Info().title(title).version(version).description(description));
        // relative: the document is served by the API it describes, wherever that is deployed
        api.setServers(List.of(new Server().url("/").description("The server that serves this document")));
        api.setTags(tags);
        api.setPaths(paths);
        api.setComponents(components);
        return api;
    }

    private static void checkUnique(List<RouteDefinition<?, ?>> routes) {
        Set<String> ids = new HashSet<>();
        Set<String> endpoints = new HashSet<>();
        for (RouteDefinition<?, ?> r : routes) {
            if (!ids.add(r.operationId())) {
                throw new IllegalStateException("operationId used twice: " + r.operationId());
            }
            if (!endpoints.add(r.method() + " " + r.path())) {
                throw new IllegalStateException("route declared twice: " + r.method() + " " + r.path());
            }
        }
    }

    private Operation operation(RouteDefinition<?, ?> route) {
        Operation op = new Operation()
                .operationId(route.operationId())
                .summary(route.summary())
                .description(route.description())
                .tags(route.tags());
        for (Parameter p : route.parameters()) {
            op.addParametersItem(new io.swagger.v3.oas.models.parameters.Parameter()
                    .name(p.name())
                    .in(switch (p.in()) {
                        case PATH -> "path";
                        case QUERY -> "query";
                        case HEADER -> "header";
                    })
                    .description(p.description())
                    .required(p.required())
                    .schema(new StringSchema()));
        }
        if (route.hasRequestBody()) {
            Schema<?> body = schemaRef(route.requestSchemaType());
            requestBodies.add(body);
            op.requestBody(new RequestBody()
                    .required(true)
                    .description(route.requestDescription())
                    .content(new Content().addMediaType(route.requestMediaType(), new MediaType().schema(body))));
        }
        ApiResponses responses = new ApiResponses();
        ApiResponse success = response(route.successDescription(), route.responseType(), JSON);
        if (route.idempotencyKeyRequired()) {
            success.addHeaderObject(REPLAYED_HEADER, new Header().$ref("#/components/headers/" + REPLAYED_HEADER));
            idempotencyUsed = true;
        }
        for (RouteDefinition.Representation other : route.representations()) {
            success.getContent().addMediaType(other.mediaType(), new MediaType()
                    .schema(new StringSchema().description(other.description())));
        }
        responses.addApiResponse(Integer.toString(route.successStatus()), success);
        for (ResponseDoc other : route.otherResponses()) {
            responses.addApiResponse(Integer.toString(other.status()),
                    response(other.description(), other.type(), JSON));
        }
        Map<Integer, List<ErrorCode>> byStatus = new TreeMap<>();
        for (ErrorCode code : route.errors()) {
            byStatus.computeIfAbsent(ProblemMapper.status(code), s -> new ArrayList<>()).add(code);
        }
        for (Map.Entry<Integer, List<ErrorCode>> e : byStatus.entrySet()) {
            String key = Integer.toString(e.getKey());
            if (responses.containsKey(key)) {
                throw new IllegalStateException(route + ": status " + key + " is both a response and an error");
            }
            StringBuilder description = new StringBuilder("Problem (application/problem+json). code: ");
            List<String> codes = new ArrayList<>();
            for (ErrorCode c : e.getValue()) {
                codes.add(c.code());
            }
            description.append(String.join(", ", codes)).append('.');
            ApiResponse problem = response(description.toString(), Problem.class, ProblemMapper.PROBLEM_JSON);
            problem.addExtension("x-problem-codes", codes);
            if (e.getKey() == 429 || e.getKey() == 503
                    || e.getValue().contains(ErrorCode.IDEMPOTENCY_KEY_IN_USE)) {
                problem.addHeaderObject(RETRY_AFTER_HEADER,
                        new Header().$ref("#/components/headers/" + RETRY_AFTER_HEADER));
            }
            if (e.getKey() == 401 && !route.security().isPublic()) {
                problem.addHeaderObject(WWW_AUTHENTICATE_HEADER,
                        new Header().$ref("#/components/headers/" + WWW_AUTHENTICATE_HEADER));
            }
            responses.addApiResponse(key, problem);
        }
        route.requestClass().ifPresent(requestClass -> {
            for (ApiResponse response : responses.values()) {
                response.addHeaderObject(RateLimitGate.POLICY_HEADER,
                        new Header().$ref("#/components/headers/" + RateLimitGate.POLICY_HEADER));
                response.addHeaderObject(RateLimitGate.STATE_HEADER,
                        new Header().$ref("#/components/headers/" + RateLimitGate.STATE_HEADER));
            }
            Map<String, Object> limit = new LinkedHashMap<>();
            limit.put("class", requestClass.code());
            limit.put("perMinute", rateLimits.perMinute(requestClass));
            limit.put("per", List.of("api-key", "account", "address"));
            op.addExtension("x-rate-limit", limit);
        });
        op.responses(responses);
        if (route.security().isPublic()) {
            op.security(List.of());
        } else {
            op.security(List.of(new SecurityRequirement().addList(RouteSecurity.BEARER_SCHEME,
                    route.security().scopes())));
            if (route.security().needsSignedInPerson()) {
                // ADR 0021: signed_in_person (no API key, no external token) or recent_sign_in (admin actions)
                op.addExtension("x-hearth-caller", route.security().caller().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        // the household permission checked before the handler (ADR 0019): 404 without standing, 403 without it
        route.householdAccess().ifPresent(p -> op.addExtension("x-household-permission", p.name()));
        return op;
    }

    private ApiResponse response(String description, Class<?> type, String mediaType) {
        ApiResponse response = new ApiResponse().description(description);
        response.addHeaderObject(REQUEST_ID_HEADER, new Header().$ref("#/components/headers/" + REQUEST_ID_HEADER));
        if (type != Void.class) {
            response.content(new Content().addMediaType(mediaType, new MediaType().schema(schemaRef(type))));
        }
        return response;
    }

    /**
     * swagger-core writes the subtypes of a type Jackson tells apart by their fields ({@code JsonTypeInfo.Id.DEDUCTION},
     * e.g. {@code LhaSource}) as {@code allOf [parent, own fields]} and leaves the parent an empty object, so nothing
     * refers to the subtypes and the parent accepts anything. Describe the parent as {@code oneOf} its subtypes
     * instead, each an object that requires its own fields (they are what tells them apart).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void deducedSubtypesAsOneOf(Map<String, Schema> schemas) {
        Map<String, List<String>> subtypesByParent = new TreeMap<>();
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            List<Schema> parts = e.getValue().getAllOf();
            if (parts == null || parts.isEmpty() || parts.get(0).get$ref() == null) {
                continue;
            }
            String parent = parts.get(0).get$ref().substring(parts.get(0).get$ref().lastIndexOf('/') + 1);
            Schema parentSchema = schemas.get(parent);
            if (parentSchema == null || parentSchema.getProperties() != null || parentSchema.getOneOf() != null) {
                continue;
            }
            subtypesByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(e.getKey());
        }
        subtypesByParent.forEach((parent, subtypes) -> {
            List<Schema> choices = new ArrayList<>();
            for (String name : subtypes) {
                Schema subtype = schemas.get(name);
                Schema flat = new Schema<>().type("object");
                flat.setDescription(subtype.getDescription());
                for (Schema part : (List<Schema>) subtype.getAllOf().subList(1, subtype.getAllOf().size())) {
                    if (part.getProperties() != null) {
                        part.getProperties().forEach((k, v) -> flat.addProperty((String) k, (Schema) v));
                    }
                }
                if (flat.getProperties() != null) {
                    flat.setRequired(new ArrayList<>(flat.getProperties().keySet()));
                }
                schemas.put(name, flat);
                choices.add(new Schema<>().$ref("#/components/schemas/" + name));
            }
            Schema parentSchema = schemas.get(parent);
            parentSchema.setType(null);
            parentSchema.setOneOf(choices);
        });
    }

    /** Resolves a DTO type (and everything it references) into components.schemas; returns a $ref to it. */
    private Schema<?> schemaRef(Class<?> type) {
        ResolvedSchema resolved = converters.readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved == null || resolved.schema == null) {
            throw new IllegalStateException("swagger-core could not describe " + type.getName());
        }
        for (Map.Entry<String, Schema> e : resolved.referencedSchemas.entrySet()) {
            Schema<?> previous = schemas.putIfAbsent(e.getKey(), e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                throw new IllegalStateException("two different DTO types are both named " + e.getKey()
                        + "; give one of them @Schema(name = ...)");
            }
        }
        return resolved.schema;
    }
}
