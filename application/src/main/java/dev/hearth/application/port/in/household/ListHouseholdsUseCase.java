package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;

/**
 * Lists households in creation order, a page at a time.
 */
@CallScope(ACTING_ACCOUNT)
public interface ListHouseholdsUseCase {

    /**
     * Lists households in creation order, a page at a time.
     *
     */
    Read<Page<HouseholdRecord>> list(ListHouseholdsQuery listHouseholdsQuery);
}
