package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.model.HouseholdMemberRecord;
import java.time.Instant;
import java.util.UUID;

/**
 * One account's role in the household.
 *
 * @param accountId the account's id (UUID)
 * @param role      {@code owner}, {@code member} or {@code adviser}
 * @param grantedAt when the role was granted (ISO-8601 instant)
 * @param grantedBy the id of the account that granted it
 */
public record MemberResponse(UUID accountId, String role, Instant grantedAt, String grantedBy) {

    static MemberResponse from(HouseholdMemberRecord record) {
        return new MemberResponse(record.accountId(), record.role().code(), record.grantedAt(), record.grantedBy());
    }
}
