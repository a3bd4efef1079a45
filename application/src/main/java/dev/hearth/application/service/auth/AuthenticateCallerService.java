package dev.hearth.application.service.auth;

import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The one authenticator the HTTP adapter calls for {@code Authorization: Bearer <credential>}: it sends an API key
 * ({@code hk_...}) to the API-key check, a token whose (not yet trusted) {@code iss} names the configured external
 * issuer to that issuer's check, and everything else to Hearth's own access-token check (ADR 0018, ADR 0020). Which
 * check runs decides nothing by itself: each one verifies fully and refuses what it does not accept.
 */
public final class AuthenticateCallerService implements AuthenticateBearerTokenUseCase {

    private final AuthenticateBearerTokenUseCase accessTokens;
    private final AuthenticateBearerTokenUseCase apiKeys;
    private final AuthenticateBearerTokenUseCase external;
    private final Predicate<String> claimsExternalIssuer;

    /**
     * @param accessTokens         Hearth's own access tokens
     * @param apiKeys              API keys
     * @param external             the external issuer's tokens, or null when none is configured
     * @param claimsExternalIssuer whether a token says it comes from the external issuer (unverified, only to route)
     */
    public AuthenticateCallerService(AuthenticateBearerTokenUseCase accessTokens,
                                     AuthenticateBearerTokenUseCase apiKeys, AuthenticateBearerTokenUseCase external,
                                     Predicate<String> claimsExternalIssuer) {
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
        this.external = external;
        this.claimsExternalIssuer = external == null ? token -> false
                : Objects.requireNonNull(claimsExternalIssuer, "claimsExternalIssuer");
    }

    /** Without an external issuer. */
    public AuthenticateCallerService(AuthenticateBearerTokenUseCase accessTokens,
                                     AuthenticateBearerTokenUseCase apiKeys) {
        this(accessTokens, apiKeys, null, null);
    }

    @Override
    public AuthenticatedAccount authenticate(AuthenticateBearerTokenQuery query) {
        String credential = query.token();
        if (ApiKeys.isApiKey(credential)) {
            return apiKeys.authenticate(query);
        }
        if (external != null && claimsExternalIssuer.test(credential)) {
            return external.authenticate(query);
        }
        return accessTokens.authenticate(query);
    }
}
