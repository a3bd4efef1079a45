package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.SessionTokens;
import java.time.Instant;
import java.util.UUID;

/**
 * A session's tokens. Keep the refresh token in secure storage: it is shown once, and each one works once.
 * {@link #toString()} shows neither token.
 *
 * @param accountId             the signed-in account's id
 * @param tokenType             always {@code Bearer}: send the access token as {@code Authorization: Bearer <token>}
 * @param accessToken           a signed JWT (ES256) valid for 10 minutes; its claims hold no personal data
 * @param accessTokenExpiresAt  when the access token expires (UTC, ISO-8601)
 * @param refreshToken          an opaque token ({@code hrt_...}) to get the next pair from {@code /v1/auth/refresh};
 *                              single use
 * @param refreshTokenExpiresAt when the refresh token expires if unused (UTC, ISO-8601)
 * @param scope                 what the access token allows, space-separated
 */
public record SessionResponse(UUID accountId, String tokenType, String accessToken, Instant accessTokenExpiresAt,
                              String refreshToken, Instant refreshTokenExpiresAt, String scope) {

    static SessionResponse from(SessionTokens tokens) {
        return new SessionResponse(tokens.accountId(), "Bearer", tokens.accessToken(), tokens.accessTokenExpiresAt(),
                tokens.refreshToken(), tokens.refreshTokenExpiresAt(), String.join(" ", tokens.scopes()));
    }

    @Override
    public String toString() {
        return "SessionResponse[accountId=" + accountId + ", tokens=(hidden)]";
    }
}
