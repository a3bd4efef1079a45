package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import java.util.List;

/** Lists a household's crisis overrides, so the household sees who opened it, why and for how long. */
@CallScope(ACTING_ACCOUNT)
public interface ListCrisisOverridesUseCase {

    List<CrisisOverrideRecord> list(ListCrisisOverridesQuery query);
}
