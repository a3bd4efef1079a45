package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.adapter.in.http.health.HealthRoutes;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import dev.hearth.application.service.health.CheckReadinessService;
import dev.hearth.domain.money.Pence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    static final ApiInfo INFO = new ApiInfo("Hearth API", "test", "Test");
    static final List<RouteModule> MODULES = List.of(
            new HealthRoutes(new CheckReadinessService(List.of())), new TestRoutes());

    static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(OpenApiDocument.json(INFO, MODULES));
    }

    @Test
    void money_fields_state_their_unit_and_keep_their_own_description() throws Exception {
        JsonNode item = document().at("/components/schemas/Item/properties/amount");

        assertThat(item.get("type").asText()).isEqualTo("integer");
        assertThat(item.get("format").asText()).isEqualTo("int64");
        assertThat(item.get("x-unit").asText()).isEqualTo("GBP-pence");
        assertThat(item.get("description").asText()).isEqualTo(
                "The item's monthly cost. Money: a whole number of pence (GBP), e.g. 95000 = £950.00.");
        JsonNode bare = document().at("/components/schemas/EchoRequest/properties/amount");
        assertThat(bare.get("x-unit").asText()).isEqualTo("GBP-pence");
        assertThat(bare.get("description").asText()).startsWith("Money: a whole number of pence");
    }

    @Test
    void money_in_a_request_body_publishes_the_engines_bound_and_money_only_answered_publishes_none() throws Exception {
        JsonNode document = document();
        for (String pointer : List.of("/components/schemas/EchoRequest/properties/amount",
                "/components/schemas/Item/properties/amount")) {
            JsonNode money = document.at(pointer);
            assertThat(money.get("maximum").asLong()).as(pointer).isEqualTo(Pence.MAX_INPUT_PENCE);
            assertThat(money.get("minimum").asLong()).as(pointer).isZero();
            assertThat(money.get("x-unit").asText()).as(pointer).isEqualTo("GBP-pence");
        }
        JsonNode answered = document.at("/components/schemas/EchoResponse/properties/amount");
        assertThat(answered.has("maximum")).as("a sum of inputs may exceed one input's bound").isFalse();
        assertThat(answered.get("x-unit").asText()).isEqualTo("GBP-pence");
    }

    @Test
    void a_route_with_a_body_documents_every_body_error_as_problem_json() throws Exception {
        JsonNode responses = document().at("/paths/~1test~1echo/post/responses");

        assertThat(responses.fieldNames()).toIterable().containsExactlyInAnyOrder("200", "400", "413", "415", "422",
                "429", "500", "503");
        for (String status : List.of("400", "413", "415", "422", "500", "503")) {
            assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(responses.at("/422/x-problem-codes/0").asText()).isEqualTo("validation_failed");
        assertThat(responses.at("/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/EchoResponse");
        assertThat(document().at("/paths/~1test~1echo/post/requestBody/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/EchoRequest");
    }

    @Test
    void a_429_documents_its_retry_after_header() throws Exception {
        RouteModule throttled = () -> List.of(RouteDefinition.post("/test/throttled")
                .operationId("throttled").summary("Throttled").tags("test")
                .errors(dev.hearth.application.error.ErrorCode.TOO_MANY_REQUESTS)
                .handle(Void.class, r -> null));
        JsonNode doc = new ObjectMapper().readTree(OpenApiDocument.json(INFO, List.of(throttled)));

        assertThat(doc.at("/paths/~1test~1throttled/post/responses/429/headers/Retry-After/$ref").asText())
                .isEqualTo("#/components/headers/Retry-After");
        assertThat(doc.at("/components/headers/Retry-After/schema/type").asText()).isEqualTo("integer");
        assertThat(doc.at("/paths/~1test~1throttled/post/responses/500/headers/Retry-After").isMissingNode())
                .isTrue();
    }

    @Test
    void readiness_documents_its_503_with_the_same_body() throws Exception {
        JsonNode responses = document().at("/paths/~1health~1ready/get/responses");

        assertThat(responses.at("/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ReadinessResponse");
        assertThat(responses.at("/503/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ReadinessResponse");
        JsonNode status = document().at("/components/schemas/ReadinessResponse/properties/status");
        assertThat(status.get("enum").toString()).isEqualTo("[\"up\",\"degraded\",\"down\"]");
        assertThat(status.get("description").asText()).startsWith("down (and HTTP 503)");
    }

    @Test
    void every_operation_has_its_id_summary_tags_and_explicit_security() throws Exception {
        JsonNode op = document().at("/paths/~1test~1items~1{itemId}/get");

        assertThat(op.get("operationId").asText()).isEqualTo("getItem");
        assertThat(op.get("summary").asText()).isEqualTo("Path parameter");
        assertThat(op.get("tags").get(0).asText()).isEqualTo("test");
        assertThat(op.get("security").isArray()).isTrue();
        assertThat(op.get("security")).isEmpty();
        assertThat(op.at("/parameters/0/name").asText()).isEqualTo("itemId");
        assertThat(op.at("/parameters/0/in").asText()).isEqualTo("path");
        assertThat(op.at("/parameters/0/required").asBoolean()).isTrue();
    }

    @Test
    void the_problem_schema_is_in_the_components() throws Exception {
        JsonNode problem = document().at("/components/schemas/Problem/properties");

        assertThat(problem.fieldNames()).toIterable().containsExactly("type", "title", "status", "detail",
                "instance", "code", "errors", "traceId");
    }

    @Test
    void the_output_does_not_depend_on_module_order() {
        String one = OpenApiDocument.json(INFO, MODULES);
        String other = OpenApiDocument.json(INFO, List.of(MODULES.get(1), MODULES.get(0)));

        assertThat(other).isEqualTo(one).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void a_bearer_route_is_documented_with_its_scheme_and_scopes() throws Exception {
        RouteModule secured = () -> List.of(RouteDefinition.get("/v1/me")
                .operationId("getMe").summary("Me").tags("auth")
                .security(RouteSecurity.bearer("profile:read"))
                .handle(Void.class, r -> null));

        JsonNode doc = new ObjectMapper().readTree(OpenApiDocument.json(INFO, List.of(secured)));

        assertThat(doc.at("/paths/~1v1~1me/get/security/0/bearerAuth/0").asText()).isEqualTo("profile:read");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1v1~1me/get/responses/204").isMissingNode()).isFalse();
    }

    @Test
    void the_server_refuses_to_serve_a_secured_route_until_an_authenticator_exists() {
        RouteModule secured = () -> List.of(RouteDefinition.get("/v1/me")
                .operationId("getMe").summary("Me").tags("auth")
                .security(RouteSecurity.bearer("account"))
                .handle(Void.class, r -> null));
        HttpSettings settings = new HttpSettings("127.0.0.1", 0, 1024, Duration.ZERO, INFO);

        assertThatThrownBy(() -> HttpServer.start(settings, List.of(secured)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no authenticator");
    }

    @Test
    void a_route_under_a_household_that_declares_no_household_permission_cannot_be_built() {
        assertThatThrownBy(() -> RouteDefinition.get("/v1/households/{householdId}/secrets")
                .operationId("getSecrets").summary("Secrets").tags("t")
                .security(RouteSecurity.bearer("account"))
                .pathParam("householdId", "The household")
                .handle(Void.class, r -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("householdAccess");
        assertThatThrownBy(() -> RouteDefinition.get("/v1/households/{householdId}/secrets")
                .operationId("getSecrets").summary("Secrets").tags("t")
                .householdAccess(dev.hearth.application.port.in.access.HouseholdPermission.READ)
                .pathParam("householdId", "The household")
                .handle(Void.class, r -> null))
                .as("household access on a public route")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bearer");
    }

    @Test
    void a_household_route_without_the_account_scope_cannot_be_built() {
        assertThatThrownBy(() -> RouteDefinition.get("/v1/households/{householdId}/secrets")
                .operationId("getSecrets").summary("Secrets").tags("t")
                .security(RouteSecurity.bearer("admin:audit"))
                .householdAccess(dev.hearth.application.port.in.access.HouseholdPermission.READ)
                .pathParam("householdId", "The household")
                .handle(Void.class, r -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account scope");
        assertThatThrownBy(() -> RouteDefinition.get("/v1/households")
                .operationId("listSecrets").summary("Secrets").tags("t")
                .security(RouteSecurity.bearer("admin:audit"))
                .handle(Void.class, r -> null))
                .as("the household list, which names no household")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account scope");
        assertThatThrownBy(() -> RouteSecurity.bearer())
                .as("a protected route names its scopes")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_admin_route_that_does_not_need_a_recent_sign_in_cannot_be_built() {
        assertThatThrownBy(() -> RouteDefinition.post("/v1/admin/things/rotate")
                .operationId("rotateThings").summary("Rotate").tags("t")
                .security(RouteSecurity.signedInPerson("admin:audit"))
                .handle(Void.class, r -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recentSignIn");
        RouteDefinition<Void, Void> admin = RouteDefinition.post("/v1/admin/things/rotate")
                .operationId("rotateThings").summary("Rotate").tags("t")
                .security(RouteSecurity.recentSignIn("admin:audit"))
                .handle(Void.class, r -> null);
        assertThat(admin.errors()).contains(ErrorCode.REAUTHENTICATION_REQUIRED, ErrorCode.FORBIDDEN);
    }

    @Test
    void the_server_refuses_to_serve_a_household_route_until_an_access_check_exists() {
        RouteModule household = () -> List.of(RouteDefinition.get("/v1/households/{householdId}")
                .operationId("getIt").summary("It").tags("t")
                .security(RouteSecurity.bearer("account"))
                .householdAccess(dev.hearth.application.port.in.access.HouseholdPermission.READ)
                .pathParam("householdId", "The household")
                .handle(Void.class, r -> null));
        HttpSettings settings = new HttpSettings("127.0.0.1", 0, 1024, Duration.ZERO, INFO);

        assertThatThrownBy(() -> HttpServer.start(settings, List.of(household), query -> {
            throw new IllegalStateException("not called");
        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no access check");
    }

    @Test
    void an_operation_id_used_twice_is_refused() {
        RouteModule twice = () -> List.of(
                RouteDefinition.get("/a").operationId("same").summary("A").tags("t").handle(Void.class, r -> null),
                RouteDefinition.get("/b").operationId("same").summary("B").tags("t").handle(Void.class, r -> null));

        assertThatThrownBy(() -> OpenApiDocument.json(INFO, List.of(twice)))
                .hasMessageContaining("operationId used twice: same");
    }

    @Test
    void a_path_parameter_must_be_declared() {
        assertThatThrownBy(() -> RouteDefinition.get("/v1/households/{householdId}")
                .operationId("getHousehold").summary("Get").tags("households")
                .handle(Void.class, r -> null))
                .hasMessageContaining("householdId");
    }

    @Test
    void a_get_route_cannot_take_a_body() {
        assertThatThrownBy(() -> RouteDefinition.get("/x").operationId("x").summary("X").tags("t")
                .requestBody(String.class, "no").handle(Void.class, r -> null))
                .hasMessageContaining("take no request body");
    }

    @Test
    void a_route_needs_an_operation_id_summary_and_tag() {
        assertThatThrownBy(() -> RouteDefinition.get("/x").summary("X").tags("t").handle(Void.class, r -> null))
                .hasMessageContaining("operationId");
        assertThatThrownBy(() -> RouteDefinition.get("/x").operationId("x").tags("t").handle(Void.class, r -> null))
                .hasMessageContaining("summary");
        assertThatThrownBy(() -> RouteDefinition.get("/x").operationId("x").summary("X").handle(Void.class, r -> null))
                .hasMessageContaining("tag");
    }

    @Test
    void declared_errors_add_to_the_ones_every_route_has() {
        RouteDefinition<?, ?> route = RouteDefinition.get("/x").operationId("x").summary("X").tags("t")
                .errors(ErrorCode.RATES_NOT_AVAILABLE).handle(Void.class, r -> null);

        assertThat(route.errors()).containsExactlyInAnyOrder(ErrorCode.RATES_NOT_AVAILABLE, ErrorCode.INTERNAL,
                ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.RATE_LIMITED);
    }

    @Test
    void a_routes_request_class_comes_from_its_declaration_unless_stated() {
        assertThat(RouteDefinition.derivedClass(HttpMethod.POST, "/v1/auth/login", RouteSecurity.none()))
                .isEqualTo(RequestClass.AUTHENTICATION);
        assertThat(RouteDefinition.derivedClass(HttpMethod.POST, "/v1/estimates/universal-credit",
                RouteSecurity.none())).isEqualTo(RequestClass.CALCULATIONS);
        assertThat(RouteDefinition.derivedClass(HttpMethod.POST, "/v1/admin/audit/verification",
                RouteSecurity.none())).isEqualTo(RequestClass.ADMIN);
        assertThat(RouteDefinition.derivedClass(HttpMethod.GET, "/v1/households", RouteSecurity.none()))
                .isEqualTo(RequestClass.READS);
        assertThat(RouteDefinition.derivedClass(HttpMethod.DELETE, "/v1/households/{id}", RouteSecurity.none()))
                .isEqualTo(RequestClass.WRITES);
        RouteDefinition<?, ?> stated = RouteDefinition.get("/x").operationId("x").summary("X").tags("t")
                .requestClass(RequestClass.ADMIN).handle(Void.class, r -> null);
        assertThat(stated.requestClass()).contains(RequestClass.ADMIN);
        RouteDefinition<?, ?> probe = RouteDefinition.get("/x").operationId("x").summary("X").tags("t")
                .withoutRateLimit().handle(Void.class, r -> null);
        assertThat(probe.requestClass()).isEmpty();
        assertThat(probe.errors()).doesNotContain(ErrorCode.RATE_LIMITED);
    }

    @Test
    void every_answer_of_a_limited_route_documents_the_rate_limit_fields_and_its_limit() throws Exception {
        JsonNode operation = document().at("/paths/~1test~1echo/post");
        operation.get("responses").forEach(response -> assertThat(response.get("headers").fieldNames()).toIterable()
                .contains("RateLimit-Policy", "RateLimit"));
        assertThat(operation.at("/responses/429/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(operation.at("/x-rate-limit/class").asText()).isEqualTo("writes");
        assertThat(operation.at("/x-rate-limit/perMinute").asInt())
                .isEqualTo(RequestClass.WRITES.defaultPerMinute());
    }

    @Test
    void what_a_route_reads_adds_the_errors_reading_it_can_raise() {
        RouteDefinition<?, ?> route = RouteDefinition.patch("/things/{thingId}").operationId("x").summary("X")
                .tags("t").pathParam("thingId", "the thing").queryParam("limit", "how many", false)
                .headerParam("If-Match", "the version read", true).handle(Void.class, r -> null);

        assertThat(route.errors()).contains(ErrorCode.NOT_FOUND, ErrorCode.VALIDATION_FAILED,
                ErrorCode.VERSION_MISMATCH, ErrorCode.IF_MATCH_REQUIRED, ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void a_route_documenting_its_own_503_keeps_it() throws Exception {
        assertThat(document().at("/paths/~1health~1ready/get/responses/503/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/ReadinessResponse");
    }

    @Test
    void the_document_names_its_server_relative_to_where_it_is_served() throws Exception {
        assertThat(document().at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void every_component_is_used() throws Exception {
        JsonNode doc = document();
        String text = doc.toString();
        doc.at("/components/schemas").fieldNames().forEachRemaining(name -> assertThat(text)
                .as("components.schemas.%s is referenced", name)
                .contains("\"#/components/schemas/" + name + "\""));
        doc.at("/components/headers").fieldNames().forEachRemaining(name -> assertThat(text)
                .as("components.headers.%s is referenced", name)
                .contains("\"#/components/headers/" + name + "\""));
    }
}
