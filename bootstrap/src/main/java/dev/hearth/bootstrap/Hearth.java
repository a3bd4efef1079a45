package dev.hearth.bootstrap;

import dev.hearth.adapter.in.http.HttpServer;
import dev.hearth.adapter.in.http.HttpSettings;
import dev.hearth.adapter.out.identity.Argon2Parameters;
import dev.hearth.adapter.in.http.RateLimiting;
import dev.hearth.application.service.ratelimit.AdmitRequestService;
import dev.hearth.adapter.out.postgres.JdbiHouseholdAccessAdapter;
import dev.hearth.adapter.out.postgres.JdbiHouseholdAdapter;
import dev.hearth.adapter.out.postgres.MigrationResult;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.adapter.out.redis.RedisAdapters;
import dev.hearth.application.port.in.access.HouseholdAccessUseCases;
import dev.hearth.application.port.in.household.HouseholdUseCases;
import dev.hearth.application.port.in.idempotency.RunIdempotentlyUseCase;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.service.access.HouseholdAccessService;
import dev.hearth.application.service.access.HouseholdRecordsService;
import dev.hearth.application.service.audit.AuditTrailService;
import dev.hearth.application.service.health.CheckReadinessService;
import dev.hearth.application.service.household.DebtsService;
import dev.hearth.application.service.household.HouseholdsService;
import dev.hearth.application.service.household.SavedEstimatesService;
import dev.hearth.application.service.idempotency.IdempotencyService;
import dev.hearth.bootstrap.config.HearthConfig;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Hearth, wired by hand with plain constructors: driven adapters first (PostgreSQL, Redis), then the
 * application services over their ports, then the driving adapter (HTTP) over the use cases. {@link #close()} stops
 * in reverse order: HTTP first (draining requests in flight), then Redis, then PostgreSQL.
 */
public final class Hearth implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Hearth.class);

    private final Deque<AutoCloseable> toClose;
    private final HttpServer http;
    private final PostgresSettings database;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Hearth(Deque<AutoCloseable> toClose, HttpServer http, PostgresSettings database) {
        this.database = database;
        this.toClose = toClose;
        this.http = http;
    }

    /**
     * Starts everything: the database (embedded in development when no URL is configured), its migrations, the field
     * encryption keyset, Redis (or its in-process fallbacks) and the HTTP server. On failure, whatever was started is
     * stopped again.
     */
    public static Hearth start(HearthConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** As {@link #start(HearthConfig)}, with every service reading the time from {@code clock} (tests). */
    static Hearth start(HearthConfig config, Clock clock) {
        LOG.info("Starting Hearth: {}", config.describe());
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            // driven adapters
            PostgresAdapters postgres = PostgresAdapters.start(config.postgres());
            started.push(postgres);
            ServingLoginPolicy.check(config, postgres::login);
            // the field keyset: HEARTH_FIELD_KEYSET, or (dev) the development keyset, generated on first start; the
            // household adapter encrypts its documents with it, and a migration re-encoding documents needs it
            TinkFieldEncryptionAdapter encryption = TinkFieldEncryptionAdapter.create(config.fieldKeyset().load());
            LOG.info("Field encryption: primary key {}", Integer.toUnsignedString(
                    encryption.keyset().primaryKeyId()));
            MigrationResult migrated = postgres.migrate(encryption);
            LOG.info("Database: {} (schema version {})", postgres.describe(), migrated.schemaVersion());
            RedisAdapters redis = RedisAdapters.start(config.redis());
            started.push(redis);
            IdentityWiring identity = IdentityWiring.start(config.identity(), postgres.identity(encryption),
                    postgres.auditLog(), Argon2Parameters.OWASP, clock, java.util.function.UnaryOperator.identity(),
                    redis.throttle());
            started.push(identity);

            // application services over the ports
            JdbiHouseholdAdapter households = postgres.households(encryption);
            JdbiHouseholdAccessAdapter access = postgres.householdAccess(encryption);
            AuditTrailService auditTrail = new AuditTrailService(postgres.auditLog(), postgres.auditLog(),
                    postgres.auditLog(), clock);
            HouseholdWiring householdWiring = householdUseCases(households, access, postgres.auditLog(), clock,
                    HearthVersion.engine());
            // every use case scoped as its interface declares, in one place (ADR 0024)
            UseCases useCases = ActingAccount.scope(UseCases.withCalculations(
                    new CheckReadinessService(List.of(postgres.health(), redis.health())),
                    householdWiring.households(), auditTrail, auditTrail, identity.useCases(),
                    householdWiring.access()), households::actingAs);

            // one effect per idempotency key: kept in PostgreSQL with the effect, held in flight in Redis (ADR 0026)
            RunIdempotentlyUseCase idempotency = idempotency(postgres, encryption, redis, clock);

            // driving adapter over the use cases
            // request limits shared through Redis (ADR 0027); AdmitRequestUseCase is UNSCOPED, so it needs no scoping
            RateLimiting rateLimiting = new RateLimiting(new AdmitRequestService(redis.quotas(), config.rateLimits(),
                    clock), config.rateLimits());
            HttpServer http = HttpServer.start(httpSettings(config), HearthApi.routeModules(useCases),
                    useCases.auth().authenticate(), useCases.householdAccess().check(), rateLimiting, idempotency);
            started.push(http);
            LOG.info("Hearth is ready on http://{}:{} (docs at /docs)", displayHost(config.httpHost()), http.port());
            return new Hearth(started, http, postgres.settingsOfTheSameServer());
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /**
     * {@code count} identical instances, as behind a load balancer: the first on {@code config}'s port, the next on the
     * following ports (all on free ports when it is 0), every one on the first's database (with no {@code DATABASE_URL},
     * the embedded server the first starts) and the same Redis. Each is a whole Hearth: its own HTTP server, pools,
     * Redis client and in-process fallbacks, so without {@code REDIS_URL} they share the database and nothing else. On
     * failure the ones started are stopped again.
     */
    static List<Hearth> startInstances(HearthConfig config, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one instance");
        }
        List<Hearth> started = new ArrayList<>();
        try {
            started.add(start(config));
            if (count > 1 && config.redis().isInProcess()) {
                LOG.warn("{} instances without REDIS_URL: they share the database but not idempotency holds, request "
                        + "limits or throttles; set REDIS_URL to make them behave as one", count);
            }
            for (int i = 1; i < count; i++) {
                int port = config.httpPort() == 0 ? 0 : config.httpPort() + i;
                started.add(start(config.withHttpPort(port).withPostgres(started.get(0).database)));
            }
            return List.copyOf(started);
        } catch (RuntimeException e) {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
            throw e;
        }
    }

    /**
     * The household and household-access use cases over the PostgreSQL adapters (ADR 0016, 0019): creating a
     * household makes the caller its owner and the list holds only the caller's households. Not yet scoped: {@link
     * #start} scopes every use case at once ({@link ActingAccount}).
     */
    static HouseholdWiring householdUseCases(JdbiHouseholdAdapter store, JdbiHouseholdAccessAdapter access,
                                             AppendAuditEventPort audit, Clock clock, String engineVersion) {
        HouseholdsService households = new HouseholdsService(store, store, store, audit, clock);
        DebtsService debts = new DebtsService(store, store, store, store, audit, clock);
        SavedEstimatesService estimates = new SavedEstimatesService(store, store.savedEstimates(),
                store.savedEstimates(), store, audit, clock, engineVersion);
        HouseholdAccessService accessService = new HouseholdAccessService(households, access, store, access, store,
                audit, clock);
        HouseholdRecordsService records = new HouseholdRecordsService(store, store, store.savedEstimates(), access,
                store, audit, clock);
        // creating and listing households go through the access service: the creator becomes the owner, the list
        // holds only the caller's households
        HouseholdUseCases useCases = new HouseholdUseCases(accessService, households, accessService, households,
                households, debts, debts, debts, debts, debts, estimates, estimates, estimates, estimates, debts);
        HouseholdAccessUseCases accessUseCases = new HouseholdAccessUseCases(accessService, accessService,
                accessService, accessService, records, records, accessService, accessService, records);
        return new HouseholdWiring(useCases, accessUseCases);
    }

    /** The household use cases and the access use cases, wired together. */
    record HouseholdWiring(HouseholdUseCases households, HouseholdAccessUseCases access) {
    }

    /**
     * One effect per idempotency key (ADR 0026): answers kept in PostgreSQL with the effect, keys in flight held in
     * Redis (or in this process when Redis is away).
     */
    static RunIdempotentlyUseCase idempotency(PostgresAdapters postgres, FieldEncryptionPort encryption,
                                              RedisAdapters redis, Clock clock) {
        return new IdempotencyService(postgres.idempotency(encryption), redis.inFlightRequests(), clock);
    }

    /** The HTTP settings for a configuration. */
    static HttpSettings httpSettings(HearthConfig config) {
        return new HttpSettings(config.httpHost(), config.httpPort(), config.maxRequestBytes(), config.shutdownGrace(),
                HearthApi.INFO, config.connectionLimits(), config.trustedProxies());
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }

    /** The HTTP port actually bound. */
    public int httpPort() {
        return http.port();
    }

    /** Stops HTTP (draining requests in flight), then Redis, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        LOG.info("Stopping Hearth");
        closeAll(toClose);
        LOG.info("Hearth stopped");
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable c = started.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Could not stop {} cleanly", c.getClass().getSimpleName(), e);
            }
        }
    }
}
