package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.domain.money.Pence;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No input gives a 5xx: EVERY registered route (taken from {@link HearthApi#routeModules}, as the access-control matrix
 * does, so a new route is covered without touching this test) is driven through the whole wiring and real PostgreSQL
 * with extreme and malformed values in every field of its request body, every query parameter and every path
 * parameter: 0, 1, the money maximum and one more, {@code Long.MAX_VALUE}, {@code Long.MIN_VALUE}, 2^63, negatives,
 * huge decimals, {@code null}, {@code null} array items, wrong JSON types, empty, very long and odd unicode strings,
 * impossible and extreme dates. Every answer must be below 500, and every 4xx must be {@code application/problem+json}
 * with a matching {@code status}.
 *
 * <p>The fields come from the served OpenAPI document: for each route, a body is built from its request schema with
 * every property filled (so every field is mutated), and where the project has a worked example body (docs/examples,
 * a household's facts, a debt) that valid body is mutated too, so overflows deep in the engines are reached rather
 * than stopped by unrelated validation. Values are drawn with a seeded {@link Random}: a failure names its seed-stable
 * case and reproduces. The caller is a registered user with a household, who is also admin and support staff so the
 * admin and crisis-override routes read their bodies too.
 */
class NoInputGivesA5xxTest {

    private static final long SEED = 20261207L;
    /** Random values tried per field, besides the money bounds every integer field always gets. */
    private static final int VALUES_PER_FIELD = 2;
    private static final String STALE = "\"999\"";
    /** Requests in flight at once (changes with If-Match go one at a time). */
    private static final int CLIENTS = 3;

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String LONG_STRING = "é".repeat(10_000) + "x".repeat(20_000);

    /** JSON literals put into every field. */
    private static final List<String> VALUES = List.of(
            "0", "1", "-1", "1000000000", "1000000001", "9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
            "1e400", "-1e400", "0.5", "1.0", "99999999999999999999.99", "2147483648", "-2147483649",
            "null", "true", "false", "\"\"", "\" \"", "\"x\"", "\"-1\"", "\"9223372036854775808\"",
            JSON.valueToTree(LONG_STRING).toString(), "\"\\u0000\\ud800 \\ud83d\\ude00 \\u202e ü 中 \\uffff\"",
            "[]", "[null]", "[1, \"x\", {}]", "{}", "{\"x\": null}",
            "\"2026-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"9999-12-31\"", "\"0000-01-01\"",
            "\"2026-05-14T25:00:00Z\"", "\"00000000-0000-0000-0000-000000000000\"");

    /** Integer fields always get these: the bounds of money and of a long. */
    private static final List<String> INTEGER_BOUNDS = List.of(
            Long.toString(Pence.MAX_INPUT_PENCE), Long.toString(Pence.MAX_INPUT_PENCE + 1),
            Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE));

    /** Values for path and query parameters (URL-encoded when sent). */
    private static final List<String> PARAMETER_VALUES = List.of(
            "0", "-1", "9223372036854775808", "1e400", "x", " ", "null", "%", "../..", "a/b",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "\u0000\ud83d\ude00 ü", "x".repeat(5_000), "'; drop table households; --");

    private static TestDatabase database;
    private static Hearth hearth;
    private static TestCredentials.Login user;
    private static JsonNode openApi;
    private static final Map<String, String> PATH_FILL = new HashMap<>();
    /** The version last read or written of each resource changed with PATCH. */
    private static final Map<String, String> ETAGS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.instance().createDatabase(NoInputGivesA5xxTest.class);
        Map<String, String> env = new HashMap<>(HearthEndToEndTest.databaseEnvironment(database));
        String email = "no-5xx@example.org";
        String accountId;
        try (Hearth first = Hearth.start(ConfigLoader.load(env).withHttpPort(0))) {
            accountId = TestCredentials.signUp(first.httpPort(), email).accountId();
        }
        env.put("HEARTH_ADMIN_ACCOUNT_IDS", accountId);
        env.put("HEARTH_SUPPORT_ACCOUNT_IDS", accountId);
        // hundreds of requests from one address: the rate limits are SharedRateLimitsEndToEndTest's subject, not this one's
        hearth = Hearth.start(ConfigLoader.load(env).withHttpPort(0)
                .withRateLimits(dev.hearth.application.port.in.ratelimit.RateLimits.off()));
        user = TestCredentials.logIn(hearth.httpPort(), email);

        String householdId = TestCredentials.createHousehold(hearth.httpPort(), user.bearer());
        HttpResponse<String> debt = send("POST", "/v1/households/" + householdId + "/debts", debtBody().toString(),
                null);
        assertThat(debt.statusCode()).as(debt.body()).isEqualTo(201);
        HttpResponse<String> estimate = send("POST", "/v1/households/" + householdId + "/estimates",
                "{\"assessmentPeriodStart\": \"2026-05-14\"}", null);
        assertThat(estimate.statusCode()).as(estimate.body()).isEqualTo(201);
        PATH_FILL.put("householdId", householdId);
        PATH_FILL.put("debtId", JSON.readTree(debt.body()).get("id").asText());
        PATH_FILL.put("estimateId", JSON.readTree(estimate.body()).get("id").asText());
        PATH_FILL.put("accountId", user.accountId());
        PATH_FILL.put("keyId", "01a20000-0000-7000-8000-000000000000");

        HttpResponse<String> document = send("GET", "/openapi.json", null, null);
        openApi = JSON.readTree(document.body());
    }

    @AfterAll
    static void stop() {
        if (hearth != null) {
            hearth.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ the property

    @Test
    void no_value_in_any_field_of_any_route_gives_a_5xx_and_every_4xx_is_problem_json() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> operationsDriven = new TreeSet<>();
        int requests = 0;
        long began = System.nanoTime();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
        try {
            for (RouteDefinition<?, ?> route : routes()) {
                JsonNode operation = operation(route);
                operationsDriven.add(route.operationId());
                List<Probe> probes = new ArrayList<>();
                probes.add(new Probe("as is", filledPath(route, null, null), null, base(route, operation)));
                pathAndQueryProbes(route, operation, random, probes);
                if (route.hasRequestBody()) {
                    bodyProbes(route, operation, random, probes);
                }
                requests += probes.size();
                if (route.method().name().equals("PATCH")) {
                    for (Probe probe : probes) {   // one after another: each change is based on the last version
                        check(route, probe, failures);
                    }
                    continue;
                }
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (Probe probe : probes) {
                    sent.add(clients.submit(() -> {
                        check(route, probe, failures);
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> answer : sent) {
                    answer.get();
                }
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("%d requests to %d routes in %d ms%n", requests, operationsDriven.size(),
                (System.nanoTime() - began) / 1_000_000);
        assertThat(operationsDriven).as("every route was driven").hasSize(routes().size());
        assertThat(failures).as("answers that were 5xx, 4xx without problem+json, or null items not named (of "
                + requests + " requests)").isEmpty();
    }

    @Test
    void a_null_item_in_any_array_of_any_request_body_is_422_required_naming_its_index() throws Exception {
        List<String> failures = new ArrayList<>();
        int arrays = 0;
        for (RouteDefinition<?, ?> route : routes()) {
            if (!route.hasRequestBody() || route.method().name().equals("PATCH")) {
                continue; // a merge patch's arrays replace whole arrays of the stored document: covered below
            }
            JsonNode operation = operation(route);
            for (JsonNode body : bases(route, operation)) {
                for (String path : arrayPaths(body, "")) {
                    arrays++;
                    ObjectNode withNull = (ObjectNode) body.deepCopy();
                    ArrayNode array = (ArrayNode) at(withNull, path);
                    array.addNull();
                    String expected = path + "[" + (array.size() - 1) + "]";
                    HttpResponse<String> answer = send(route.method().name(), filledPath(route, null, null),
                            withNull.toString(), null);
                    List<String> named = answer.statusCode() == 422
                            ? JSON.readTree(answer.body()).get("errors").findValuesAsText("field") : List.of();
                    if (answer.statusCode() != 422 || !named.contains(expected)) {
                        failures.add(route.operationId() + " " + expected + ": " + answer.statusCode() + " "
                                + abbreviate(answer.body()));
                    }
                }
            }
        }
        HttpResponse<String> patched = send("PATCH", "/v1/households/" + PATH_FILL.get("householdId"),
                "{\"children\": [null]}", etag("/v1/households/" + PATH_FILL.get("householdId")));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(422);
        assertThat(JSON.readTree(patched.body()).get("errors").findValuesAsText("field")).contains("children[0]");
        assertThat(arrays).as("arrays found in request bodies").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    @Test
    void every_integer_field_of_every_body_at_the_money_maximum_or_at_long_max_value_gives_no_5xx() throws Exception {
        List<String> failures = new ArrayList<>();
        for (RouteDefinition<?, ?> route : routes()) {
            if (!route.hasRequestBody()) {
                continue;
            }
            JsonNode operation = operation(route);
            for (JsonNode body : bases(route, operation)) {
                for (long value : new long[] {Pence.MAX_INPUT_PENCE, Pence.MAX_INPUT_PENCE + 1, Long.MAX_VALUE}) {
                    JsonNode everywhere = body.deepCopy();
                    setIntegers(everywhere, value);
                    check(route, new Probe("every integer " + value, filledPath(route, null, null), null, everywhere),
                            failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void worked_examples_with_every_money_field_at_the_maximum_are_answered_200() throws Exception {
        for (String[] example : List.of(
                new String[] {"/v1/estimates/universal-credit", "universal-credit-issue-household.json"},
                new String[] {"/v1/plans/debts", "debt-plan.json"},
                new String[] {"/v1/assessments/rent-risk", "rent-risk.json"})) {
            JsonNode body = example(example[1]);
            setMoney(body, Pence.MAX_INPUT_PENCE);
            if (body.has("debts")) {
                body.get("debts").forEach(d -> ((ObjectNode) d).put("largeBalanceConfirmed", true));
            }
            if (body.has("arrearsPence")) {
                ((ObjectNode) body).put("largeArrearsAcknowledged", true);
                ((ObjectNode) body).remove("ucStandardAllowanceMonthlyPence");
            }

            HttpResponse<String> answer = send("POST", example[0], body.toString(), null);

            assertThat(answer.statusCode()).as(example[0] + " " + answer.body()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).get("explanation")).as(example[0]).isNotNull();
        }
    }

    // ------------------------------------------------------------------------------------------------ probes

    /** One request: a description, the path (with query), an If-Match, the body. */
    record Probe(String what, String path, String ifMatch, JsonNode body) {
    }

    private static void pathAndQueryProbes(RouteDefinition<?, ?> route, JsonNode operation, Random random,
                                           List<Probe> probes) {
        JsonNode base = base(route, operation);
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            for (String value : sample(PARAMETER_VALUES, VALUES_PER_FIELD, random, List.of())) {
                String path = in.equals("path") ? filledPath(route, name, value)
                        : filledPath(route, null, null) + "?" + name + "=" + encode(value);
                probes.add(new Probe(in + " " + name + "=" + abbreviate(value), path, null, base));
            }
        }
    }

    private static void bodyProbes(RouteDefinition<?, ?> route, JsonNode operation, Random random,
                                   List<Probe> probes) {
        String path = filledPath(route, null, null);
        for (String whole : List.of("null", "[]", "\"x\"", "1", "{}")) {
            probes.add(new Probe("body " + whole, path, null, parse(whole)));
        }
        for (JsonNode base : bases(route, operation)) {
            for (Map.Entry<String, JsonNode> field : leaves(base, "").entrySet()) {
                List<String> always = field.getValue().isIntegralNumber() ? INTEGER_BOUNDS : List.of();
                for (String value : sample(VALUES, VALUES_PER_FIELD, random, always)) {
                    JsonNode mutated = base.deepCopy();
                    replace(mutated, field.getKey(), parse(value));
                    probes.add(new Probe(field.getKey() + "=" + abbreviate(value), path, null, mutated));
                }
            }
        }
    }

    private static void check(RouteDefinition<?, ?> route, Probe probe, List<String> failures) throws Exception {
        String method = route.method().name();
        String target = probe.path().split("\\?")[0];
        String ifMatch = switch (method) {
            case "PATCH" -> ETAGS.computeIfAbsent(target, NoInputGivesA5xxTest::etag); // current: the body is judged
            case "DELETE" -> STALE;                                                    // never delete the fixture
            default -> null;
        };
        String where = route.operationId() + " [" + probe.what() + "]";
        String body = probe.body() == null ? null : probe.body().toString();
        HttpResponse<String> answer;
        try {
            answer = send(method, probe.path(), body, ifMatch);
        } catch (java.io.IOException first) {
            try {   // a pooled connection the server had just closed: once more on a fresh one
                answer = send(method, probe.path(), body, ifMatch);
            } catch (java.io.IOException e) {
                failures.add(where + ": no answer (" + e + ")");
                return;
            }
        }
        int status = answer.statusCode();
        if (method.equals("PATCH")) {
            // a change that went through made a new version; anything else leaves the one we hold current
            answer.headers().firstValue("ETag").filter(tag -> status == 200).ifPresent(tag -> ETAGS.put(target, tag));
            if (status == 412) {
                ETAGS.remove(target);
            }
        }
        if (status >= 500) {
            failures.add(where + ": " + status + " " + abbreviate(answer.body()));
        } else if (status >= 400) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + ": " + status + " with Content-Type " + type);
            } else if (JSON.readTree(answer.body()).path("status").asInt() != status) {
                failures.add(where + ": problem status differs from " + status);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ bodies

    /** The body a route is driven with when its body is not the field under test. */
    private static JsonNode base(RouteDefinition<?, ?> route, JsonNode operation) {
        return route.hasRequestBody() ? bases(route, operation).get(0) : null;
    }

    /** A worked example body where the project has one, then a body with every schema property filled. */
    private static List<JsonNode> bases(RouteDefinition<?, ?> route, JsonNode operation) {
        List<JsonNode> bases = new ArrayList<>();
        JsonNode example = switch (route.operationId()) {
            case "estimateUniversalCredit" -> example("universal-credit-issue-household.json");
            case "planDebtRepayments" -> example("debt-plan.json");
            case "assessRentRisk" -> example("rent-risk.json");
            case "createHousehold", "changeHousehold" -> TestCredentials.householdFacts();
            case "addDebt", "changeDebt" -> debtBody();
            case "createApiKey" -> parse("{\"name\": \"fuzz\", \"scopes\": [\"account\"], \"expiresInDays\": 30}");
            default -> null;
        };
        if (example != null) {
            bases.add(example);
        }
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.elements().next().path("schema");
        bases.add(filled(schema, 0));
        return bases;
    }

    /** A value for {@code schema} with every property present. */
    private static JsonNode filled(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 12) {
            return NODES.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        if (s.has("allOf") || s.has("properties") || "object".equals(s.path("type").asText())) {
            ObjectNode object = NODES.objectNode();
            List<JsonNode> parts = new ArrayList<>();
            parts.add(s);
            s.path("allOf").forEach(part -> parts.add(resolve(part)));
            if (!s.has("properties") && !s.has("allOf") && !s.has("additionalProperties")) {
                subtype(schema).ifPresent(sub -> sub.path("allOf").forEach(part -> parts.add(resolve(part))));
            }
            for (JsonNode part : parts) {
                Iterator<Map.Entry<String, JsonNode>> properties = part.path("properties").properties().iterator();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), filled(property.getValue(), depth + 1));
                }
                if (part.path("additionalProperties").isObject()) {
                    object.set(mapKey(part), filled(part.get("additionalProperties"), depth + 1));
                }
            }
            return object;
        }
        return switch (s.path("type").asText()) {
            case "array" -> NODES.arrayNode().add(filled(s.path("items"), depth + 1));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> switch (s.path("format").asText()) {
                case "date" -> NODES.textNode("2026-05-14");
                case "date-time" -> NODES.textNode("2026-05-14T10:00:00Z");
                case "uuid" -> NODES.textNode(PATH_FILL.get("accountId"));
                default -> NODES.textNode("fuzz");
            };
            default -> NODES.textNode("fuzz");
        };
    }

    /** A map's key: the first of those its description lists ("keys: A, B"), or any string. */
    private static String mapKey(JsonNode schema) {
        String description = schema.path("description").asText();
        int keys = description.indexOf("keys: ");
        return keys < 0 ? "key" : description.substring(keys + 6).split("[,)]")[0].trim();
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = openApi.at("/components/schemas/" + s.get("$ref").asText().substring("#/components/schemas/".length()));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
            return resolve(s.get("allOf").get(0));   // a described reference
        }
        if (s.has("oneOf")) {
            return resolve(s.get("oneOf").get(0));   // "this or null", or one of several shapes: the first is a value
        }
        return s;
    }

    /** A schema whose allOf refers to {@code parent} (a subtype told apart by its fields), if any. */
    private static java.util.Optional<JsonNode> subtype(JsonNode parent) {
        JsonNode p = parent;
        while (p.has("allOf") && p.get("allOf").size() == 1) {
            p = p.get("allOf").get(0);
        }
        if (!p.has("$ref")) {
            return java.util.Optional.empty();
        }
        String ref = p.get("$ref").asText();
        Iterator<JsonNode> schemas = openApi.at("/components/schemas").elements();
        while (schemas.hasNext()) {
            JsonNode candidate = schemas.next();
            for (JsonNode part : candidate.path("allOf")) {
                if (ref.equals(part.path("$ref").asText())) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Every leaf, object and array of a body by its path as the API names fields ({@code children[0].sex}). */
    private static Map<String, JsonNode> leaves(JsonNode node, String path) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        if (!path.isEmpty()) {
            found.put(path, node);
        }
        if (node.isObject()) {
            node.properties().forEach(f -> found.putAll(leaves(f.getValue(),
                    path.isEmpty() ? f.getKey() : path + "." + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.putAll(leaves(node.get(i), path + "[" + i + "]"));
            }
        }
        return found;
    }

    private static List<String> arrayPaths(JsonNode body, String path) {
        List<String> arrays = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : leaves(body, path).entrySet()) {
            if (e.getValue().isArray()) {
                arrays.add(e.getKey());
            }
        }
        return arrays;
    }

    /** The node at an API field path. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (last.endsWith("]")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(0, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** Sets every integer in the tree to {@code value}. */
    private static void setIntegers(JsonNode node, long value) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (object.get(name).isIntegralNumber()) {
                    object.put(name, value);
                } else {
                    setIntegers(object.get(name), value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isIntegralNumber()) {
                    array.set(i, NODES.numberNode(value));
                } else {
                    setIntegers(array.get(i), value);
                }
            }
        }
    }

    /** Sets every money field (an integer field named as money: *Pence, amount, capital, ...) to {@code value}. */
    private static void setMoney(JsonNode node, long value) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isIntegralNumber() && isMoneyName(name)) {
                    object.put(name, value);
                } else if (child.isObject() && name.equals("monthlyRatesPence")) {
                    List<String> keys = new ArrayList<>();
                    child.fieldNames().forEachRemaining(keys::add);
                    keys.forEach(k -> ((ObjectNode) child).put(k, value));
                } else {
                    setMoney(child, value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> setMoney(item, value));
        }
    }

    private static boolean isMoneyName(String name) {
        return name.endsWith("Pence");
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private static List<RouteDefinition<?, ?>> routes() {
        List<RouteDefinition<?, ?>> routes = new ArrayList<>();
        for (RouteModule module : HearthApi.routeModules(UseCases.documentationOnly())) {
            routes.addAll(module.routes());
        }
        return routes;
    }

    private static JsonNode operation(RouteDefinition<?, ?> route) {
        JsonNode operation = openApi.path("paths").path(route.path()).path(route.method().name().toLowerCase());
        assertThat(operation.path("operationId").asText()).as(route + " is in the OpenAPI document")
                .isEqualTo(route.operationId());
        return operation;
    }

    /** The route's path with the fixture's ids, and {@code value} (URL-encoded) for the parameter {@code name}. */
    private static String filledPath(RouteDefinition<?, ?> route, String name, String value) {
        String path = route.path();
        for (Map.Entry<String, String> fill : PATH_FILL.entrySet()) {
            String v = fill.getKey().equals(name) ? encode(value) : fill.getValue();
            path = path.replace("{" + fill.getKey() + "}", v);
        }
        assertThat(path).as(route + ": every path parameter has a fixture value").doesNotContain("{");
        return path;
    }

    private static List<String> sample(List<String> pool, int count, Random random, List<String> always) {
        Set<String> picked = new LinkedHashSet<>(always);
        while (picked.size() < always.size() + count) {
            picked.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(picked);
    }

    private static String etag(String path) {
        try {
            HttpResponse<String> read = send("GET", path, null, null);
            return read.headers().firstValue("ETag").orElse(STALE);
        } catch (Exception e) {
            return STALE;
        }
    }

    private static JsonNode example(String name) {
        try {
            return JSON.readTree(Files.readString(RepositoryFiles.root().resolve("docs/examples/" + name)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode debtBody() {
        return parse("{\"type\": \"COUNCIL_TAX\", \"creditor\": \"Borough council\", \"balancePence\": 45000,"
                + " \"monthlyInstalmentPence\": 5000, \"note\": \"fuzz\"}");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "...";
    }

    private static HttpResponse<String> send(String method, String path, String body, String ifMatch)
            throws Exception {
        return CLIENT.send(hearth.httpPort(), method, path, body, ifMatch, user.bearer());
    }
}
