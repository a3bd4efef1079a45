package dev.hearth.application.port.out.household;

import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;
import java.util.Optional;
import java.util.UUID;

/** Reads a household's saved estimates; every read is scoped to the one household. */
public interface LoadSavedEstimatePort {

    /** The saved estimate, or empty when the household has none with that id. */
    Optional<Read<SavedEstimateRecord>> load(UUID householdId, UUID estimateId);

    /** One page of the household's saved estimates, oldest first. */
    Read<Page<SavedEstimateRecord>> list(UUID householdId, PageRequest page);
}
