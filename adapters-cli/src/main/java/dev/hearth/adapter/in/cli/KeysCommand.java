package dev.hearth.adapter.in.cli;

import dev.hearth.adapter.in.cli.FieldKeysets.Keyset;
import dev.hearth.application.port.in.crypto.CountFieldKeysUseCase;
import dev.hearth.application.port.in.crypto.FieldKeyCensus;
import dev.hearth.application.port.in.crypto.FieldKeyRotation;
import dev.hearth.application.port.in.crypto.RotateFieldKeysCommand;
import dev.hearth.application.port.in.crypto.RotateFieldKeysUseCase;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.FieldKey;
import dev.hearth.application.port.model.FieldKeyCount;
import dev.hearth.application.port.model.FieldKeyRotationListener;
import dev.hearth.application.port.model.FieldReEncryptionProgress;
import dev.hearth.application.port.model.FieldReEncryptionReport;
import java.io.PrintWriter;
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
final class KeysCommand implements Runnable {

    /** A rotation runs as actor {@code system:key-rotation} (see {@link CallContext#system}). */
    static final String ROTATION_JOB = "key-rotation";
    /** Default rows per transaction for {@code rotate}. */
    static final int DEFAULT_BATCH_SIZE = RotateFieldKeysCommand.DEFAULT_BATCH_SIZE;

