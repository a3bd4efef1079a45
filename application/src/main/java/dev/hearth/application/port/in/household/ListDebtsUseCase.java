package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;

/**
 * Lists a household's debts in the order they were added, a page at a time.
 */
@CallScope(ACTING_ACCOUNT)
public interface ListDebtsUseCase {

    /**
     * Lists a household's debts in the order they were added, a page at a time.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<Page<DebtRecord>> list(ListDebtsQuery listDebtsQuery);
}
