package dev.hearth.application.port.in.ratelimit;

import java.util.Objects;
import java.util.UUID;

/**
 * One request to count against the limits of its class. Give the subjects known at this point: the client address
 * before the caller is authenticated, then the account (and the API key, when that was the credential) after it.
 *
 * @param requestClass  what the request asks for
 * @param clientAddress the client's address (through the trusted proxies), or null when this check is not about it;
 *                      only a counter key: never stored in clear, logged or audited
 * @param accountId     the authenticated account, or null
 * @param apiKeyId      the API key the caller authenticated with, or null
 */
public record AdmitRequestCommand(RequestClass requestClass, String clientAddress, UUID accountId, String apiKeyId) {

    public AdmitRequestCommand {
        Objects.requireNonNull(requestClass, "requestClass");
    }

    /** The check made before authentication: by client address. */
    public static AdmitRequestCommand byAddress(RequestClass requestClass, String clientAddress) {
        return new AdmitRequestCommand(requestClass, Objects.requireNonNull(clientAddress, "clientAddress"), null,
                null);
    }

    /** The check made after authentication: by account, and by API key when one was used. */
    public static AdmitRequestCommand byCaller(RequestClass requestClass, UUID accountId, String apiKeyId) {
        return new AdmitRequestCommand(requestClass, null, Objects.requireNonNull(accountId, "accountId"), apiKeyId);
    }
}
