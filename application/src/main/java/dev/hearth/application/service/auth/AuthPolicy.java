package dev.hearth.application.service.auth;

import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.out.identity.BackoffRule;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The numbers of identity and access, in one place an auditor can read (ADR 0018).
 *
 * @param issuer               {@code iss} of every access token, and the only one accepted
 * @param audience             {@code aud} of every access token, and the one required
 * @param accessTokenLifetime  how long an access token lives (short: a leaked one is soon useless)
 * @param refreshTokenLifetime how long an unused refresh token lives
 * @param refreshGraceWindow   how soon after its use a refresh token may be presented once more (a lost response)
 * @param clockSkew            tolerance on {@code exp}, {@code nbf} and {@code iat} for clocks that disagree
 * @param maxTokenLength       longest access token even looked at, in characters
 * @param jwksCacheFor         how long clients may cache the JWKS
 * @param keyPublishDelay      how long a new signing key is published before it signs; at least {@code jwksCacheFor}
 * @param keyRotationPeriod    how old the active signing key may grow before the schedule replaces it
 * @param adminAccounts        accounts granted the admin scopes until household roles exist
 * @param loginBackoff         the wait after consecutive failed logins to one account from one client address
 * @param loginPerAddress      failed logins allowed per client address in a window
 * @param registerPerAddress   registrations allowed per client address in a window
 * @param supportAccounts      accounts granted the crisis-override scope ({@code HEARTH_SUPPORT_ACCOUNT_IDS})
 * @param reauthenticationWindow how recent a password sign-in must be for admin actions
 *                             ({@code HEARTH_REAUTHENTICATION_MINUTES}, ADR 0021)
 */
