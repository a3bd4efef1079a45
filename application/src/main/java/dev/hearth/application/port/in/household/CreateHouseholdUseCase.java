package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.HouseholdRecord;

/**
 * Creates a household from its facts, checked with the engines' own rules, and records it in the audit trail.
 */
@CallScope(ACTING_ACCOUNT)
public interface CreateHouseholdUseCase {

    /**
     * Creates a household from its facts, checked with the engines' own rules, and records it in the audit trail.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException naming every field that is not acceptable
     */
    HouseholdRecord create(CreateHouseholdCommand createHouseholdCommand);
}
