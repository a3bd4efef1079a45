package dev.hearth.application.port.in.access;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import java.util.List;

/** Lists a household's members. */
@CallScope(ACTING_ACCOUNT)
public interface ListHouseholdMembersUseCase {

    List<HouseholdMemberRecord> list(ListHouseholdMembersQuery query);
}
