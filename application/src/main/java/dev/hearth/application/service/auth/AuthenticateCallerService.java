package dev.hearth.application.service.auth;

import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The one authenticator the HTTP adapter calls for {@code Authorization: Bearer <credential>}: it sends an API key
 * ({@code hk_...}) to the API-key check, a token whose (not yet trusted) {@code iss} names the configured external
 * issuer to that issuer's check, and everything else to Hearth's own access-token check (ADR 0018, ADR 0020). Which
 * check runs decides nothing by itself: each one verifies fully and refuses what it does not accept.
 *
 * <p>Privileges are then checked as they are used, not as they were when the credential was minted (ADR 0021), for
 * every kind of credential alike, by {@link CurrentPrivileges}: the caller's scopes become the credential's scopes
 * intersected with what the account is granted now ({@link AuthPolicy#scopesGrantedTo}), and a Hearth sign-in is
 * judged recent or not against {@link AuthPolicy#reauthenticationWindow()}. The account's existence comes from
 * storage: each check refuses a credential whose account is gone (access tokens look the account up; API keys and
 * external links are deleted with it).
 */
public final class AuthenticateCallerService implements AuthenticateBearerTokenUseCase {

    private final AuthenticateBearerTokenUseCase accessTokens;
    private final AuthenticateBearerTokenUseCase apiKeys;
    private final AuthenticateBearerTokenUseCase external;
    private final Predicate<String> claimsExternalIssuer;
    private final CurrentPrivileges privileges;

    /**
     * @param accessTokens         Hearth's own access tokens
     * @param apiKeys              API keys
     * @param external             the external issuer's tokens, or null when none is configured
     * @param claimsExternalIssuer whether a token says it comes from the external issuer (unverified, only to route)
     * @param policy               what each account is granted now, and the re-authentication window
     * @param clock                the time against which a sign-in is judged recent
     */
    public AuthenticateCallerService(AuthenticateBearerTokenUseCase accessTokens,
                                     AuthenticateBearerTokenUseCase apiKeys, AuthenticateBearerTokenUseCase external,
                                     Predicate<String> claimsExternalIssuer, AuthPolicy policy, Clock clock) {
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
        this.external = external;
        this.claimsExternalIssuer = external == null ? token -> false
                : Objects.requireNonNull(claimsExternalIssuer, "claimsExternalIssuer");
        this.privileges = new CurrentPrivileges(policy, clock);
    }

    /** Without an external issuer. */
    public AuthenticateCallerService(AuthenticateBearerTokenUseCase accessTokens,
                                     AuthenticateBearerTokenUseCase apiKeys, AuthPolicy policy, Clock clock) {
        this(accessTokens, apiKeys, null, null, policy, clock);
    }

    @Override
    public AuthenticatedAccount authenticate(AuthenticateBearerTokenQuery query) {
        return privileges.of(credentialHolder(query));
    }

    private AuthenticatedAccount credentialHolder(AuthenticateBearerTokenQuery query) {
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
