package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.ApiKeyRecord;
import dev.hearth.application.port.out.identity.LoadApiKeysPort;
import dev.hearth.application.port.out.identity.StoreApiKeysPort;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates an API key ({@code Authorization: Bearer hk_...}, ADR 0020), refusing at the first failure: form; a
 * key with that prefix exists; the SHA-256 of the presented key equals the stored one (compared in constant time,
 * {@link java.security.MessageDigest#isEqual}); not revoked; not expired (a rotated key expires at the end of its
 * overlap window). The account's existence is guaranteed by the store (keys are deleted with their account). A
 * success records the key's last use, at most once per {@link ApiKeyPolicy#lastUsedResolution()}.
 *
 * <p>Every refusal is answered with the same 401 {@code unauthenticated} and audited as
 * {@code auth.api_key_rejected} (detail {@code reason}; target the key id once the prefix matched a key), but at most
 * {@link ApiKeyPolicy#rejectionAuditPerAddress()} per client address: beyond it refusals are answered and not
 * audited, so a flood of garbage cannot fill the audit chain ({@link RejectionAuditAllowance}).
 */
public final class AuthenticateApiKeyService implements AuthenticateBearerTokenUseCase {

    /** Why a key was refused: the audit trail's {@code reason}. */
    enum Rejection {
        MALFORMED, UNKNOWN_KEY, WRONG_SECRET, REVOKED, EXPIRED, ROTATED_OUT;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final LoadApiKeysPort keys;
    private final StoreApiKeysPort store;
    private final RejectionAuditAllowance rejectionAudit;
    private final ApiKeyPolicy policy;
    private final AuthAudit audit;
    private final Clock clock;

    public AuthenticateApiKeyService(LoadApiKeysPort keys, StoreApiKeysPort store, ThrottleAttemptsPort throttle,
                                     ApiKeyPolicy policy, AppendAuditEventPort audit, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rejectionAudit = new RejectionAuditAllowance(throttle, policy.rejectionAuditPerAddress());
        this.audit = new AuthAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthenticatedAccount authenticate(AuthenticateBearerTokenQuery query) {
        Instant now = clock.instant();
        String presented = query.token();
        String prefix = presented.length() > 64 ? null : ApiKeys.prefixOf(presented);
        if (prefix == null) {
            throw rejected(Rejection.MALFORMED, null, now, query);
        }
        Optional<ApiKeyRecord> found = keys.byPrefix(prefix);
        if (found.isEmpty()) {
            // hash anyway, so an unknown prefix costs what a known one does
            ApiKeys.matches(presented, new byte[32]);
            throw rejected(Rejection.UNKNOWN_KEY, null, now, query);
        }
        ApiKeyRecord key = found.get();
        if (!ApiKeys.matches(presented, key.secretHash())) {
            throw rejected(Rejection.WRONG_SECRET, key, now, query);
        }
        if (key.revokedAt() != null) {
            throw rejected(Rejection.REVOKED, key, now, query);
        }
        if (!now.isBefore(key.expiresAt())) {
            throw rejected(key.replacedBy() != null ? Rejection.ROTATED_OUT : Rejection.EXPIRED, key, now, query);
        }
        Instant usedBefore = now.minus(policy.lastUsedResolution());
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(usedBefore)) {
            store.recordUse(key.id(), now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), usedBefore);
        }
        return new AuthenticatedAccount(key.accountId(), key.scopes(), key.id().toString(), key.expiresAt(),
                CredentialKind.API_KEY);
    }

    /** Audits a refusal (within the per-address allowance) and gives the error to throw. */
    private ApplicationException rejected(Rejection reason, ApiKeyRecord key, Instant now,
                                          AuthenticateBearerTokenQuery query) {
        if (rejectionAudit.admit(query.clientAddress(), now)) {
            audit.record(AuthAudit.ANONYMOUS, AuthAudit.API_KEY_REJECTED, "api_key",
                    key == null ? "unverified" : key.id().toString(), now, query.requestId(), "reason", reason.code(),
                    "prefix", key == null ? null : ApiKeys.PREFIX + key.prefix());
        }
        return SessionsService.unauthenticated();
    }
}
