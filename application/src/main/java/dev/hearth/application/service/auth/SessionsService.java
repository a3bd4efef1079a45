package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.LogInCommand;
import dev.hearth.application.port.in.auth.LogInUseCase;
import dev.hearth.application.port.in.auth.LogOutCommand;
import dev.hearth.application.port.in.auth.LogOutUseCase;
import dev.hearth.application.port.in.auth.RefreshSessionCommand;
import dev.hearth.application.port.in.auth.RefreshSessionUseCase;
import dev.hearth.application.port.in.auth.SessionTokens;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.AccountRecord;
import dev.hearth.application.port.out.identity.ComputeBlindIndexPort;
import dev.hearth.application.port.out.identity.HashPasswordPort;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.PasswordCheck;
import dev.hearth.application.port.out.identity.RefreshDecision;
import dev.hearth.application.port.out.identity.RefreshTokenRecord;
import dev.hearth.application.port.out.identity.RotateRefreshTokenPort;
import dev.hearth.application.port.out.identity.SignAccessTokenPort;
import dev.hearth.application.port.out.identity.StoreAccountPort;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions: log in, refresh, log out.
 *
 * <p><b>Log in.</b> Throttled, never locked out ({@link AuthPolicy#loginBackoff()}): consecutive failures to one
 * account (by blind index, so unknown addresses are throttled alike) from one client address earn that pair an
 * exponentially growing wait, which a success resets; failures from other addresses never hold the owner back. All
 * failures from one address, whatever the account, are also capped ({@link AuthPolicy#loginPerAddress()}). While a
 * wait runs even the right password is answered 429 with {@code Retry-After}, without being checked. An unknown
 * address is checked against a dummy hash so it costs what a real account costs; a wrong password
 * and an unknown address get the same {@code invalid_credentials}. A hash made with weaker parameters is replaced on
 * success.
 *
 * <p><b>Refresh.</b> Every use rotates. A token presented after it was used revokes its family (reuse: a copy may be in
 * someone else's hands), with one exception: within {@link AuthPolicy#refreshGraceWindow()} of its use, if its
 * successor has not been used yet, it may be presented once more (the response carrying the successor was lost); that
 * issues a new successor and supersedes the first, so only one line of the family stays alive.
 */
public final class SessionsService implements LogInUseCase, RefreshSessionUseCase, LogOutUseCase {


    private final LoadAccountPort accounts;
    private final StoreAccountPort store;
    private final HashPasswordPort passwords;
    private final ComputeBlindIndexPort blindIndex;
    private final ThrottleAttemptsPort throttle;
    private final RotateRefreshTokenPort refreshTokens;
    private final AccessTokens accessTokens;
    private final AuthPolicy policy;
    private final AuthAudit audit;
    private final RejectionAuditAllowance refreshRejectionAudit;
    private final Clock clock;

    public SessionsService(LoadAccountPort accounts, StoreAccountPort store, HashPasswordPort passwords,
                           ComputeBlindIndexPort blindIndex, ThrottleAttemptsPort throttle,
                           RotateRefreshTokenPort refreshTokens, SignAccessTokenPort signer, SigningKeyRing ring,
                           AuthPolicy policy, AppendAuditEventPort audit, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = Objects.requireNonNull(store, "store");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.blindIndex = Objects.requireNonNull(blindIndex, "blindIndex");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.refreshRejectionAudit = new RejectionAuditAllowance(throttle, RejectionAuditAllowance.REFRESH_TOKENS);
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.accessTokens = new AccessTokens(signer, ring, policy);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = new AuthAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SessionTokens logIn(LogInCommand command) {
        Instant now = clock.instant();
        String password = command.password() == null ? "" : command.password();
        Optional<String> email = EmailAddresses.normalise(command.email());
        // a malformed address is simply one no account has: same path, same answer, same cost
        byte[] index = blindIndex.emailIndex(email.orElse(""));
        String accountKey = Secrets.hex(index);
        String addressKey = command.clientAddress();
        String pairKey = accountKey + "@" + addressKey;
        Optional<Duration> wait = longest(throttle.blockedFor(policy.loginBackoff(), pairKey, now),
                throttle.blockedFor(policy.loginPerAddress(), addressKey, now));
        if (wait.isPresent()) {
            throw tooManyRequests(wait.get());
        }
        String correlation = command.context().correlationId();
        Optional<AccountRecord> account = email.isPresent() && password.length() <= AccountsService.MAX_PASSWORD_LENGTH
                ? accounts.byEmailIndex(index) : Optional.empty();
        if (account.isEmpty()) {
            passwords.verify(truncated(password), passwords.dummyHash());
            throw loginFailed(null, "unknown_account", pairKey, addressKey, now, correlation);
        }
        AccountRecord found = account.get();
        PasswordCheck check = passwords.verify(password, found.passwordHash());
        if (!check.matches()) {
            throw loginFailed(found.id(), "wrong_password", pairKey, addressKey, now, correlation);
        }
        throttle.reset(policy.loginBackoff(), pairKey);
        if (check.needsRehash()) {
            store.replacePasswordHash(found.id(), found.passwordHash(), passwords.hash(password));
        }
        String refreshToken = Secrets.newRefreshToken();
        UUID familyId = UUID.randomUUID();
        Instant refreshExpires = now.plus(policy.refreshTokenLifetime());
        refreshTokens.startFamily(familyId, found.id(), Secrets.sha256(refreshToken), now, refreshExpires);
        SessionTokens tokens = tokens(found.id(), familyId, refreshToken, refreshExpires, now, now);
        String id = found.id().toString();
        audit.record(id, AuthAudit.LOGIN_SUCCEEDED, "account", id, now, correlation, "token_family",
                familyId.toString(), "rehashed", check.needsRehash() ? "true" : null);
        return tokens;
    }

    private static String truncated(String password) {
        return password.length() <= AccountsService.MAX_PASSWORD_LENGTH ? password
                : password.substring(0, AccountsService.MAX_PASSWORD_LENGTH);
    }

    private ApplicationException loginFailed(UUID accountId, String reason, String pairKey, String addressKey,
                                             Instant now, String correlation) {
        throttle.recordFailure(policy.loginBackoff(), pairKey, now);
        throttle.recordFailure(policy.loginPerAddress(), addressKey, now);
        String actor = accountId == null ? AuthAudit.ANONYMOUS : accountId.toString();
        audit.record(actor, AuthAudit.LOGIN_FAILED, "account", accountId == null ? "unknown" : accountId.toString(),
                now, correlation, "reason", reason);
        return new ApplicationException(ErrorCode.INVALID_CREDENTIALS,
                "That e-mail address and password do not match an account.");
    }

    @Override
    public SessionTokens refresh(RefreshSessionCommand command) {
        Instant now = clock.instant();
        String correlation = command.context().correlationId();
        if (!Secrets.looksLikeRefreshToken(command.refreshToken())) {
            throw refreshRefused("malformed", null, now, correlation, command.clientAddress());
        }
        String successor = Secrets.newRefreshToken();
        byte[] successorHash = Secrets.sha256(successor);
        Instant successorExpires = now.plus(policy.refreshTokenLifetime());
        RotateRefreshTokenPort.Rotation rotation = refreshTokens.rotate(Secrets.sha256(command.refreshToken()),
                presented -> decide(presented, now, successorHash, successorExpires));
        RefreshDecision decision = rotation.decision();
        if (decision.kind() == RefreshDecision.Kind.ROTATE) {
            RefreshTokenRecord used = rotation.presented().orElseThrow();
            // the session's auth_time stays the login's: refreshing proves possession, not the password
            return tokens(used.accountId(), used.familyId(), successor, successorExpires, used.authenticatedAt(), now);
        }
        if (decision.kind() == RefreshDecision.Kind.REVOKE_FAMILY) {
            RefreshTokenRecord reused = rotation.presented().orElseThrow();
            audit.record(AuthAudit.ANONYMOUS, AuthAudit.FAMILY_REVOKED, "token_family",
                    reused.familyId().toString(), now, correlation, "reason", decision.reason(), "account_id",
                    reused.accountId().toString());
            throw unauthenticated();
        }
        throw refreshRefused(refusalReason(rotation.presented(), now), rotation.presented().orElse(null), now,
                correlation, command.clientAddress());
    }

    /** The rotation policy, applied while the store holds the presented token locked. */
    RefreshDecision decide(Optional<RefreshTokenRecord> presented, Instant now, byte[] successorHash,
                           Instant successorExpires) {
        if (refusalReason(presented, now) != null) {
            return RefreshDecision.refuse();
        }
        RefreshTokenRecord token = presented.orElseThrow();
        if (token.supersededAt() != null) {
            return RefreshDecision.revokeFamily(now, "reuse_detected");
        }
        if (token.rotatedAt() == null) {
            return RefreshDecision.rotate(successorHash, now, successorExpires, false);
        }
        boolean withinGrace = !now.isAfter(token.rotatedAt().plus(policy.refreshGraceWindow()));
        if (withinGrace && !token.graceRetryUsed() && !token.successorUsed()) {
            return RefreshDecision.rotate(successorHash, now, successorExpires, true);
        }
        return RefreshDecision.revokeFamily(now, "reuse_detected");
    }

    private static String refusalReason(Optional<RefreshTokenRecord> presented, Instant now) {
        if (presented.isEmpty()) {
            return "unknown";
        }
        RefreshTokenRecord token = presented.get();
        if (token.familyRevokedAt() != null) {
            return "family_revoked";
        }
        if (!now.isBefore(token.expiresAt())) {
            return "expired";
        }
        return null;
    }

    /**
     * Audits a refused refresh token, at most {@link RejectionAuditAllowance#PER_ADDRESS} a minute per client address
     * ({@link RejectionAuditAllowance#REFRESH_TOKENS}), and gives the error to throw. A detected reuse (family revoked)
     * is always audited: it takes a real token.
     */
    private ApplicationException refreshRefused(String reason, RefreshTokenRecord token, Instant now,
                                                 String correlation, String clientAddress) {
        if (refreshRejectionAudit.admit(clientAddress, now)) {
            audit.record(AuthAudit.ANONYMOUS, AuthAudit.TOKEN_REJECTED, "refresh_token",
                    token == null ? "unverified" : token.familyId().toString(), now, correlation, "reason", reason,
                    "token_type", "refresh");
        }
        return unauthenticated();
    }

    @Override
    public void logOut(LogOutCommand command) {
        if (!Secrets.looksLikeRefreshToken(command.refreshToken())) {
            return; // nothing to revoke; say nothing about it
        }
        Instant now = clock.instant();
        Optional<UUID> account = refreshTokens.revokeFamily(Secrets.sha256(command.refreshToken()), now, "logout");
        account.ifPresent(id -> audit.record(id.toString(), AuthAudit.LOGGED_OUT, "account", id.toString(), now,
                command.context().correlationId()));
    }

    private SessionTokens tokens(UUID accountId, UUID sessionId, String refreshToken, Instant refreshExpires,
                                 Instant authTime, Instant now) {
        List<String> scopes = accessTokens.scopesFor(accountId);
        String access = accessTokens.issue(accountId, sessionId, scopes, authTime, now);
        return new SessionTokens(accountId, access, accessTokens.expiresAt(now), refreshToken, refreshExpires, scopes);
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    static ApplicationException tooManyRequests(Duration wait) {
        Duration atLeastOne = wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
        return new ApplicationException(ErrorCode.TOO_MANY_REQUESTS,
                "Too many attempts. Please wait a little and try again.", List.of(), null, atLeastOne);
    }

    static ApplicationException unauthenticated() {
        return new ApplicationException(ErrorCode.UNAUTHENTICATED, null);
    }
}
