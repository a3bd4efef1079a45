package dev.hearth.application.port.in.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The tokens of a session. {@link #toString()} shows neither token.
 *
 * @param accountId             whose session
 * @param accessToken           short-lived ES256 JWT for {@code Authorization: Bearer}
 * @param accessTokenExpiresAt  when the access token expires
 * @param refreshToken          opaque single-use token that gets the next pair
 * @param refreshTokenExpiresAt when the refresh token expires if unused
 * @param scopes                what the access token allows
 */
public record SessionTokens(UUID accountId, String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                            Instant refreshTokenExpiresAt, List<String> scopes) {

    public SessionTokens {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "SessionTokens[accountId=" + accountId + ", tokens=(hidden)]";
    }
}
