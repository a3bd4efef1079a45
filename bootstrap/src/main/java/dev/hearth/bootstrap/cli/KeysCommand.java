package dev.hearth.bootstrap.cli;

import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.KeyRotation;
import dev.hearth.adapter.out.postgres.crypto.KeyRotation.KeyCensus;
import dev.hearth.adapter.out.postgres.crypto.KeyRotation.RotationReport;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.bootstrap.HearthMain;
import dev.hearth.bootstrap.config.ConfigException;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.ConfigVariable;
import dev.hearth.bootstrap.config.FieldKeysetSettings;
import dev.hearth.bootstrap.config.HearthConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hearth keys ...}: the field-encryption keyset and the values it protects (runbook:
 * docs/runbooks/key-rotation.md).
 *
 * <p>Only the commands whose purpose is to output a keyset ({@code generate}, {@code add}, {@code promote},
 * {@code disable}, {@code enable}, {@code remove}) print key material, and only on standard output, so it can be piped
 * straight into a secret store; what they say to the operator (key ids, never keys) goes to standard error. Every
 * other command prints key ids and counts only.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Manage the field-encryption keyset (HEARTH_FIELD_KEYSET) and re-encrypt stored values "
                + "(docs/runbooks/key-rotation.md).",
                "Commands that print a keyset print it on standard output only: pipe it into the secret store."},
        subcommands = {KeysCommand.Generate.class, KeysCommand.Describe.class, KeysCommand.Add.class,
                KeysCommand.Promote.class, KeysCommand.Rotate.class, KeysCommand.Census.class,
                KeysCommand.Disable.class, KeysCommand.Enable.class, KeysCommand.Remove.class})
public final class KeysCommand implements Runnable {

    /** The actor of the audit event a rotation appends. */
    public static final String ROTATION_ACTOR = "system:key-rotation";
    /** The action of that event. */
    public static final String ROTATION_ACTION = "keys.rotated";
    /** Default rows per transaction for {@code rotate}. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private static final String KEYSET = ConfigVariable.HEARTH_FIELD_KEYSET.name();

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    // ----- keyset output: generate and the rotation steps ------------------------------------------------------------

    /** {@code hearth keys generate}: a new keyset of one key, on standard output. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Print a new keyset (one AES-256-GCM key, primary) on standard output, as "
                    + "HEARTH_FIELD_KEYSET takes it (base64 Tink JSON). Pipe it into the secret store.",
                    "Reads no configuration and starts nothing."})
    static final class Generate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            FieldKeyset keyset = FieldKeyset.generate();
            printKeyset(spec, keyset, "generated a new keyset");
            return 0;
        }
    }

    /** A rotation step: reads HEARTH_FIELD_KEYSET, changes it, prints the new keyset on standard output. */
    abstract static class KeysetChange implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        abstract FieldKeyset change(FieldKeyset current);

        abstract String what();

