package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.TokenRejection;
import dev.hearth.application.port.out.identity.VerifyAccessTokenSignaturePort;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Verifies access tokens, in this order, refusing at the first failure: length; form, algorithm (ES256 only), type,
 * key id and signature (the verify port); subject, token id and times present; issuer; audience; expiry and
 * not-before with the policy's clock skew; a session id ({@code sid}); the account still exists and the session has
 * not ended (logout, reuse detected: ADR 0018), both read in one query on every request, so a revocation committed on
 * one instance is seen by every instance at once. Every refusal is audited as
 * {@code auth.token_rejected} with its {@link TokenRejection} code and answered with the same
 * {@code unauthenticated}, but at most {@link RejectionAuditAllowance#PER_ADDRESS} a minute per client address
 * ({@link RejectionAuditAllowance#ACCESS_TOKENS}): beyond it refusals are answered and not audited, so forged tokens
 * cannot flood the audit chain.
 */
public final class AuthenticateBearerTokenService implements AuthenticateBearerTokenUseCase {

    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final VerifyAccessTokenSignaturePort verifier;
    private final SigningKeyRing ring;
    private final LoadAccountPort accounts;
    private final AuthPolicy policy;
    private final AuthAudit audit;
    private final RejectionAuditAllowance rejectionAudit;
    private final Clock clock;

    public AuthenticateBearerTokenService(VerifyAccessTokenSignaturePort verifier, SigningKeyRing ring,
                                          LoadAccountPort accounts, AuthPolicy policy, AppendAuditEventPort audit,
                                          RejectionAuditAllowance rejectionAudit, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.ring = Objects.requireNonNull(ring, "ring");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = new AuthAudit(audit);
        this.rejectionAudit = Objects.requireNonNull(rejectionAudit, "rejectionAudit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthenticatedAccount authenticate(AuthenticateBearerTokenQuery query) {
        Instant now = clock.instant();
        String token = query.token();
        if (token.length() > policy.maxTokenLength()) {
            throw rejected(TokenRejection.TOO_LARGE, null, null, now, query);
        }
        SignatureCheck check = verifier.verify(token, ring.verificationKeys(now));
        if (check.rejection() == TokenRejection.UNKNOWN_KEY
                && ring.reloadForUnknownKey(now)) {
            check = verifier.verify(token, ring.verificationKeys(now));
        }
        if (!check.isVerified()) {
            throw rejected(check.rejection(), null, null, now, query);
        }
        SignatureCheck verified = check;
        AccessTokenClaims claims = verified.claims();
        UUID subject = uuid(claims.subject());
        if (subject == null || claims.tokenId() == null || !TOKEN_ID.matcher(claims.tokenId()).matches()
                || claims.expiresAt() == null || claims.issuedAt() == null) {
            throw rejected(TokenRejection.MISSING_CLAIM, verified.kid(), null, now, query);
        }
        String jti = claims.tokenId();
        if (!policy.issuer().equals(claims.issuer())) {
            throw rejected(TokenRejection.WRONG_ISSUER, verified.kid(), jti, now, query);
        }
        if (!claims.audience().contains(policy.audience())) {
            throw rejected(TokenRejection.WRONG_AUDIENCE, verified.kid(), jti, now, query);
        }
        if (!now.isBefore(claims.expiresAt().plus(policy.clockSkew()))) {
            throw rejected(TokenRejection.EXPIRED, verified.kid(), jti, now, query);
        }
        Instant earliest = now.plus(policy.clockSkew());
        if ((claims.notBefore() != null && earliest.isBefore(claims.notBefore()))
                || earliest.isBefore(claims.issuedAt())) {
            throw rejected(TokenRejection.NOT_YET_VALID, verified.kid(), jti, now, query);
        }
        UUID session = uuid(claims.sessionId());
        if (session == null) {
            throw rejected(TokenRejection.MISSING_CLAIM, verified.kid(), jti, now, query);
        }
        switch (accounts.sessionStanding(subject, session)) {
            case ACCOUNT_GONE -> throw rejected(TokenRejection.ACCOUNT_NOT_FOUND, verified.kid(), jti, now, query);
            case SESSION_ENDED -> throw rejected(TokenRejection.SESSION_ENDED, verified.kid(), jti, now, query);
            case ACTIVE -> {
                // the token may be used
            }
            default -> throw new IllegalStateException("unknown session standing");
        }
        return new AuthenticatedAccount(subject, claims.scopes(), jti, claims.expiresAt(),
                CredentialKind.ACCESS_TOKEN, claims.authTime(), false);
    }

    private static UUID uuid(String s) {
        if (s == null || s.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Audits a refusal and gives the error to throw. Only what a verified signature vouches for is recorded (the key
     * id, the token id); the subject of a refused token is not trusted as an actor. Within the per-address allowance
     * only.
     */
    private ApplicationException rejected(TokenRejection reason, String kid, String tokenId, Instant now,
                                          AuthenticateBearerTokenQuery query) {
        if (rejectionAudit.admit(query.clientAddress(), now)) {
            audit.record(AuthAudit.ANONYMOUS, AuthAudit.TOKEN_REJECTED, "access_token",
                    tokenId == null ? "unverified" : tokenId, now, query.requestId(), "reason", reason.code(),
                    "kid", kid, "token_type", "access");
        }
        return SessionsService.unauthenticated();
    }
}
