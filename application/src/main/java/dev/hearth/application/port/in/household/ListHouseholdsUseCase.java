package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;

/**
 * Lists households in creation order, a page at a time.
 */
public interface ListHouseholdsUseCase {

    /**
     * Lists households in creation order, a page at a time.
     *
     */
    Read<Page<HouseholdRecord>> list(ListHouseholdsQuery listHouseholdsQuery);
}
