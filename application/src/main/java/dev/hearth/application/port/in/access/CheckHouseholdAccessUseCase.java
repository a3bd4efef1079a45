package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * The household access check the HTTP middleware runs after authentication and before any household handler: deny by
 * default, 404 for a household the caller has no standing in, 403 for a permission their role lacks. A read allowed by
 * a crisis override is recorded in the audit trail here, before the data is read.
 */
@CallScope(UNSCOPED)
public interface CheckHouseholdAccessUseCase {

    HouseholdAccessDecision check(CheckHouseholdAccessQuery query);
}
