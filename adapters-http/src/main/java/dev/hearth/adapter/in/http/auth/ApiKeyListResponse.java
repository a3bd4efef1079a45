package dev.hearth.adapter.in.http.auth;

import java.util.List;

/**
 * The caller's API keys, newest first, including revoked and expired ones.
 *
 * @param items the keys; never a secret
 */
public record ApiKeyListResponse(List<ApiKeyResponse> items) {
}
