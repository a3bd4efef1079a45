package dev.hearth.adapter.in.http.internal;

import dev.hearth.domain.money.Pence;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes the engines' bound on money input in the OpenAPI document: every money property (marked
 * {@code x-unit: GBP-pence} by {@link PenceSchemaConverter}) of every schema a request body can reach gets
 * {@code minimum: 0} and {@code maximum: }{@value Pence#MAX_INPUT_PENCE} ({@link Pence#MAX_INPUT}, £10,000,000.00), the
 * limit the engines refuse above with {@code too_large}. Schemas only answers use (totals, timelines) are left without
 * one: a sum of inputs may be larger than any one input.
 */
final class MoneyInputBounds {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final BigDecimal MAXIMUM = BigDecimal.valueOf(Pence.MAX_INPUT_PENCE);

    private MoneyInputBounds() {
    }

    /** Sets the bounds on the money properties of the schemas reachable from {@code requestBodies}. */
    @SuppressWarnings("rawtypes")
    static void publish(Map<String, Schema> schemas, List<Schema<?>> requestBodies) {
        Set<String> seen = new HashSet<>();
        Deque<Schema<?>> pending = new ArrayDeque<>(requestBodies);
        while (!pending.isEmpty()) {
            visit(pending.pop(), schemas, seen, pending);
            if (pending.isEmpty()) {
                subtypesOfSeen(schemas, seen, pending);
            }
        }
    }

    /**
     * A subtype (e.g. LhaSource's Supplied) is a schema of its own whose allOf refers to its parent; the parent's
     * schema does not list it, so it is reached from the parent here.
     */
    @SuppressWarnings("rawtypes")
    private static void subtypesOfSeen(Map<String, Schema> schemas, Set<String> seen, Deque<Schema<?>> pending) {
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            List<Schema> parts = nullToEmpty(entry.getValue().getAllOf());
            boolean ofSeen = parts.stream().anyMatch(part -> part.get$ref() != null
                    && seen.contains(part.get$ref().substring(REF_PREFIX.length())));
            if (ofSeen && seen.add(entry.getKey())) {
                pending.push(entry.getValue());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void visit(Schema<?> schema, Map<String, Schema> schemas, Set<String> seen,
                              Deque<Schema<?>> pending) {
        String ref = schema.get$ref();
        if (ref != null) {
            String name = ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref;
            if (seen.add(name) && schemas.get(name) != null) {
                pending.push(schemas.get(name));
            }
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            for (Map.Entry<String, Schema> property : properties.entrySet()) {
                if (isMoney(property.getValue())) {
                    property.setValue(bounded(property.getValue()));
                } else {
                    pending.push(property.getValue());
                }
            }
        }
        if (schema.getItems() != null) {
            if (isMoney(schema.getItems())) {
                schema.setItems(bounded(schema.getItems()));
            } else {
                pending.push(schema.getItems());
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            if (isMoney(values)) {
                schema.setAdditionalProperties(bounded(values));
            } else {
                pending.push(values);
            }
        }
        for (List<Schema> parts : List.of(nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getOneOf()),
                nullToEmpty(schema.getAnyOf()))) {
            parts.forEach(pending::push);
        }
    }

    private static boolean isMoney(Schema<?> schema) {
        return schema.getExtensions() != null
                && PenceSchemaConverter.PENCE_UNIT.equals(schema.getExtensions().get(PenceSchemaConverter.UNIT_EXTENSION));
    }

    /**
     * A copy of a money schema with the bounds set: swagger-core may share one schema object between properties, and
     * an answer's money property of the same Java type must not inherit the request's bound.
     */
    private static Schema<?> bounded(Schema<?> money) {
        Schema<?> copy = Json.mapper().convertValue(money, Schema.class);
        copy.setMinimum(BigDecimal.ZERO);
        copy.setMaximum(MAXIMUM);
        return copy;
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nullToEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
