package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;

/**
 * Lists a household's saved estimates, oldest first, a page at a time.
 */
@CallScope(ACTING_ACCOUNT)
public interface ListSavedEstimatesUseCase {

    /**
     * Lists a household's saved estimates, oldest first, a page at a time.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<Page<SavedEstimateRecord>> list(ListSavedEstimatesQuery listSavedEstimatesQuery);
}