public record AuthPolicy(String issuer, String audience, Duration accessTokenLifetime, Duration refreshTokenLifetime,
                         Duration refreshGraceWindow, Duration clockSkew, int maxTokenLength, Duration jwksCacheFor,
                         Duration keyPublishDelay, Duration keyRotationPeriod, Set<UUID> adminAccounts,
                         BackoffRule loginBackoff, ThrottleRule loginPerAddress,
                         ThrottleRule registerPerAddress, Set<UUID> supportAccounts,
                         Duration reauthenticationWindow) {

    /** Access tokens live 10 minutes. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);
    /** Refresh tokens live 30 days if unused. */
    public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    /** A used refresh token may be presented once more within 10 seconds. */
    public static final Duration REFRESH_GRACE_WINDOW = Duration.ofSeconds(10);
    /** 30 seconds of clock skew. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** 8 KiB: ours are about 600 characters. */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;
    /** The JWKS may be cached 5 minutes. */
    public static final Duration JWKS_CACHE_FOR = Duration.ofMinutes(5);
    /** A new key is published 10 minutes (twice the JWKS cache lifetime) before it signs. */
    public static final Duration KEY_PUBLISH_DELAY = Duration.ofMinutes(10);
    /** The schedule rotates a key after 30 days by default. */
    public static final Duration KEY_ROTATION_PERIOD = Duration.ofDays(30);

    /** Admin actions need a password sign-in within the last 15 minutes (ADR 0021). */
    public static final Duration REAUTHENTICATION_WINDOW = Duration.ofMinutes(15);

    /**
     * Failed logins to one account from one client address: 5 free, then a wait of 5 seconds doubling with each
     * further failure (10 s, 20 s, ... ) up to 15 minutes; forgotten after a day without a failure, reset by a success.
     * Keyed by account and address together, so someone guessing from one address slows only themselves: the owner
     * logging in from anywhere else is never held back (OWASP: throttling, not account lockout).
     */
    public static final BackoffRule LOGIN_BACKOFF = new BackoffRule("login_account_address", 5, Duration.ofSeconds(5),
            Duration.ofMinutes(15), Duration.ofDays(1));
    /** Failed logins per client address, whatever the account: 20 in 15 minutes (guessing across many accounts). */
    public static final ThrottleRule LOGIN_PER_ADDRESS = new ThrottleRule("login_address", 20, Duration.ofMinutes(15));
    /** Registrations per client address: 10 an hour (each costs an Argon2id hash). */
    public static final ThrottleRule REGISTER_PER_ADDRESS = new ThrottleRule("register_address", 10,
            Duration.ofHours(1));

    private static final Pattern TEXT = Pattern.compile("[\\x21-\\x7e]{1,256}");

    public AuthPolicy {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        if (!TEXT.matcher(issuer).matches() || !TEXT.matcher(audience).matches()) {
            throw new IllegalArgumentException("issuer and audience are 1-256 printable ASCII characters, no spaces");
        }
        for (Duration d : new Duration[] {accessTokenLifetime, refreshTokenLifetime, refreshGraceWindow, clockSkew,
            jwksCacheFor, keyPublishDelay, keyRotationPeriod, reauthenticationWindow}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every duration of the policy must be positive");
            }
        }
        if (keyPublishDelay.compareTo(jwksCacheFor) < 0) {
            throw new IllegalArgumentException("a new key must be published at least as long as the JWKS is cached");
        }
        if (keyRotationPeriod.compareTo(keyPublishDelay) <= 0) {
            throw new IllegalArgumentException("keys must rotate less often than they take to start signing");
        }
        if (maxTokenLength < 256) {
            throw new IllegalArgumentException("maxTokenLength is at least 256");
        }
        adminAccounts = Set.copyOf(adminAccounts);
        Objects.requireNonNull(loginBackoff, "loginBackoff");
        Objects.requireNonNull(loginPerAddress, "loginPerAddress");
        Objects.requireNonNull(registerPerAddress, "registerPerAddress");
        supportAccounts = Set.copyOf(supportAccounts);
    }

    /** The default policy for an issuer and audience, with these admin accounts and rotation period. */
    public static AuthPolicy defaults(String issuer, String audience, Set<UUID> adminAccounts,
                                      Duration keyRotationPeriod) {
        return new AuthPolicy(issuer, audience, ACCESS_TOKEN_LIFETIME, REFRESH_TOKEN_LIFETIME, REFRESH_GRACE_WINDOW,
                CLOCK_SKEW, MAX_TOKEN_LENGTH, JWKS_CACHE_FOR, KEY_PUBLISH_DELAY, keyRotationPeriod, adminAccounts,
                LOGIN_BACKOFF, LOGIN_PER_ADDRESS, REGISTER_PER_ADDRESS, Set.of(), REAUTHENTICATION_WINDOW);
    }

    /** The same policy with another registration limit (tests that register many accounts from one address). */
    public AuthPolicy withRegisterPerAddress(ThrottleRule rule) {
        return new AuthPolicy(issuer, audience, accessTokenLifetime, refreshTokenLifetime, refreshGraceWindow,
                clockSkew, maxTokenLength, jwksCacheFor, keyPublishDelay, keyRotationPeriod, adminAccounts,
                loginBackoff, loginPerAddress, rule, supportAccounts, reauthenticationWindow);
    }

    /** The same policy granting the crisis-override scope to these accounts. */
    public AuthPolicy withSupportAccounts(Set<UUID> accounts) {
        return new AuthPolicy(issuer, audience, accessTokenLifetime, refreshTokenLifetime, refreshGraceWindow,
                clockSkew, maxTokenLength, jwksCacheFor, keyPublishDelay, keyRotationPeriod, adminAccounts,
                loginBackoff, loginPerAddress, registerPerAddress, accounts, reauthenticationWindow);
    }

    /** The same policy asking admin actions for a password sign-in within {@code window}. */
    public AuthPolicy withReauthenticationWindow(Duration window) {
        return new AuthPolicy(issuer, audience, accessTokenLifetime, refreshTokenLifetime, refreshGraceWindow,
                clockSkew, maxTokenLength, jwksCacheFor, keyPublishDelay, keyRotationPeriod, adminAccounts,
                loginBackoff, loginPerAddress, registerPerAddress, supportAccounts, window);
    }

    /**
     * What the account may do <em>now</em>, from the configuration this instance runs with: {@code account} for every
     * account, the admin scopes for {@link #adminAccounts()}, the crisis-override scope for {@link #supportAccounts()}.
     * Login puts these in the access token; every request is then held to them again (ADR 0021), so taking an account
     * off {@code HEARTH_ADMIN_ACCOUNT_IDS} or {@code HEARTH_SUPPORT_ACCOUNT_IDS} ends the privilege for every
     * credential it already holds.
     */
    public List<String> scopesGrantedTo(UUID accountId) {
        List<String> scopes = new ArrayList<>(List.of(Scopes.ACCOUNT));
        if (adminAccounts.contains(accountId)) {
            scopes.add(Scopes.ADMIN_SIGNING_KEYS);
            scopes.add(Scopes.ADMIN_AUDIT);
        }
        if (supportAccounts.contains(accountId)) {
            scopes.add(Scopes.SUPPORT_CRISIS_OVERRIDE);
        }
        return List.copyOf(scopes);
    }

    /**
     * How long a retired key keeps verifying after its successor starts signing: the last token it signed lives an
     * access-token lifetime, plus the clock skew, plus five minutes for instances whose key cache is a minute old.
     */
    public Duration retiredKeyVerifiesFor() {
        return accessTokenLifetime.plus(clockSkew).plus(Duration.ofMinutes(5));
    }
}
