package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.HouseholdRecord;

/**
 * Creates a household from its facts, checked with the engines' own rules, and records it in the audit trail.
 */
public interface CreateHouseholdUseCase {

    /**
     * Creates a household from its facts, checked with the engines' own rules, and records it in the audit trail.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException naming every field that is not acceptable
     */
    HouseholdRecord create(CreateHouseholdCommand createHouseholdCommand);
}
