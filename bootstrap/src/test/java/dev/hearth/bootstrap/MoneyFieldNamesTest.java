package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ADR 0025: on the v1 wire, a field holds money (a whole number of pence, {@code x-unit: GBP-pence}) exactly when its
 * name ends in {@code Pence}, in requests, responses and the stored documents that are those same records' JSON.
 * Checked over the generated OpenAPI document, so a new record component cannot break the convention unnoticed.
 */
class MoneyFieldNamesTest {

    private static final String MONEY_UNIT = "GBP-pence";

    @Test
    void every_money_field_on_the_wire_ends_in_pence() throws Exception {
        List<String> unsuffixed = new ArrayList<>();
        forEachProperty(schemas(), (owner, name, schema) -> {
            if (holdsMoney(schema) && !name.endsWith("Pence")) {
                unsuffixed.add(owner + "." + name);
            }
        });

        assertThat(unsuffixed).as("money fields whose name does not end in Pence").isEmpty();
    }

    @Test
    void every_field_ending_in_pence_holds_money() throws Exception {
        List<String> notMoney = new ArrayList<>();
        forEachProperty(schemas(), (owner, name, schema) -> {
            if (name.endsWith("Pence") && !holdsMoney(schema)) {
                notMoney.add(owner + "." + name);
            }
        });

        assertThat(notMoney).as("fields named ...Pence that are not a whole number of pence").isEmpty();
    }

    @Test
    void the_check_sees_money_behind_nullable_and_map_wrappers() throws Exception {
        JsonNode schemas = schemas();

        assertThat(holdsMoney(schemas.at("/HousingCostsResult/properties/capRentPence"))).isTrue();
        assertThat(holdsMoney(schemas.at("/Supplied/properties/monthlyRatesPence"))).isTrue();
        assertThat(holdsMoney(schemas.at("/Claimant/properties/dateOfBirth"))).isFalse();
    }

    private interface PropertyVisitor {
        void visit(String owner, String name, JsonNode schema);
    }

    private static JsonNode schemas() throws Exception {
        return new ObjectMapper().readTree(HearthApi.openApiJson()).path("components").path("schemas");
    }

    private static void forEachProperty(JsonNode schemas, PropertyVisitor visitor) {
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                visitor.visit(schema.getKey(), property.getKey(), property.getValue());
            }
        }
    }

    /** Money directly, or behind a nullable {@code oneOf}, an {@code allOf}, an array's items or a map's values. */
    private static boolean holdsMoney(JsonNode schema) {
        if (!schema.isObject()) {
            return false;
        }
        if (MONEY_UNIT.equals(schema.path("x-unit").asText())) {
            return true;
        }
        for (String wrapper : List.of("oneOf", "allOf", "anyOf")) {
            for (JsonNode alternative : schema.path(wrapper)) {
                if (holdsMoney(alternative)) {
                    return true;
                }
            }
        }
        return holdsMoney(schema.path("items")) || holdsMoney(schema.path("additionalProperties"));
    }
}
