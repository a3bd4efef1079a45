package dev.hearth.application.service.auth;

import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Privileges are checked when they are used, not when a credential was minted (ADR 0021). A credential (access token,
 * API key, external token) carries the scopes it was given; the caller may use only those the account still holds in
 * the configuration this instance runs with. And a Hearth sign-in is recent when its password login
 * ({@code auth_time}) lies within {@link AuthPolicy#reauthenticationWindow()} of now.
 */
final class CurrentPrivileges {

    private final AuthPolicy policy;
    private final Clock clock;

    CurrentPrivileges(AuthPolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The caller holding {@code credential}, with the scopes it may use now and whether its sign-in is recent. */
    AuthenticatedAccount of(AuthenticatedAccount credential) {
        List<String> grantedNow = policy.scopesGrantedTo(credential.accountId());
        List<String> effective = credential.scopes().stream().filter(grantedNow::contains).distinct().toList();
        return credential.withPrivileges(effective, signedInRecently(credential, clock.instant()));
    }

    /**
     * Whether the caller is a person who typed their password into Hearth within the window: a Hearth access token
     * with an {@code auth_time} no older than the window and not in the future (beyond the allowed clock skew).
     */
    private boolean signedInRecently(AuthenticatedAccount caller, Instant now) {
        Instant signedIn = caller.authenticatedAt();
        return caller.credential() == CredentialKind.ACCESS_TOKEN && signedIn != null
                && !signedIn.isBefore(now.minus(policy.reauthenticationWindow()))
                && !signedIn.isAfter(now.plus(policy.clockSkew()));
    }
}
