package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.CrisisOverrideRecord;

/**
 * Opens a crisis override: READ on the household until it expires. Audited as
 * {@code household.crisis_override_opened} with the justification; visible to the household.
 */
@CallScope(ACTING_ACCOUNT)
public interface OpenCrisisOverrideUseCase {

    CrisisOverrideRecord open(OpenCrisisOverrideCommand command);
}
