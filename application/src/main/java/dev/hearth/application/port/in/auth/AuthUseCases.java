package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * The identity use cases together, as bootstrap hands them to the HTTP adapter.
 *
 * @param register         register an account
 * @param logIn            log in
 * @param refresh          rotate a refresh token
 * @param logOut           revoke a session
 * @param currentAccount   who am I
 * @param authenticate     verify a bearer token (called before protected handlers)
 * @param rotateSigningKey rotate the signing key (admin, schedule)
 * @param publishedKeys    the JWKS
 * @param apiKeys          API keys of programmatic clients (ADR 0020)
 */
public record AuthUseCases(RegisterAccountUseCase register, LogInUseCase logIn, RefreshSessionUseCase refresh,
                           LogOutUseCase logOut, GetCurrentAccountUseCase currentAccount,
                           AuthenticateBearerTokenUseCase authenticate, RotateSigningKeyUseCase rotateSigningKey,
                           ListPublishedSigningKeysUseCase publishedKeys, ApiKeyUseCases apiKeys) {

    public AuthUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(currentAccount, "currentAccount");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(rotateSigningKey, "rotateSigningKey");
        Objects.requireNonNull(publishedKeys, "publishedKeys");
        Objects.requireNonNull(apiKeys, "apiKeys");
    }
}
