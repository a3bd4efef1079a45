package dev.hearth.bootstrap;

import dev.hearth.adapter.out.identity.Argon2Parameters;
import dev.hearth.adapter.out.identity.ExternalIssuerConfig;
import dev.hearth.adapter.out.identity.IdentityAdapters;
import dev.hearth.adapter.out.identity.NimbusExternalTokenAdapter;
import dev.hearth.adapter.out.postgres.JdbiApiKeyAdapter;
import dev.hearth.adapter.out.postgres.JdbiIdentityAdapter;
import dev.hearth.application.port.in.auth.ApiKeyUseCases;
import dev.hearth.application.port.in.auth.AuthUseCases;
import dev.hearth.application.port.in.auth.RotateSigningKeyCommand;
import dev.hearth.application.port.in.auth.RotateSigningKeyUseCase;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.service.auth.AccountsService;
import dev.hearth.application.service.auth.ApiKeyPolicy;
import dev.hearth.application.service.auth.ApiKeysService;
import dev.hearth.application.service.auth.AuthenticateApiKeyService;
import dev.hearth.application.service.auth.AuthenticateCallerService;
import dev.hearth.application.service.auth.AuthenticateExternalTokenService;
import dev.hearth.application.service.auth.AuthPolicy;
import dev.hearth.application.service.auth.AuthenticateBearerTokenService;
import dev.hearth.application.service.auth.RejectionAuditAllowance;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.adapter.out.redis.RedisAdapters;
import dev.hearth.application.service.auth.SessionsService;
import dev.hearth.application.service.auth.SigningKeyRing;
import dev.hearth.application.service.auth.SigningKeysService;
import dev.hearth.bootstrap.config.IdentitySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and sessions, wired by hand (ADR 0018): the identity adapter's cryptography and the PostgreSQL store under
 * the auth services, plus the signing-key schedule. Starting it makes the first signing key if there is none; then a
 * single daemon thread checks every {@link #CHECK_EVERY} whether the key is due for rotation. {@link #close()} stops
 * the schedule.
 */
final class IdentityWiring implements AutoCloseable {

    /** How often the schedule asks whether the signing key is due. */
    static final Duration CHECK_EVERY = Duration.ofHours(1);
    /** The actor of scheduled rotations in the audit trail. */
    static final String SCHEDULE_ACTOR = "system:signing-key-rotation";

    private static final Logger LOG = LoggerFactory.getLogger(IdentityWiring.class);

    private final AuthUseCases useCases;
    private final ScheduledExecutorService schedule;

    private IdentityWiring(AuthUseCases useCases, ScheduledExecutorService schedule) {
        this.useCases = useCases;
        this.schedule = schedule;
    }

    /** Builds the services, makes sure a signing key exists, and starts the rotation schedule. */
    static IdentityWiring start(IdentitySettings settings, JdbiIdentityAdapter store, AppendAuditEventPort audit,
                                Argon2Parameters argon2, Clock clock) {
        return start(settings, store, audit, argon2, clock, UnaryOperator.identity());
    }

    /** As above, with the default policy adjusted by {@code adjust} (tests). */
    static IdentityWiring start(IdentitySettings settings, JdbiIdentityAdapter store, AppendAuditEventPort audit,
                                Argon2Parameters argon2, Clock clock, UnaryOperator<AuthPolicy> adjust) {
        return start(settings, store, audit, argon2, clock, adjust, RedisAdapters.inProcessThrottle());
    }

    /**
     * As above, with the failures counted in {@code throttle}: the login back-off, the registration cap and the audit
     * allowances of refused credentials (shared through Redis when Hearth runs several instances, ADR 0027).
     */
    static IdentityWiring start(IdentitySettings settings, JdbiIdentityAdapter store, AppendAuditEventPort audit,
                                Argon2Parameters argon2, Clock clock, UnaryOperator<AuthPolicy> adjust,
                                ThrottleAttemptsPort throttle) {
        IdentityAdapters identity = IdentityAdapters.create(settings.lookupKey(), argon2);
        AuthPolicy policy = adjust.apply(AuthPolicy.defaults(settings.issuer(), settings.audience(),
                settings.adminAccounts(), settings.keyRotationPeriod())
                .withSupportAccounts(settings.supportAccounts())
                .withReauthenticationWindow(settings.reauthenticationWindow()));
        SigningKeyRing ring = new SigningKeyRing(store);
        AccountsService accounts = new AccountsService(store, store, identity.passwords(), identity.blindIndex(),
                throttle, policy, audit, clock);
        SessionsService sessions = new SessionsService(store, store, identity.passwords(), identity.blindIndex(),
                throttle, store, identity.accessTokens(), ring, policy, audit, clock);
        SigningKeysService keys = new SigningKeysService(store, identity.accessTokens(), ring, policy, audit, clock);
        // refused credentials are audited at most RejectionAuditAllowance.PER_ADDRESS a minute per client address and
        // kind, counted in the one shared throttle (API keys under ApiKeyPolicy's rule of the same size)
        AuthenticateBearerTokenService bearer = new AuthenticateBearerTokenService(identity.accessTokens(), ring,
                store, policy, audit,
                new RejectionAuditAllowance(throttle, RejectionAuditAllowance.ACCESS_TOKENS), clock);
        JdbiApiKeyAdapter apiKeyStore = store.apiKeys();
        ApiKeyPolicy apiKeyPolicy = ApiKeyPolicy.defaults(settings.apiKeyRotationOverlap());
        ApiKeysService apiKeys = new ApiKeysService(apiKeyStore, apiKeyStore, apiKeyPolicy, audit, clock);
        AuthenticateApiKeyService apiKeyAuthenticator = new AuthenticateApiKeyService(apiKeyStore, apiKeyStore,
                throttle, apiKeyPolicy, audit, clock);
        AuthenticateCallerService callers;
        IdentitySettings.ExternalIssuer external = settings.externalIssuer();
        if (external == null) {
            callers = new AuthenticateCallerService(bearer, apiKeyAuthenticator, policy, clock);
        } else {
            NimbusExternalTokenAdapter externalTokens = IdentityAdapters.externalIssuer(
                    ExternalIssuerConfig.defaults(external.issuer(), external.jwksUrl()), clock);
            AuthenticateExternalTokenService externalAuthenticator = new AuthenticateExternalTokenService(
                    externalTokens, store.externalSubjects(), external.audience(), policy, audit,
                    new RejectionAuditAllowance(throttle, RejectionAuditAllowance.EXTERNAL_TOKENS), clock);
            callers = new AuthenticateCallerService(bearer, apiKeyAuthenticator, externalAuthenticator,
                    externalTokens::claimsIssuer, policy, clock);
        }
        AuthUseCases useCases = new AuthUseCases(accounts, sessions, sessions, sessions, accounts, callers, keys, keys,
                new ApiKeyUseCases(apiKeys, apiKeys, apiKeys, apiKeys));

        rotateIfDue(keys);
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hearth-signing-key-rotation");
            t.setDaemon(true);
            return t;
        });
        schedule.scheduleWithFixedDelay(() -> rotateIfDue(keys), CHECK_EVERY.toMinutes(), CHECK_EVERY.toMinutes(),
                TimeUnit.MINUTES);
        LOG.info("Identity: {}", settings);
        return new IdentityWiring(useCases, schedule);
    }

    /** One scheduled check: rotates when there is no key or the newest is older than the rotation period. */
    static void rotateIfDue(RotateSigningKeyUseCase keys) {
        try {
            var result = keys.rotate(new RotateSigningKeyCommand(
                    new CallContext(SCHEDULE_ACTOR, "job:" + UUID.randomUUID()),
                    RotateSigningKeyCommand.Trigger.SCHEDULED));
            if (result.rotated()) {
                LOG.info("Signing key rotated: {} key(s) published", result.keys().size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled signing-key rotation failed; the current key keeps signing, next try in {}",
                    CHECK_EVERY, e);
        }
    }

    AuthUseCases useCases() {
        return useCases;
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
