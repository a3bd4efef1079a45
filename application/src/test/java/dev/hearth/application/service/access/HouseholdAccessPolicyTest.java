package dev.hearth.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.access.HouseholdAccessDecision.Outcome;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.model.HouseholdRole;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access policy table of ADR 0019, row by row (source: the table in the ADR and in the policy's Javadoc). */
class HouseholdAccessPolicyTest {

    @ParameterizedTest(name = "{0} asking {1}: {2}")
    @CsvSource({
        // role,  permission,            outcome
        "OWNER,   READ,                  ALLOWED",
        "OWNER,   WRITE,                 ALLOWED",
        "OWNER,   NOTES,                 ALLOWED",
        "OWNER,   SEE_ACCESS,            ALLOWED",
        "OWNER,   MANAGE,                ALLOWED",
        "OWNER,   OPEN_CRISIS_OVERRIDE,  FORBIDDEN",
        "MEMBER,  READ,                  ALLOWED",
        "MEMBER,  WRITE,                 ALLOWED",
        "MEMBER,  NOTES,                 FORBIDDEN",
        "MEMBER,  SEE_ACCESS,            ALLOWED",
        "MEMBER,  MANAGE,                FORBIDDEN",
        "ADVISER, READ,                  ALLOWED",
        "ADVISER, WRITE,                 FORBIDDEN",
        "ADVISER, NOTES,                 ALLOWED",
        "ADVISER, SEE_ACCESS,            FORBIDDEN",
        "ADVISER, MANAGE,                FORBIDDEN",
    })
    void a_role_holds_exactly_the_permissions_of_its_row(HouseholdRole role, HouseholdPermission permission,
                                                          Outcome outcome) {
        assertThat(HouseholdAccessPolicy.decide(Optional.of(role), false, false, true, permission).outcome())
                .isEqualTo(outcome);
        assertThat(HouseholdAccessPolicy.decide(Optional.of(role), true, true, true, permission).outcome())
                .as("a member who is also support staff acts through the role only").isEqualTo(outcome);
    }

    @ParameterizedTest(name = "support={0} override={1} exists={2} asking {3}: {4}")
    @CsvSource({
        // support, override, exists, permission,           outcome
        "false,     false,    true,   READ,                 NOT_FOUND",  // a stranger: as if it did not exist
        "false,     false,    false,  READ,                 NOT_FOUND",
        "false,     true,     true,   READ,                 NOT_FOUND",  // an override means nothing without the scope
        "false,     false,    true,   OPEN_CRISIS_OVERRIDE, NOT_FOUND",
        "true,      false,    true,   READ,                 NOT_FOUND",  // support has no standing access
        "true,      false,    true,   OPEN_CRISIS_OVERRIDE, ALLOWED",
        "true,      false,    false,  OPEN_CRISIS_OVERRIDE, NOT_FOUND",
        "true,      true,     true,   READ,                 ALLOWED",    // an open override: read only
        "true,      true,     true,   WRITE,                FORBIDDEN",
        "true,      true,     true,   NOTES,                FORBIDDEN",
        "true,      true,     true,   SEE_ACCESS,           FORBIDDEN",
        "true,      true,     true,   MANAGE,               FORBIDDEN",
    })
    void without_a_role_only_support_staff_get_anywhere_and_only_as_far_as_an_open_override(
            boolean support, boolean override, boolean exists, HouseholdPermission permission, Outcome outcome) {
        assertThat(HouseholdAccessPolicy.decide(Optional.empty(), support, override, exists, permission).outcome())
                .isEqualTo(outcome);
    }
}
