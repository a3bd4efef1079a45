package dev.hearth.bootstrap;

import dev.hearth.adapter.in.cli.CommandLineBackend;
import dev.hearth.adapter.in.cli.FieldKeysets;
import dev.hearth.adapter.in.cli.JsonDocumentCodec;
import dev.hearth.adapter.in.cli.UsageException;
import dev.hearth.adapter.in.cli.UseCaseSession;
import dev.hearth.adapter.in.http.JsonDocuments;
import dev.hearth.adapter.out.postgres.MigrationResult;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.PostgresFieldKeysAdapter;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.port.in.audit.VerifyAuditChainUseCase;
import dev.hearth.application.port.in.crypto.CountFieldKeysUseCase;
import dev.hearth.application.port.in.crypto.RotateFieldKeysUseCase;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.CompareCircumstancesUseCase;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.application.service.audit.AuditTrailService;
import dev.hearth.application.service.crypto.FieldKeysService;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.CompareCircumstancesService;
import dev.hearth.application.service.estimate.DrawEarningsCurveService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import dev.hearth.bootstrap.config.ConfigException;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.ConfigVariable;
import dev.hearth.bootstrap.config.FieldKeysetSettings;
import dev.hearth.bootstrap.config.HearthConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the {@code hearth} command line (module adapters-cli) is given: the use cases wired from the environment's
 * configuration, opened only by the commands that need them, the HTTP adapter's JSON codec, and the process
 * operations (serve, migrate, OpenAPI, the keyset as configuration). Bad configuration becomes a
 * {@link UsageException} (exit 2) carrying {@link ConfigException}'s message.
 */
class CommandLineWiring implements CommandLineBackend {

    private static final String KEYSET = ConfigVariable.HEARTH_FIELD_KEYSET.name();

    private final Map<String, String> environment;
    private final Clock clock;
    private final List<EncryptedColumn> encryptedColumns;

    /** The command line of the {@code hearth} executable: every registered encrypted column, the system clock. */
    CommandLineWiring(Map<String, String> environment) {
        this(environment, Clock.systemUTC(), EncryptedColumns.all());
    }

