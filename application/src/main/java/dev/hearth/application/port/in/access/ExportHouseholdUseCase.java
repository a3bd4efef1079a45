package dev.hearth.application.port.in.access;

/** Exports a household whole; audited as {@code household.exported}. */
public interface ExportHouseholdUseCase {

    HouseholdExport export(ExportHouseholdQuery query);
}
