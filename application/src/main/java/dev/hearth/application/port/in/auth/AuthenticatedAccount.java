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
 * @param accountId  the account (the token's {@code sub}, or the API key's owner)
 * @param scopes     what the credential allows
 * @param tokenId    the token's {@code jti}, or the API key's id
 * @param expiresAt  when the credential expires
 * @param credential what kind of credential it was: a Hearth access token, an API key or an external issuer's token
 */
public record AuthenticatedAccount(UUID accountId, List<String> scopes, String tokenId, Instant expiresAt,
                                   CredentialKind credential) {

    public AuthenticatedAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(credential, "credential");
        scopes = List.copyOf(scopes);
    }

    /** A caller established by one of Hearth's own access tokens. */
    public AuthenticatedAccount(UUID accountId, List<String> scopes, String tokenId, Instant expiresAt) {
        this(accountId, scopes, tokenId, expiresAt, CredentialKind.ACCESS_TOKEN);
    }

    /** Whether the caller presented an API key rather than a signed-in session's token. */
    public boolean isApiKey() {
        return credential == CredentialKind.API_KEY;
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
