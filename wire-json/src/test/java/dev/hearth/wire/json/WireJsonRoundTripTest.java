package dev.hearth.wire.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Stored documents are read back by the same mapper that wrote them (saved estimates, household facts): what is read
 * must equal what was written, or a replay would report differences that are only artefacts of storage.
 */
class WireJsonRoundTripTest {

    private static final ObjectMapper MAPPER = WireJson.newMapper();

    private static UcEstimateRequest issueExample() throws Exception {
        Path example = Path.of("..", "docs", "examples", "universal-credit-issue-household.json");
        return MAPPER.readValue(Files.readString(example), UcEstimateRequest.class);
    }

    @Test
    void an_estimate_written_and_read_back_is_equal_to_the_one_made() throws Exception {
        UcEstimate made = UniversalCredit.estimate(issueExample());

        UcEstimate read = MAPPER.readValue(MAPPER.writeValueAsString(made), UcEstimate.class);

        assertThat(read).isEqualTo(made);
        assertThat(read.explanation().steps()).isEqualTo(made.explanation().steps());
    }

    @Test
    void an_estimate_request_written_and_read_back_is_equal_and_estimates_the_same() throws Exception {
        UcEstimateRequest request = issueExample();

        UcEstimateRequest read = MAPPER.readValue(MAPPER.writeValueAsString(request), UcEstimateRequest.class);

        assertThat(read).isEqualTo(request);
        assertThat(UniversalCredit.estimate(read)).isEqualTo(UniversalCredit.estimate(request));
    }

    @Test
    void household_facts_round_trip_and_carry_no_helper_properties() throws Exception {
        HouseholdCircumstances facts = HouseholdCircumstances.of(issueExample());

        String json = MAPPER.writeValueAsString(facts);

        assertThat(MAPPER.readValue(json, HouseholdCircumstances.class)).isEqualTo(facts);
        assertThat(json).doesNotContain("couple", "assessmentPeriodStart");
    }

    @Test
    void unknown_fields_are_refused_rather_than_silently_dropped() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"nation\":\"ENGLAND\",\"capitall\":5}",
                HouseholdCircumstances.class)).isInstanceOf(UnrecognizedPropertyException.class);
    }
}
