package dev.hearth.adapter.in.http.auth;

import java.util.List;

/**
 * What an API key may do and for how long.
 *
 * @param name          a label to recognise the key by, 1 to 100 characters (e.g. {@code budget sync on my laptop})
 * @param scopes        the scopes the key carries, each one a scope your access token has (e.g. {@code ["account"]})
 * @param expiresInDays how many days the key works, 1 to 365; 90 when left out
 */
public record CreateApiKeyRequest(String name, List<String> scopes, Integer expiresInDays) {
}
