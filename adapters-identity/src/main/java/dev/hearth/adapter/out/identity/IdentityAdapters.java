package dev.hearth.adapter.out.identity;

import java.util.Objects;

/**
 * The one public entry to the identity adapter: password hashing, the e-mail blind index, access-token keys, signing
 * and verification. Bootstrap builds it once from configuration. (The throttles live in adapters-redis, shared by every
 * instance: ADR 0027.)
 *
 * <pre>{@code
 * IdentityAdapters identity = IdentityAdapters.create(lookupKey, Argon2Parameters.OWASP);
 * new SessionsService(..., identity.passwords(), identity.blindIndex(), redis.throttle(), ...,
 *         identity.accessTokens(), ...);
 * }</pre>
 */
public final class IdentityAdapters {

    /** Argon2id hashes allowed to run at once: two per core, at least two. */
    public static final int MAX_CONCURRENT_HASHES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final Argon2idPasswordHashAdapter passwords;
    private final HmacBlindIndexAdapter blindIndex;
    private final NimbusAccessTokenAdapter accessTokens = new NimbusAccessTokenAdapter();

    private IdentityAdapters(Argon2idPasswordHashAdapter passwords, HmacBlindIndexAdapter blindIndex) {
        this.passwords = passwords;
        this.blindIndex = blindIndex;
    }

    /**
     * @param lookupKey     the blind-index key, at least 32 bytes (secret)
     * @param argon2        the cost of new password hashes ({@link Argon2Parameters#OWASP} in production)
     */
    public static IdentityAdapters create(byte[] lookupKey, Argon2Parameters argon2) {
        Objects.requireNonNull(argon2, "argon2");
        return new IdentityAdapters(new Argon2idPasswordHashAdapter(argon2, MAX_CONCURRENT_HASHES),
                new HmacBlindIndexAdapter(lookupKey));
    }

    /** {@code HashPasswordPort}: Argon2id, PHC strings. */
    public Argon2idPasswordHashAdapter passwords() {
        return passwords;
    }

    /** {@code ComputeBlindIndexPort}: HMAC-SHA-256 of the normalised address. */
    public HmacBlindIndexAdapter blindIndex() {
        return blindIndex;
    }

    /** {@code GenerateSigningKeyPort}, {@code SignAccessTokenPort}, {@code VerifyAccessTokenSignaturePort}: ES256. */
    public NimbusAccessTokenAdapter accessTokens() {
        return accessTokens;
    }

    /**
     * {@code VerifyExternalTokenPort} for an external issuer (ADR 0020): its JWKS fetched over HTTP, cached, behind a
     * circuit breaker. Build one per issuer and keep it (the cache and the breaker live in it).
     */
    public static NimbusExternalTokenAdapter externalIssuer(ExternalIssuerConfig config, java.time.Clock clock) {
        return new NimbusExternalTokenAdapter(config, clock);
    }
}
