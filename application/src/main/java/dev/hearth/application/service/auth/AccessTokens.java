package dev.hearth.application.service.auth;

import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.SignAccessTokenPort;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Issues access tokens: the claims Hearth puts in them, signed with the ring's active key. */
final class AccessTokens {

    private final SignAccessTokenPort signer;
    private final SigningKeyRing ring;
    private final AuthPolicy policy;

    AccessTokens(SignAccessTokenPort signer, SigningKeyRing ring, AuthPolicy policy) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.ring = Objects.requireNonNull(ring, "ring");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The scopes an account gets now ({@link AuthPolicy#scopesGrantedTo}). */
    List<String> scopesFor(UUID accountId) {
        return policy.scopesGrantedTo(accountId);
    }

    /**
     * A signed token for the account, valid from {@code now} (to the whole second) for the policy's lifetime. The
     * signing key is the one active at the exact {@code now}, not at the whole second: a key starts signing part-way
     * through a second (the first key the moment it is made), so at the truncated time it would still be pending and,
     * for the first key, there would be no key to sign with at all. {@code authTime} is the password sign-in the
     * session started with ({@code auth_time}), the same for every token of one refresh-token family, whose id is the
     * token's {@code sid}.
     */
    String issue(UUID accountId, UUID sessionId, List<String> scopes, Instant authTime, Instant now) {
        StoredSigningKey key = ring.signingKey(now);
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS); // JWT times are whole seconds
        AccessTokenClaims claims = new AccessTokenClaims(policy.issuer(), List.of(policy.audience()),
                accountId.toString(), issuedAt, issuedAt, expiresAt(issuedAt), UUID.randomUUID().toString(), scopes,
                authTime == null ? null : authTime.truncatedTo(ChronoUnit.SECONDS), sessionId.toString());
        return signer.sign(claims, key.keyPair());
    }

    Instant expiresAt(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).plus(policy.accessTokenLifetime());
    }
}