    private static final String KEYSET = "HEARTH_FIELD_KEYSET";

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
            Keyset keyset = HearthCommandLine.backend(spec).fieldKeysets().generate();
            printKeyset(spec, keyset, "generated a new keyset");
            return 0;
        }
    }

    /** A rotation step: reads HEARTH_FIELD_KEYSET, changes it, prints the new keyset on standard output. */
    abstract static class KeysetChange implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        abstract Keyset change(Keyset current);

        abstract String what();

        @Override
        public Integer call() {
            Keyset current = HearthCommandLine.backend(spec).fieldKeysets().configured(spec.qualifiedName());
            Keyset changed;
            try {
                changed = change(current);
            } catch (IllegalArgumentException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(spec.qualifiedName() + ": " + e.getMessage());
                err.println("Keys now (" + KEYSET + " unchanged):");
                err.println(indent(current.describe()));
                err.flush();
                return HearthCommandLine.EXIT_USAGE;
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
                return HearthCommandLine.backend(spec).fieldKeysets().parseKeyId(keyId);
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
        Keyset change(Keyset current) {
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
        Keyset change(Keyset current) {
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
        Keyset change(Keyset current) {
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
        Keyset change(Keyset current) {
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
        Keyset change(Keyset current) {
            return current.withoutKey(keyId());
        }

        @Override
        String what() {
            return "removed key " + keyId;
        }
    }

    /** The keyset on standard output (nothing else there); ids and advice on standard error. */
    private static void printKeyset(CommandSpec spec, Keyset keyset, String what) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(keyset.secret());
        out.flush();
        err.println(spec.qualifiedName() + ": " + what + ". Keys now:");
        err.println(indent(keyset.describe()));
        err.println("The keyset on standard output is secret: store it as " + KEYSET
                + " in the secret store, never in a ticket, chat or log.");
        err.flush();
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
            FieldKeysets keysets = HearthCommandLine.backend(spec).fieldKeysets();
            Optional<Keyset> keyset = keysets.inUse();
            if (keyset.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("hearth keys describe: " + KEYSET + " is not set and there is no development keyset at "
                        + keysets.developmentFile() + " yet (`hearth serve` creates it)");
                err.flush();
                return HearthCommandLine.EXIT_USAGE;
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
            try (UseCaseSession<CountFieldKeysUseCase> census =
                         HearthCommandLine.backend(spec).openFieldKeyCensus()) {
                return census(census.useCase().count(), spec.commandLine().getOut());
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
                description = "Rows per transaction (1-" + RotateFieldKeysCommand.MAX_BATCH_SIZE
                        + ", default ${DEFAULT-VALUE}).")
        private int batchSize;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RotateFieldKeysCommand command;
            try {
                command = new RotateFieldKeysCommand(CallContext.system(ROTATION_JOB, UUID.randomUUID().toString()),
                        batchSize, progressPrinter(batchSize, out));
            } catch (IllegalArgumentException e) {
                err.println("hearth keys rotate: --batch-size must be from 1 to "
                        + RotateFieldKeysCommand.MAX_BATCH_SIZE + " (was " + batchSize + ")");
                err.flush();
                return HearthCommandLine.EXIT_USAGE;
            }
            try (UseCaseSession<RotateFieldKeysUseCase> rotation =
                         HearthCommandLine.backend(spec).openFieldKeyRotation()) {
                return rotate(rotation.useCase(), command, out, err);
            }
        }
    }

    /**
     * Prints {@code census}; returns 1 when some value is under a key the keyset cannot decrypt with (or names no key),
     * else 0.
     */
    static int census(FieldKeyCensus census, PrintWriter out) {
        if (census.columns().isEmpty()) {
            out.println("no encrypted columns are registered (EncryptedColumns.all()): nothing to count");
            out.flush();
            return 0;
        }
        for (FieldKeyCount column : census.columns()) {
            out.println(column.column() + ":");
            for (FieldKey key : census.keys()) {
                out.println("  " + key + ": " + column.count(key.id()));
            }
            for (Map.Entry<Integer, Long> unknown : census.unknownKeys(column)) {
                out.println("  " + Integer.toUnsignedString(unknown.getKey()) + " not in this keyset: "
                        + unknown.getValue());
            }
            out.println("  without key id: " + column.withoutKeyId());
        }
        String primary = Integer.toUnsignedString(census.primaryKeyId());
        long unreadable = census.unreadable();
        if (unreadable > 0) {
            out.println("WARNING: " + unreadable + " value(s) cannot be decrypted with this keyset (disabled or "
                    + "unknown key, or no key id): see 'On failed rows' in docs/runbooks/key-rotation.md");
        } else if (census.notUnderPrimary() > 0) {
            out.println(census.notUnderPrimary() + " value(s) are not under the primary key " + primary
                    + " yet: run `hearth keys rotate`");
        } else {
            out.println("every value is under the primary key " + primary);
        }
        out.flush();
        return unreadable > 0 ? HearthCommandLine.EXIT_FAILURE : 0;
    }

    /** Prints the plan before the first column and a line after every committed batch. */
    static FieldKeyRotationListener progressPrinter(int batchSize, PrintWriter out) {
        return new FieldKeyRotationListener() {
            @Override
            public void started(int columns, int primaryKeyId) {
                out.println("re-encrypting " + columns + " column(s) under primary key "
                        + Integer.toUnsignedString(primaryKeyId) + ", batches of " + batchSize);
                if (columns == 0) {
                    out.println("no encrypted columns are registered (EncryptedColumns.all()): nothing to "
                            + "re-encrypt");
                }
                out.flush();
            }

            @Override
            public void batchCommitted(FieldReEncryptionProgress progress) {
                out.println(progress.column() + ": batch " + progress.batches() + ", scanned " + progress.scanned()
                        + ", re-encrypted " + progress.reEncrypted() + ", up to row " + progress.lastRowId());
                out.flush();
            }
        };
    }

    /**
     * Runs the rotation, printing progress (through the command's listener), one report line per column, the verdict
     * and the audit event that records the run. Returns 0 when every column is complete and the run was recorded,
     * else 1.
     */
    static int rotate(RotateFieldKeysUseCase useCase, RotateFieldKeysCommand command, PrintWriter out,
                      PrintWriter err) {
        FieldKeyRotation rotation = useCase.rotate(command);
        String primary = Integer.toUnsignedString(rotation.primaryKeyId());
        for (FieldReEncryptionReport report : rotation.reports()) {
            out.println(line(report));
        }
        if (!rotation.complete()) {
            out.println("rotation INCOMPLETE: " + rotation.failed() + " value(s) could not be decrypted and were "
                    + "left untouched: see 'On failed rows' in docs/runbooks/key-rotation.md");
        } else if (rotation.changedMeanwhile() > 0) {
            out.println("rotation complete; " + rotation.changedMeanwhile() + " value(s) changed meanwhile: run "
                    + "`hearth keys rotate` again to confirm they are current");
        } else {
            out.println("rotation complete: every value is under primary key " + primary);
        }
        out.flush();
        if (rotation.notRecorded().isPresent()) {
            err.println("hearth keys rotate: the run could not be recorded in the audit trail "
                    + rotation.notRecorded().get());
            err.flush();
            return HearthCommandLine.EXIT_FAILURE;
        }
        out.println("recorded in the audit trail as event " + rotation.recordedAs().orElseThrow());
        out.flush();
        return rotation.complete() ? 0 : HearthCommandLine.EXIT_FAILURE;
    }

    /** One line for the operator: no values, only counts and ids. */
    static String line(FieldReEncryptionReport report) {
        return report.column() + ": scanned " + report.scanned() + ", re-encrypted " + report.reEncrypted()
                + ", already current " + report.alreadyCurrent() + ", changed meanwhile " + report.changedMeanwhile()
                + ", failed " + report.failed()
                + (report.failedRowIds().isEmpty() ? "" : " (row ids " + String.join(", ", report.failedRowIds())
                + (report.failed() > report.failedRowIds().size() ? ", ..." : "") + ")");
    }

    private static String indent(String lines) {
        return lines.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
