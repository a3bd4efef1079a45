package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.CurrentAccount;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in account.
 *
 * @param accountId the account's id (UUIDv7)
 * @param email     the login address, normalised (lower case); null for an account known only through the external
 *                  issuer (ADR 0020)
 * @param createdAt when the account was registered (UTC, ISO-8601)
 * @param scopes    what the presented access token allows
 */
public record AccountResponse(UUID accountId, String email, Instant createdAt, List<String> scopes) {

    static AccountResponse from(CurrentAccount account) {
        return new AccountResponse(account.accountId(), account.email(), account.createdAt(), account.scopes());
    }
}
