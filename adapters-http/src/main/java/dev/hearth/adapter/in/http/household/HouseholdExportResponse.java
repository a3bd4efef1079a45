package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.in.access.HouseholdExport;
import dev.hearth.application.port.model.Freshness;
import java.util.List;

/**
 * Everything Hearth stores about the household, in one document: its facts, every debt, every note and every saved
 * estimate (with its input and explanation).
 *
 * @param household the household and its facts
 * @param debts     every debt, in the order added
 * @param notes     every note, oldest first
 * @param estimates every saved estimate, oldest first
 */
public record HouseholdExportResponse(HouseholdResponse household, List<DebtResponse> debts,
                                      List<NoteResponse> notes, List<SavedEstimateResponse> estimates) {

    static HouseholdExportResponse from(HouseholdExport export) {
        return new HouseholdExportResponse(HouseholdResponse.from(export.household(), Freshness.CURRENT),
                export.debts().stream().map(d -> DebtResponse.from(d, Freshness.CURRENT)).toList(),
                export.notes().stream().map(NoteResponse::from).toList(),
                export.estimates().stream().map(e -> SavedEstimateResponse.from(e, Freshness.CURRENT)).toList());
    }
}
