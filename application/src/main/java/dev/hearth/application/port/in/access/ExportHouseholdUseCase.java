package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;

/** Exports a household whole; audited as {@code household.exported}. */
@CallScope(ACTING_ACCOUNT)
public interface ExportHouseholdUseCase {

    HouseholdExport export(ExportHouseholdQuery query);
}
