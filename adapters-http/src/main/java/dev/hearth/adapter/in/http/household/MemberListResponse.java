package dev.hearth.adapter.in.http.household;

import java.util.List;

/**
 * Everyone with a role in the household, in the order the roles were granted.
 *
 * @param items the members
 */
public record MemberListResponse(List<MemberResponse> items) {
}
