package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The caller behind a verified access token: what the HTTP adapter establishes before any handler of a protected route
 * runs, and what handlers pass on to use cases (as actor) and to authorization (account, scopes).
 *
 * @param accountId the account (the token's {@code sub})
 * @param scopes    what the token allows
 * @param tokenId   the token's {@code jti}
 * @param expiresAt when the token expires
 */
public record AuthenticatedAccount(UUID accountId, List<String> scopes, String tokenId, Instant expiresAt) {

    public AuthenticatedAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = List.copyOf(scopes);
    }

    /** Whether the token carries {@code scope}. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** The call context for use cases: this account as actor, under {@code requestId}. */
    public CallContext callContext(String requestId) {
        return new CallContext(accountId.toString(), requestId);
    }
}
