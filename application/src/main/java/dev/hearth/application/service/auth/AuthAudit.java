package dev.hearth.application.service.auth;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The audit events of identity and access, in one place so their codes stay consistent. Actors and targets are
 * account UUIDs, token-family UUIDs, key ids or {@code anonymous}: never an e-mail address, a password, a token or a
 * client address.
 */
final class AuthAudit {

    static final String ACCOUNT_REGISTERED = "account.registered";
    static final String REGISTRATION_DUPLICATE = "account.registration_duplicate";
    static final String LOGIN_SUCCEEDED = "auth.login_succeeded";
    static final String LOGIN_FAILED = "auth.login_failed";
    static final String TOKEN_REJECTED = "auth.token_rejected";
    static final String FAMILY_REVOKED = "auth.token_family_revoked";
    static final String LOGGED_OUT = "auth.logged_out";
    static final String KEY_ROTATED = "signing_key.rotated";
    static final String API_KEY_CREATED = "api_key.created";
    static final String API_KEY_ROTATED = "api_key.rotated";
    static final String API_KEY_REVOKED = "api_key.revoked";
    static final String API_KEY_REJECTED = "auth.api_key_rejected";
    static final String EXTERNAL_ACCOUNT_LINKED = "auth.external_account_linked";

    static final String ANONYMOUS = CallContext.UNAUTHENTICATED_ACTOR;

    private final AppendAuditEventPort audit;

    AuthAudit(AppendAuditEventPort audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Appends one event; details are key, value, key, value ... (null values are left out). */
    void record(String actor, String action, String targetType, String targetId, Instant at, String correlationId,
                String... details) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                map.put(details[i], details[i + 1]);
            }
        }
        audit.append(new AuditEvent(actor, action, targetType, targetId, at, correlationId, null, map));
    }
}
