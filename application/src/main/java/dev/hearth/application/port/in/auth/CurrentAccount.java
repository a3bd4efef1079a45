package dev.hearth.application.port.in.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in account, as its owner sees it. {@link #toString()} hides the address.
 *
 * @param accountId the account's id
 * @param email     the login address (normalised)
 * @param createdAt when it was registered
 * @param scopes    what the current access token allows
 */
public record CurrentAccount(UUID accountId, String email, Instant createdAt, List<String> scopes) {

    public CurrentAccount {
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "CurrentAccount[accountId=" + accountId + "]";
    }
}
