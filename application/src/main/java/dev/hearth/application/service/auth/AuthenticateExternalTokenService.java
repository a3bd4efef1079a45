package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.LinkExternalSubjectPort;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.TokenRejection;
import dev.hearth.application.port.out.identity.VerifyExternalTokenPort;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Accepts access tokens of the configured external issuer (ADR 0020): form and signature by a key of its JWKS (the
 * verify port; asymmetric algorithms only), then {@code iss} equal to the issuer, {@code aud} containing the configured
 * audience, {@code exp} and {@code nbf} with the policy's clock skew, a {@code sub}. The subject is mapped onto a Hearth
 * account, created on first sight ({@code auth.external_account_linked}). The caller gets the scopes Hearth grants the
 * account now ({@link AuthPolicy#scopesGrantedTo}): the external issuer's own scopes are ignored, so it can never grant
 * what Hearth would not. An external token is not a Hearth sign-in: it cannot open a crisis override or act as an
 * admin (ADR 0021). Refusals are audited as {@code auth.token_rejected} with
 * {@code token_type: external}, at most {@link RejectionAuditAllowance#PER_ADDRESS} a minute per client address
 * ({@link RejectionAuditAllowance#EXTERNAL_TOKENS}; beyond it refused unaudited); an issuer whose keys cannot be
 * fetched is answered 503, not 401.
 */
public final class AuthenticateExternalTokenService implements AuthenticateBearerTokenUseCase {

    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final VerifyExternalTokenPort verifier;
    private final LinkExternalSubjectPort links;
    private final String audience;
    private final AuthPolicy policy;
    private final AuthAudit audit;
    private final RejectionAuditAllowance rejectionAudit;
    private final Clock clock;

    public AuthenticateExternalTokenService(VerifyExternalTokenPort verifier, LinkExternalSubjectPort links,
                                            String audience, AuthPolicy policy, AppendAuditEventPort audit,
                                            RejectionAuditAllowance rejectionAudit, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.links = Objects.requireNonNull(links, "links");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = new AuthAudit(audit);
        this.rejectionAudit = Objects.requireNonNull(rejectionAudit, "rejectionAudit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthenticatedAccount authenticate(AuthenticateBearerTokenQuery query) {
        Instant now = clock.instant();
        if (query.token().length() > policy.maxTokenLength()) {
            throw rejected(TokenRejection.TOO_LARGE, null, now, query);
        }
        SignatureCheck check = verifier.verify(query.token());
        if (!check.isVerified()) {
            throw rejected(check.rejection(), null, now, query);
        }
        AccessTokenClaims claims = check.claims();
        if (claims.subject() == null || !SUBJECT.matcher(claims.subject()).matches() || claims.expiresAt() == null) {
            throw rejected(TokenRejection.MISSING_CLAIM, check.kid(), now, query);
        }
        if (!verifier.issuer().equals(claims.issuer())) {
            throw rejected(TokenRejection.WRONG_ISSUER, check.kid(), now, query);
        }
        if (!claims.audience().contains(audience)) {
            throw rejected(TokenRejection.WRONG_AUDIENCE, check.kid(), now, query);
        }
        if (!now.isBefore(claims.expiresAt().plus(policy.clockSkew()))) {
            throw rejected(TokenRejection.EXPIRED, check.kid(), now, query);
        }
        Instant earliest = now.plus(policy.clockSkew());
        if ((claims.notBefore() != null && earliest.isBefore(claims.notBefore()))
                || (claims.issuedAt() != null && earliest.isBefore(claims.issuedAt()))) {
            throw rejected(TokenRejection.NOT_YET_VALID, check.kid(), now, query);
        }
        LinkExternalSubjectPort.Link link = links.link(verifier.issuer(), claims.subject(), now);
        if (link.created()) {
            audit.record(link.accountId().toString(), AuthAudit.EXTERNAL_ACCOUNT_LINKED, "account",
                    link.accountId().toString(), now, query.requestId(), "kid", safe(check.kid()));
        }
        // the issuer can grant nothing: the credential is worth what Hearth grants the account (ADR 0020, 0021)
        List<String> scopes = policy.scopesGrantedTo(link.accountId());
        String tokenId = claims.tokenId() != null && TOKEN_ID.matcher(claims.tokenId()).matches()
                ? claims.tokenId() : "external";
        return new AuthenticatedAccount(link.accountId(), scopes, tokenId, claims.expiresAt(),
                CredentialKind.EXTERNAL_TOKEN);
    }

    private static String safe(String kid) {
        return kid != null && TOKEN_ID.matcher(kid).matches() ? kid : null;
    }

    private ApplicationException rejected(TokenRejection reason, String kid, Instant now,
                                          AuthenticateBearerTokenQuery query) {
        if (rejectionAudit.admit(query.clientAddress(), now)) {
            audit.record(AuthAudit.ANONYMOUS, AuthAudit.TOKEN_REJECTED, "access_token", "unverified", now,
                    query.requestId(), "reason", reason.code(), "kid", safe(kid), "token_type", "external");
        }
        return SessionsService.unauthenticated();
    }
}
