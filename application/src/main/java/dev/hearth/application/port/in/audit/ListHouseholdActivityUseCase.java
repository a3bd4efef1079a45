package dev.hearth.application.port.in.audit;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * What was done to a household, from the audit trail: who (an opaque actor id), what, when, under which request. A
 * household can see every action taken on its data (and, with issue 6, every crisis override).
 */
@CallScope(UNSCOPED)
public interface ListHouseholdActivityUseCase {

    /** One page of the household's audit events, oldest first. */
    HouseholdActivityPage list(ListHouseholdActivityQuery query);
}