    /** With a clock and the encrypted columns the key commands walk (tests pass their own table). */
    CommandLineWiring(Map<String, String> environment, Clock clock, List<EncryptedColumn> encryptedColumns) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.encryptedColumns = List.copyOf(encryptedColumns);
    }

    @Override
    public String[] version() {
        return new String[] {"hearth " + HearthVersion.version() + " (commit " + HearthVersion.commit() + ", API "
                + HearthApi.VERSION + ")",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    @Override
    public JsonDocumentCodec json() {
        return new JsonDocumentCodec() {
            @Override
            public <T> T read(byte[] json, Class<T> type) {
                return JsonDocuments.read(json, type);
            }

            @Override
            public String write(Object value) {
                return JsonDocuments.write(value);
            }

            @Override
            public String problem(Throwable failure, String traceId) {
                return JsonDocuments.problem(failure, traceId);
            }
        };
    }

    @Override
    public EstimateUniversalCreditUseCase estimateUniversalCredit() {
        return new EstimateUniversalCreditService();
    }

    @Override
    public DrawEarningsCurveUseCase drawEarningsCurve() {
        return new DrawEarningsCurveService();
    }

    @Override
    public CompareCircumstancesUseCase compareCircumstances() {
        return new CompareCircumstancesService();
    }

    @Override
    public PlanDebtRepaymentsUseCase planDebtRepayments() {
        return new PlanDebtRepaymentsService();
    }

    @Override
    public AssessRentRiskUseCase assessRentRisk() {
        return new AssessRentRiskService();
    }

    @Override
    public UseCaseSession<VerifyAuditChainUseCase> openAuditChainVerification() {
        HearthConfig config = config();
        return open(config, postgres -> new AuditTrailService(postgres.auditLog(), postgres.auditLog(),
                postgres.auditLog(), clock));
    }

    @Override
    public UseCaseSession<RotateFieldKeysUseCase> openFieldKeyRotation() {
        return openFieldKeys(service -> service);
    }

    @Override
    public UseCaseSession<CountFieldKeysUseCase> openFieldKeyCensus() {
        return openFieldKeys(service -> service);
    }

    /** Both key use cases: the configured keyset over the encrypted columns, runs recorded in the audit trail. */
    private <T> UseCaseSession<T> openFieldKeys(Function<FieldKeysService, T> asUseCase) {
        HearthConfig config = config();
        FieldKeyset keyset = configured(() -> config.fieldKeyset().load());
        return open(config, postgres -> {
            PostgresFieldKeysAdapter adapter = postgres.fieldKeys(TinkFieldEncryptionAdapter.create(keyset),
                    encryptedColumns);
            return asUseCase.apply(new FieldKeysService(adapter, adapter, postgres.auditLog(), clock));
        });
    }

    @Override
    public FieldKeysets fieldKeysets() {
        return new ConfiguredFieldKeysets();
    }

    @Override
    public void serve(int instances) throws InterruptedException {
        List<Hearth> running = Hearth.startInstances(config(), instances);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // the first instance owns the embedded database, if any: stop it last
            for (int i = running.size() - 1; i >= 0; i--) {
                running.get(i).close();
            }
            stopped.countDown();
        }, "hearth-shutdown"));
        stopped.await();
    }

    @Override
    public String migrate() {
        HearthConfig config = config();
        // documents re-encoded by a migration (V60, ADR 0025) are decrypted and encrypted with the field keyset
        FieldKeyset keyset = configured(() -> config.fieldKeyset().load());
        try (PostgresAdapters postgres = PostgresAdapters.start(config.postgres())) {
            MigrationResult result = postgres.migrate(TinkFieldEncryptionAdapter.create(keyset));
            return String.format("Migrated %s: %d migration(s) applied, schema version %s", postgres.describe(),
                    result.migrationsExecuted(), result.schemaVersion());
        }
    }

    @Override
    public String openApiJson() {
        return HearthApi.openApiJson();
    }

    private HearthConfig config() {
        return configured(() -> ConfigLoader.load(environment));
    }

    /** Runs {@code load}, turning bad configuration into bad usage. */
    private static <T> T configured(Supplier<T> load) {
        try {
            return load.get();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Starts the database pool and a use case over it; closing the session closes the pool. */
    private static <T> UseCaseSession<T> open(HearthConfig config, Function<PostgresAdapters, T> useCase) {
        PostgresAdapters postgres = PostgresAdapters.start(config.postgres());
        T opened;
        try {
            opened = useCase.apply(postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new UseCaseSession<>() {
            @Override
            public T useCase() {
                return opened;
            }

            @Override
            public void close() {
                postgres.close();
            }
        };
    }

    /** The keyset as configuration: {@code HEARTH_FIELD_KEYSET} or the development keyset. */
    private final class ConfiguredFieldKeysets implements FieldKeysets {

        @Override
        public Keyset generate() {
            return new TinkKeyset(FieldKeyset.generate());
        }

        @Override
        public Keyset configured(String command) {
            String value = environment.get(KEYSET);
            if (value == null || value.isBlank()) {
                throw new UsageException(new ConfigException(List.of(KEYSET + ": not set; `" + command
                        + "` changes the keyset given there and prints the new one (e.g. " + KEYSET + "=<current> "
                        + command + " | <secret store>)")).getMessage());
            }
            try {
                return new TinkKeyset(FieldKeyset.fromBase64Json(value));
            } catch (IllegalArgumentException e) {
                throw new UsageException(new ConfigException(List.of(KEYSET + ": " + e.getMessage()
                        + " (value not shown: it is secret)")).getMessage());
            }
        }

        @Override
        public Optional<Keyset> inUse() {
            FieldKeysetSettings settings = CommandLineWiring.configured(() -> ConfigLoader.fieldKeyset(environment));
            return settings.loadExisting().map(TinkKeyset::new);
        }

        @Override
        public String developmentFile() {
            return CommandLineWiring.configured(() -> ConfigLoader.fieldKeyset(environment)).developmentFile()
                    .toString();
        }

        @Override
        public int parseKeyId(String text) {
            return FieldKeyset.parseKeyId(text);
        }
    }

    /** A Tink keyset, seen by the command line through ids, state and its secret form only. */
    private record TinkKeyset(FieldKeyset keyset) implements FieldKeysets.Keyset {

        @Override
        public FieldKeysets.Keyset withNewKey() {
            return new TinkKeyset(keyset.withNewKey());
        }

        @Override
        public FieldKeysets.Keyset withPrimary(int id) {
            return new TinkKeyset(keyset.withPrimary(id));
        }

        @Override
        public FieldKeysets.Keyset withKeyDisabled(int id) {
            return new TinkKeyset(keyset.withKeyDisabled(id));
        }

        @Override
        public FieldKeysets.Keyset withKeyEnabled(int id) {
            return new TinkKeyset(keyset.withKeyEnabled(id));
        }

        @Override
        public FieldKeysets.Keyset withoutKey(int id) {
            return new TinkKeyset(keyset.withoutKey(id));
        }

        @Override
        public String secret() {
            return keyset.toBase64Json();
        }

        @Override
        public String describe() {
            return keyset.describe();
        }

        /** Ids only. */
        @Override
        public String toString() {
            return keyset.toString();
        }
    }
}
