package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.HouseholdMemberRecord;
import java.util.List;

/** Lists a household's members. */
public interface ListHouseholdMembersUseCase {

    List<HouseholdMemberRecord> list(ListHouseholdMembersQuery query);
}
