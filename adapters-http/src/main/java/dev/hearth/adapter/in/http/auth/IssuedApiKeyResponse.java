package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.IssuedApiKey;

/**
 * A key just issued. Copy {@code apiKey} now: Hearth keeps only its hash and cannot show it again.
 * {@link #toString()} hides it.
 *
 * @param apiKey the key, {@code hk_<prefix>_<secret>}: send it as {@code Authorization: Bearer <apiKey>}
 * @param key    the key's description, as listed afterwards
 */
public record IssuedApiKeyResponse(String apiKey, ApiKeyResponse key) {

    static IssuedApiKeyResponse from(IssuedApiKey issued) {
        return new IssuedApiKeyResponse(issued.secret(), ApiKeyResponse.from(issued.key()));
    }

    @Override
    public String toString() {
        return "IssuedApiKeyResponse[key=" + key.id() + ", apiKey=(hidden)]";
    }
}
