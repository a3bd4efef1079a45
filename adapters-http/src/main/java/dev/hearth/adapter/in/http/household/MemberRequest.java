package dev.hearth.adapter.in.http.household;

import java.util.UUID;

/**
 * Give an account a role in the household (or change its role).
 *
 * @param accountId the account's id (UUID), as {@code GET /v1/auth/me} shows it to its holder
 * @param role      {@code owner} (everything, including members, export and deletion), {@code member} (read and change
 *                  facts, debts and estimates) or {@code adviser} (read and write notes)
 */
public record MemberRequest(UUID accountId, String role) {
}
