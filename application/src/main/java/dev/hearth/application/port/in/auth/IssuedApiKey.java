package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * A key just issued: the only moment its secret exists outside the client. {@link #toString()} hides the secret.
 *
 * @param key    the key's description
 * @param secret the whole key, {@code hk_<prefix>_<secret>}; Hearth keeps only its hash
 */
public record IssuedApiKey(ApiKeyView key, String secret) {

    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key.id() + ", secret=(hidden)]";
    }
}
