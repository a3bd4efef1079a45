package dev.hearth.application.port.out.access;

import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import java.util.UUID;

/** The households an account has a role in, a page at a time in creation order. */
public interface ListMemberHouseholdsPort {

    /** One page of the households {@code accountId} is a member of (any role). */
    Read<Page<HouseholdRecord>> listForMember(UUID accountId, PageRequest page);
}
