package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CrisisOverrideRecord;
import java.util.List;

/** Lists a household's crisis overrides, so the household sees who opened it, why and for how long. */
public interface ListCrisisOverridesUseCase {

    List<CrisisOverrideRecord> list(ListCrisisOverridesQuery query);
}
