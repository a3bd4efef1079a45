package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.AdviserNoteRecord;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.SavedEstimateRecord;
import java.util.List;
import java.util.Objects;

/**
 * Everything Hearth stores about one household.
 *
 * @param household the household and its facts
 * @param debts     every debt
 * @param notes     every note
 * @param estimates every saved estimate
 */
public record HouseholdExport(HouseholdRecord household, List<DebtRecord> debts, List<AdviserNoteRecord> notes,
                              List<SavedEstimateRecord> estimates) {
    public HouseholdExport {
        Objects.requireNonNull(household, "household");
        debts = List.copyOf(debts);
        notes = List.copyOf(notes);
        estimates = List.copyOf(estimates);
    }
}