        @Override
        public Integer call() {
            FieldKeyset current = configuredKeyset(spec);
            FieldKeyset changed;
            try {
                changed = change(current);
            } catch (IllegalArgumentException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(spec.qualifiedName() + ": " + e.getMessage());
                err.println("Keys now (" + KEYSET + " unchanged):");
                err.println(indent(current.describe()));
                err.flush();
                return HearthMain.EXIT_USAGE;
            }
            printKeyset(spec, changed, what());
            return 0;
        }
    }

    /** A rotation step on one key. */
    abstract static class KeyIdChange extends KeysetChange {

        @Option(names = "--key-id", required = true, paramLabel = "ID",
                description = "The key's id, as `hearth keys describe` prints it.")
        String keyId;

        int keyId() {
            try {
                return FieldKeyset.parseKeyId(keyId);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--key-id: " + e.getMessage());
            }
        }
    }

    /** {@code hearth keys add}: rotation step 1. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Print HEARTH_FIELD_KEYSET plus a new key that decrypts but does not encrypt yet "
                    + "(rotation step 1). Deploy it everywhere before `promote`."})
    static final class Add extends KeysetChange {
        @Override
        FieldKeyset change(FieldKeyset current) {
            return current.withNewKey();
        }

        @Override
        String what() {
            return "added a new key (decrypts only; promote it after deploying this keyset everywhere)";
        }
    }

    /** {@code hearth keys promote --key-id ID}: rotation step 2. */
    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = {"Print HEARTH_FIELD_KEYSET with key ID as the primary, the one that encrypts "
                    + "(rotation step 2). Then deploy, then `hearth keys rotate`."})
    static final class Promote extends KeyIdChange {
        @Override
        FieldKeyset change(FieldKeyset current) {
            return current.withPrimary(keyId());
        }

        @Override
        String what() {
            return "made key " + keyId + " the primary";
        }
    }

    /** {@code hearth keys disable --key-id ID}: rotation step 5. */
    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Print HEARTH_FIELD_KEYSET with key ID disabled: it no longer decrypts, but can be "
                    + "enabled again (rotation step 5; only after `census` shows 0 values under it)."})
    static final class Disable extends KeyIdChange {
        @Override
        FieldKeyset change(FieldKeyset current) {
            return current.withKeyDisabled(keyId());
        }

        @Override
        String what() {
            return "disabled key " + keyId;
        }
    }

    /** {@code hearth keys enable --key-id ID}: undoes {@code disable}. */
    @Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Print HEARTH_FIELD_KEYSET with key ID enabled again (undoes `disable`).")
    static final class Enable extends KeyIdChange {
        @Override
        FieldKeyset change(FieldKeyset current) {
            return current.withKeyEnabled(keyId());
        }

        @Override
        String what() {
            return "enabled key " + keyId;
        }
    }

    /** {@code hearth keys remove --key-id ID}: rotation step 6. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Print HEARTH_FIELD_KEYSET without key ID (rotation step 6). Anything still under it is "
                    + "lost for good: only after `census` shows 0 and a quiet period with it disabled."})
    static final class Remove extends KeyIdChange {
        @Override
        FieldKeyset change(FieldKeyset current) {
            return current.withoutKey(keyId());
        }

        @Override
        String what() {
            return "removed key " + keyId;
        }
    }

    /** The keyset on standard output (nothing else there); ids and advice on standard error. */
    private static void printKeyset(CommandSpec spec, FieldKeyset keyset, String what) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(keyset.toBase64Json());
        out.flush();
        err.println(spec.qualifiedName() + ": " + what + ". Keys now:");
        err.println(indent(keyset.describe()));
        err.println("The keyset on standard output is secret: store it as " + KEYSET
                + " in the secret store, never in a ticket, chat or log.");
        err.flush();
    }

    /** HEARTH_FIELD_KEYSET, required and valid, for the rotation steps. */
    private static FieldKeyset configuredKeyset(CommandSpec spec) {
        String value = HearthMain.of(spec).environment().get(KEYSET);
        if (value == null || value.isBlank()) {
            throw new ConfigException(List.of(KEYSET + ": not set; `" + spec.qualifiedName()
                    + "` changes the keyset given there and prints the new one (e.g. " + KEYSET + "=<current> "
                    + spec.qualifiedName() + " | <secret store>)"));
        }
        try {
            return FieldKeyset.fromBase64Json(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of(KEYSET + ": " + e.getMessage() + " (value not shown: it is secret)"));
        }
    }

    // ----- describe, census, rotate: ids and counts only ------------------------------------------------------------

    /** {@code hearth keys describe}: key ids and state, never keys. */
    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = {"Print the key ids of the keyset in use, whether each is enabled and which is primary: "
                    + "never the keys.",
                    "The keyset is HEARTH_FIELD_KEYSET, or in dev, when unset, the development keyset under "
                            + "HEARTH_DATA_DIR/keys."})
    static final class Describe implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            FieldKeysetSettings settings = ConfigLoader.fieldKeyset(HearthMain.of(spec).environment());
            Optional<FieldKeyset> keyset = settings.loadExisting();
            if (keyset.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("hearth keys describe: " + KEYSET + " is not set and there is no development keyset at "
                        + settings.developmentFile() + " yet (`hearth serve` creates it)");
                err.flush();
                return HearthMain.EXIT_USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(keyset.get().describe());
            out.flush();
            return 0;
        }
    }

    /** {@code hearth keys census}: how many stored values each key protects. */
    @Command(name = "census", mixinStandardHelpOptions = true,
            description = {"Print, for every encrypted column, how many stored values each key protects (rotation "
                    + "step 4: the old key must show 0 everywhere before it is disabled).",
                    "Exit codes: 0 every value is under a key this keyset decrypts with, 1 some are not (or the "
                            + "database could not be read), 2 bad configuration."})
    static final class Census implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            HearthConfig config = ConfigLoader.load(HearthMain.of(spec).environment());
            FieldKeyset keyset = config.fieldKeyset().load();
            try (PostgresAdapters postgres = PostgresAdapters.start(config.postgres())) {
                KeyRotation rotation = postgres.keyRotation(TinkFieldEncryptionAdapter.create(keyset));
                return census(rotation, keyset, EncryptedColumns.all(), spec.commandLine().getOut());
            }
        }
    }

    /** {@code hearth keys rotate [--batch-size N]}: re-encrypt stored values under the primary key. */
    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = {"Re-encrypt every value of every registered encrypted column under the primary key, in "
                    + "primary-key order, one short transaction per batch, while the service keeps running; "
                    + "print progress after every batch and one line per column (rotation step 3).",
                    "Idempotent: values already under the primary are skipped, so an interrupted run is resumed by "
                            + "running again. Records the run in the audit trail (actor system:key-rotation).",
                    "Exit codes: 0 complete, 1 some values could not be decrypted (row ids listed) or the run "
                            + "could not be recorded, 2 bad usage or configuration."})
    static final class Rotate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + DEFAULT_BATCH_SIZE,
                description = "Rows per transaction (1-" + KeyRotation.MAX_BATCH_SIZE + ", default ${DEFAULT-VALUE}).")
        private int batchSize;

        @Override
        public Integer call() {
            if (batchSize < 1 || batchSize > KeyRotation.MAX_BATCH_SIZE) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("hearth keys rotate: --batch-size must be from 1 to " + KeyRotation.MAX_BATCH_SIZE
                        + " (was " + batchSize + ")");
                err.flush();
                return HearthMain.EXIT_USAGE;
            }
            HearthConfig config = ConfigLoader.load(HearthMain.of(spec).environment());
            FieldKeyset keyset = config.fieldKeyset().load();
            try (PostgresAdapters postgres = PostgresAdapters.start(config.postgres())) {
                KeyRotation rotation = postgres.keyRotation(TinkFieldEncryptionAdapter.create(keyset));
                return rotate(rotation, keyset.primaryKeyId(), postgres.auditLog(), EncryptedColumns.all(),
                        batchSize, Clock.systemUTC(), spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }
    }

    /**
     * Prints the census of {@code columns}; returns 1 when some value is under a key {@code keyset} cannot decrypt
     * with (or names no key), else 0.
     */
    static int census(KeyRotation rotation, FieldKeyset keyset, List<EncryptedColumn> columns, PrintWriter out) {
        if (columns.isEmpty()) {
            out.println("no encrypted columns are registered (EncryptedColumns.all()): nothing to count");
            out.flush();
            return 0;
        }
        long unreadable = 0;
        long notPrimary = 0;
        for (KeyCensus census : rotation.census(columns)) {
            out.println(census.column() + ":");
            for (FieldKeyset.KeyInfo key : keyset.keys()) {
                long n = census.count(key.id());
                out.println("  " + key + ": " + n);
                if (!key.primary()) {
                    notPrimary += n;
                }
                if (!key.enabled()) {
                    unreadable += n;
                }
            }
            for (Map.Entry<Integer, Long> found : census.byKeyId().entrySet()) {
                if (keyset.keys().stream().noneMatch(k -> k.id() == found.getKey())) {
                    out.println("  " + Integer.toUnsignedString(found.getKey()) + " not in this keyset: "
                            + found.getValue());
                    unreadable += found.getValue();
                    notPrimary += found.getValue();
                }
            }
            out.println("  without key id: " + census.withoutKeyId());
            unreadable += census.withoutKeyId();
            notPrimary += census.withoutKeyId();
        }
        String primary = Integer.toUnsignedString(keyset.primaryKeyId());
        if (unreadable > 0) {
            out.println("WARNING: " + unreadable + " value(s) cannot be decrypted with this keyset (disabled or "
                    + "unknown key, or no key id): see 'On failed rows' in docs/runbooks/key-rotation.md");
        } else if (notPrimary > 0) {
            out.println(notPrimary + " value(s) are not under the primary key " + primary
                    + " yet: run `hearth keys rotate`");
        } else {
            out.println("every value is under the primary key " + primary);
        }
        out.flush();
        return unreadable > 0 ? HearthMain.EXIT_FAILURE : 0;
    }

    /**
     * Re-encrypts {@code columns}, printing progress and one report line per column, and appends one audit event
     * (actor {@value #ROTATION_ACTOR}) with the totals. Returns 0 when every report is complete, else 1; also 1 when
     * the event cannot be appended.
     */
    static int rotate(KeyRotation rotation, int primaryKeyId, AppendAuditEventPort audit,
                      List<EncryptedColumn> columns, int batchSize, Clock clock, PrintWriter out, PrintWriter err) {
        String primary = Integer.toUnsignedString(primaryKeyId);
        out.println("re-encrypting " + columns.size() + " column(s) under primary key " + primary + ", batches of "
                + batchSize);
        if (columns.isEmpty()) {
            out.println("no encrypted columns are registered (EncryptedColumns.all()): nothing to re-encrypt");
        }
        out.flush();
        List<RotationReport> reports = rotation.reEncryptAll(columns, batchSize, progress -> {
            out.println(progress.column() + ": batch " + progress.batches() + ", scanned " + progress.scanned()
                    + ", re-encrypted " + progress.reEncrypted() + ", up to row " + progress.lastRowId());
            out.flush();
        });
        Map<String, Long> totals = new LinkedHashMap<>();
        for (RotationReport report : reports) {
            out.println(report);
            totals.merge("scanned", report.scanned(), Long::sum);
            totals.merge("re_encrypted", report.reEncrypted(), Long::sum);
            totals.merge("already_current", report.alreadyCurrent(), Long::sum);
            totals.merge("changed_meanwhile", report.changedMeanwhile(), Long::sum);
            totals.merge("failed", report.failed(), Long::sum);
        }
        boolean complete = reports.stream().allMatch(RotationReport::complete);
        long failed = totals.getOrDefault("failed", 0L);
        long changed = totals.getOrDefault("changed_meanwhile", 0L);
        if (!complete) {
            out.println("rotation INCOMPLETE: " + failed + " value(s) could not be decrypted and were left "
                    + "untouched: see 'On failed rows' in docs/runbooks/key-rotation.md");
        } else if (changed > 0) {
            out.println("rotation complete; " + changed + " value(s) changed meanwhile: run `hearth keys rotate` "
                    + "again to confirm they are current");
        } else {
            out.println("rotation complete: every value is under primary key " + primary);
        }
        out.flush();

        AuditEvent event = AuditEvent.of(ROTATION_ACTOR, ROTATION_ACTION, "field_keyset", primary, clock.instant(),
                "key-rotation:" + UUID.randomUUID()).withDetail("columns", Integer.toString(columns.size()))
                .withDetail("batch_size", Integer.toString(batchSize))
                .withDetail("complete", Boolean.toString(complete));
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            event = event.withDetail(total.getKey(), Long.toString(total.getValue()));
        }
        try {
            RecordedAuditEvent recorded = audit.append(event);
            out.println("recorded in the audit trail as event " + recorded.sequence());
            out.flush();
        } catch (ApplicationException e) {
            err.println("hearth keys rotate: the run could not be recorded in the audit trail ("
                    + e.errorCode().code() + "): " + e.getMessage());
            err.flush();
            return HearthMain.EXIT_FAILURE;
        }
        return complete ? 0 : HearthMain.EXIT_FAILURE;
    }

    private static String indent(String lines) {
        return lines.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
