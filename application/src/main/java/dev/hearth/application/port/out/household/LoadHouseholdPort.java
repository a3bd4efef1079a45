package dev.hearth.application.port.out.household;

import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import java.util.Optional;
import java.util.UUID;

/** Reads stored households: from a replica when one is configured (marked when possibly delayed), else the primary. */
public interface LoadHouseholdPort {

    /** The household, or empty when there is none with that id. */
    Optional<Read<HouseholdRecord>> load(UUID id);

    /**
     * The household as it is on the primary now, locked until the surrounding transaction ends, for a change based on
     * it; must be called inside {@code RunInTransactionPort#inTransaction}.
     */
    Optional<HouseholdRecord> lockForUpdate(UUID id);

    /** One page of households in creation order. */
    Read<Page<HouseholdRecord>> list(PageRequest page);
}
