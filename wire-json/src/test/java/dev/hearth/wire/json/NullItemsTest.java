package dev.hearth.wire.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} item in an array is a client bug, never "no item": the mapper refuses it as an
 * {@link InvalidNullException} whose path names the item's index, so the HTTP layer answers 422 {@code required} on
 * {@code children[1]} instead of handing the engines a list with a hole in it.
 */
class NullItemsTest {

    private static final ObjectMapper MAPPER = WireJson.newMapper();

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
    }

    @Test
    void a_null_child_is_refused_naming_its_index() {
        String json = """
                {"claimants": [{"dateOfBirth": "1990-01-01"}], "children": [{"dateOfBirth": "2020-01-01"}, null]}""";

        assertThatThrownBy(() -> MAPPER.readValue(json, UcEstimateRequest.class))
                .isInstanceOfSatisfying(InvalidNullException.class, e -> assertThat(path(e)).isEqualTo("children[1]"));
    }

    @Test
    void a_null_item_in_a_set_of_enums_is_refused_naming_its_index() {
        String json = """
                {"claimants": [{"dateOfBirth": "1990-01-01", "disabilityBenefits": [null]}]}""";

        assertThatThrownBy(() -> MAPPER.readValue(json, UcEstimateRequest.class))
                .isInstanceOfSatisfying(InvalidNullException.class,
                        e -> assertThat(path(e)).isEqualTo("claimants[0].disabilityBenefits[0]"));
    }

    @Test
    void a_null_debt_is_refused_naming_its_index() {
        String json = """
                {"debts": [null]}""";

        assertThatThrownBy(() -> MAPPER.readValue(json, DebtPlanRequest.class))
                .isInstanceOfSatisfying(InvalidNullException.class, e -> assertThat(path(e)).isEqualTo("debts[0]"));
    }

    @Test
    void a_null_list_itself_is_still_read_as_absent() throws Exception {
        UcEstimateRequest read = MAPPER.readValue("""
                {"claimants": [{"dateOfBirth": "1990-01-01"}], "children": null}""", UcEstimateRequest.class);

        assertThat(read.children()).isEmpty();
    }
}
