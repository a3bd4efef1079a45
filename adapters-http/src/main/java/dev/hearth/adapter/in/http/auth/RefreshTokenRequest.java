package dev.hearth.adapter.in.http.auth;

/**
 * A refresh token, to rotate it or to end its session. {@link #toString()} never shows it.
 *
 * @param refreshToken the refresh token last received ({@code hrt_...})
 */
public record RefreshTokenRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[(hidden)]";
    }
}
