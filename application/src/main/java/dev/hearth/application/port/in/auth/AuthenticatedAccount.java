package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The caller behind a verified credential: what the HTTP adapter establishes before any handler of a protected route
 * runs, and what handlers pass on to use cases (as actor) and to authorization (account, scopes).
 *
 * <p>The {@link #scopes()} the authenticator answers with are the <em>effective</em> scopes: the credential's own
 * scopes intersected with what the account is granted now (ADR 0021), so a privilege taken away stops working at once,
 * whatever credential was minted while the account had it.
 *
 * @param accountId              the account (the token's {@code sub}, or the API key's owner)
 * @param scopes                 what the caller may do now
 * @param tokenId                the token's {@code jti}, or the API key's id
 * @param expiresAt              when the credential expires
 * @param credential             what kind of credential it was: a Hearth access token, an API key or an external
 *                               issuer's token
 * @param authenticatedAt        when the person last signed in with their password ({@code auth_time} of a Hearth
 *                               access token); null for API keys, external tokens and tokens without it
 * @param recentlyAuthenticated  whether that sign-in is within the re-authentication window
 *                               ({@code HEARTH_REAUTHENTICATION_MINUTES}), as judged by the authenticator's clock
 */
public record AuthenticatedAccount(UUID accountId, List<String> scopes, String tokenId, Instant expiresAt,
                                   CredentialKind credential, Instant authenticatedAt,
                                   boolean recentlyAuthenticated) {

    public AuthenticatedAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(credential, "credential");
        scopes = List.copyOf(scopes);
        if (recentlyAuthenticated && (credential != CredentialKind.ACCESS_TOKEN || authenticatedAt == null)) {
            throw new IllegalArgumentException("only a Hearth sign-in with a known auth_time can be recent");
        }
    }

    /** A caller whose sign-in time is not known (or not a sign-in at all). */
    public AuthenticatedAccount(UUID accountId, List<String> scopes, String tokenId, Instant expiresAt,
                                CredentialKind credential) {
        this(accountId, scopes, tokenId, expiresAt, credential, null, false);
    }

    /** A caller established by one of Hearth's own access tokens, sign-in time unknown. */
    public AuthenticatedAccount(UUID accountId, List<String> scopes, String tokenId, Instant expiresAt) {
        this(accountId, scopes, tokenId, expiresAt, CredentialKind.ACCESS_TOKEN);
    }

    /** Whether the caller presented an API key rather than a signed-in session's token. */
    public boolean isApiKey() {
        return credential == CredentialKind.API_KEY;
    }

    /**
     * Whether a person signed in to Hearth with their password is behind the request: a Hearth access token from
     * login (or a refresh of it). Not an API key (a program's standing credential), not an external issuer's token
     * (Hearth cannot tell how, when, or whether a person signed in there; ADR 0021).
     */
    public boolean isSignedInPerson() {
        return credential == CredentialKind.ACCESS_TOKEN;
    }

    /** Whether the credential carries {@code scope} and the account still holds it. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** The same caller with {@code effective} scopes and the judged recency of its sign-in. */
    public AuthenticatedAccount withPrivileges(List<String> effective, boolean recent) {
        return new AuthenticatedAccount(accountId, effective, tokenId, expiresAt, credential, authenticatedAt, recent);
    }

    /** The call context for use cases: this account as actor, under {@code requestId}. */
    public CallContext callContext(String requestId) {
        return new CallContext(accountId.toString(), requestId);
    }
}
