package dev.hearth.application.port.in.auth;

/**
 * The identity use cases together, as bootstrap hands them to the HTTP adapter.
 *
 * <p>A bundle of ports and nothing more: bootstrap refuses a missing component and scopes each one as its
 * interface's {@link dev.hearth.application.port.in.CallScope} declares (ADR 0024).
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
}
