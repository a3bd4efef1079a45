package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;

/**
 * Lists a household's saved estimates, oldest first, a page at a time.
 */
public interface ListSavedEstimatesUseCase {

    /**
     * Lists a household's saved estimates, oldest first, a page at a time.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<Page<SavedEstimateRecord>> list(ListSavedEstimatesQuery listSavedEstimatesQuery);
}
