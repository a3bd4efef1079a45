package dev.hearth.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.FieldKeysetLoader;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.port.in.crypto.RotateFieldKeysCommand;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.bootstrap.CommandLines;
import dev.hearth.bootstrap.HearthMain;
import dev.hearth.bootstrap.cli.HearthMainTest.Run;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code hearth keys ...} as docs/runbooks/key-rotation.md describes them. Key material appears only on standard output
 * and only from the commands that output a keyset; every test also checks that no key reached standard error or the
 * logs.
 */
class KeysCommandTest {

    private static final Pattern KEY_VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<FieldKeyset> keysetsSeen = new ArrayList<>();

    @TempDir
    Path dataDir;

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void noKeyMaterialWasLogged() {
        root().detachAppender(logs);
        String logged = String.join("\n", logs.list.stream().map(KeysCommandTest::text).toList());
        for (FieldKeyset keyset : keysetsSeen) {
            assertThat(logged).doesNotContain(secrets(keyset));
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String text(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append('\n').append(t.getMessage());
        }
        return sb.toString();
    }

    /** What must never leave through stderr or logs: the keyset in both serialised forms and each raw key. */
    private String[] secrets(FieldKeyset keyset) {
        List<String> secrets = new ArrayList<>(List.of(keyset.toBase64Json(), keyset.toJson()));
        Matcher m = KEY_VALUE.matcher(keyset.toJson());
        while (m.find()) {
            secrets.add(m.group(1));
        }
        return secrets.toArray(String[]::new);
    }

    private FieldKeyset seen(FieldKeyset keyset) {
        keysetsSeen.add(keyset);
        return keyset;
    }

    private Run run(Map<String, String> env, String... args) {
        Run run = HearthMainTest.run(env, args);
        for (FieldKeyset keyset : keysetsSeen) {
            assertThat(run.err()).doesNotContain(secrets(keyset));
        }
        return run;
    }

    private Map<String, String> withKeyset(FieldKeyset keyset) {
        Map<String, String> env = new HashMap<>();
        env.put("HEARTH_DATA_DIR", dataDir.toString());
        env.put("HEARTH_FIELD_KEYSET", keyset.toBase64Json());
        return env;
    }

    /** The one line a keyset command printed, read back as a keyset. */
    private FieldKeyset printedKeyset(Run run) {
        assertThat(run.out().lines()).as("standard output holds the keyset and nothing else").hasSize(1);
        return seen(FieldKeyset.fromBase64Json(run.out()));
    }

    // ----- keyset output ------------------------------------------------------------------------------------------

    @Test
    void generate_prints_only_a_new_one_key_keyset_on_standard_output_and_its_id_on_standard_error() {
        Run run = HearthMainTest.run(Map.of(), "keys", "generate");
        FieldKeyset keyset = printedKeyset(run);

        assertThat(run.exitCode()).isZero();
        assertThat(keyset.keys()).hasSize(1).allMatch(k -> k.enabled() && k.primary());
        assertThat(run.err()).contains(Integer.toUnsignedString(keyset.primaryKeyId()) + " enabled primary")
                .contains("secret").doesNotContain(secrets(keyset));
    }

    @Test
    void generate_needs_no_configuration_even_in_production() {
        Run run = HearthMainTest.run(Map.of("HEARTH_PROFILE", "production"), "keys", "generate");

        assertThat(run.exitCode()).isZero();
        printedKeyset(run);
    }

    @Test
    void the_rotation_steps_add_promote_disable_enable_remove_each_print_the_changed_keyset() {
        FieldKeyset original = seen(FieldKeyset.generate());
        int oldKey = original.primaryKeyId();

        Run add = run(withKeyset(original), "keys", "add");
        FieldKeyset added = printedKeyset(add);
        int newKey = added.keys().stream().filter(k -> k.id() != oldKey).findFirst().orElseThrow().id();
        assertThat(add.exitCode()).isZero();
        assertThat(added.primaryKeyId()).as("a new key only decrypts").isEqualTo(oldKey);
        assertThat(added.decryptsWith(newKey)).isTrue();

        FieldKeyset promoted = printedKeyset(run(withKeyset(added), "keys", "promote", "--key-id",
                Integer.toUnsignedString(newKey)));
        assertThat(promoted.primaryKeyId()).isEqualTo(newKey);

        FieldKeyset disabled = printedKeyset(run(withKeyset(promoted), "keys", "disable", "--key-id",
                Integer.toUnsignedString(oldKey)));
        assertThat(disabled.decryptsWith(oldKey)).isFalse();

        FieldKeyset enabled = printedKeyset(run(withKeyset(disabled), "keys", "enable", "--key-id",
                Integer.toUnsignedString(oldKey)));
        assertThat(enabled.decryptsWith(oldKey)).isTrue();

        Run remove = run(withKeyset(enabled), "keys", "remove", "--key-id", Integer.toUnsignedString(oldKey));
        FieldKeyset removed = printedKeyset(remove);
        assertThat(removed.keys()).extracting(FieldKeyset.KeyInfo::id).containsExactly(newKey);
        assertThat(remove.err()).contains("removed key " + Integer.toUnsignedString(oldKey));
    }

    @Test
    void a_step_the_keyset_refuses_is_bad_usage_and_prints_no_keyset() {
        FieldKeyset keyset = seen(FieldKeyset.generate().withNewKey());
        String primary = Integer.toUnsignedString(keyset.primaryKeyId());

        Run removePrimary = run(withKeyset(keyset), "keys", "remove", "--key-id", primary);
        Run unknown = run(withKeyset(keyset), "keys", "promote", "--key-id", "12345");
        Run notAnId = run(withKeyset(keyset), "keys", "disable", "--key-id", "old");

        assertThat(removePrimary.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(removePrimary.err()).contains("is the primary key; make another key primary first");
        assertThat(unknown.err()).contains("the field keyset has no key 12345");
        assertThat(notAnId.err()).contains("--key-id: a key id is an unsigned decimal number");
        assertThat(List.of(removePrimary, unknown, notAnId)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
            assertThat(r.out()).isEmpty();
        });
    }

    @Test
    void a_step_without_a_valid_keyset_in_the_environment_is_bad_usage_and_never_echoes_it() {
        Run unset = run(Map.of(), "keys", "add");
        Run invalid = run(Map.of("HEARTH_FIELD_KEYSET", "bm90LWEta2V5c2V0LXMzY3IzdA=="), "keys", "add");

        assertThat(unset.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(unset.err()).contains("HEARTH_FIELD_KEYSET: not set");
        assertThat(invalid.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(invalid.err()).contains("HEARTH_FIELD_KEYSET: the field keyset is not a valid Tink JSON keyset")
                .doesNotContain("bm90LWEta2V5c2V0LXMzY3IzdA==");
        assertThat(unset.out() + invalid.out()).isEmpty();
    }

    // ----- describe --------------------------------------------------------------------------------------------------

    @Test
    void describe_prints_key_ids_status_and_primary_never_keys() {
        FieldKeyset keyset = seen(FieldKeyset.generate().withNewKey());
        int second = keyset.keys().get(1).id();

        Run run = run(withKeyset(keyset), "keys", "describe");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Integer.toUnsignedString(keyset.primaryKeyId()) + " enabled primary\n"
                + Integer.toUnsignedString(second) + " enabled\n").doesNotContain(secrets(keyset));
    }

    @Test
    void describe_in_dev_reads_the_development_keyset_under_the_data_directory() {
        FieldKeyset development = seen(FieldKeysetLoader.load(null, true, dataDir.resolve("keys")));

        Run run = run(Map.of("HEARTH_DATA_DIR", dataDir.toString()), "keys", "describe");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(development.describe() + "\n");
    }

    @Test
    void describe_in_dev_before_any_keyset_exists_says_so_and_creates_none() {
        Run run = run(Map.of("HEARTH_DATA_DIR", dataDir.toString()), "keys", "describe");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("HEARTH_FIELD_KEYSET is not set and there is no development keyset at");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void describe_in_production_without_a_keyset_is_the_config_error() {
        Run run = run(Map.of("HEARTH_PROFILE", "production"), "keys", "describe");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("HEARTH_FIELD_KEYSET: required when HEARTH_PROFILE=production");
    }

    @Test
    void rotate_refuses_a_batch_size_out_of_range() {
        Run run = run(Map.of(), "keys", "rotate", "--batch-size", "0");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("--batch-size must be from 1 to " + RotateFieldKeysCommand.MAX_BATCH_SIZE);
    }

    // ----- census and rotate against real PostgreSQL -----------------------------------------------------------------

    /**
     * Values under an old key in a real table, a new key made primary, then {@code hearth keys rotate} and
     * {@code hearth keys census} over that table: the command line, the key use cases and the PostgreSQL adapter as
     * the executable wires them.
     */
    @Nested
    class AgainstPostgres {

        private static final EncryptedColumn NOTES = new EncryptedColumn("sample_note", "id", "body");
        private static final int ROWS = 7;
        private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-14T09:00:00Z"), ZoneOffset.UTC);

        private static TestDatabase db;
        private static PostgresAdapters postgres;

        private FieldKeyset oldKeyset;
        private FieldKeyset promoted;

        @BeforeAll
        static void start() throws SQLException {
            db = TestPostgres.instance().createDatabase(KeysCommandTest.class);
            postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
            postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
            execute("CREATE TABLE sample_note (id bigint PRIMARY KEY, body bytea)");
        }

        @AfterAll
        static void stop() {
            if (postgres != null) {
                postgres.close();
            }
        }

        static void execute(String sql) throws SQLException {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @BeforeEach
        void valuesUnderTheOldKeyAndANewPrimary() throws SQLException {
            execute("TRUNCATE sample_note");
            oldKeyset = seen(FieldKeyset.generate());
            TinkFieldEncryptionAdapter old = TinkFieldEncryptionAdapter.create(oldKeyset);
            try (Connection c = db.connect();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO sample_note VALUES (?, ?)")) {
                for (long id = 1; id <= ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setBytes(2, old.encrypt(("note " + id).getBytes(StandardCharsets.UTF_8),
                            NOTES.location(Long.toString(id))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            FieldKeyset added = oldKeyset.withNewKey();
            int newKey = added.keys().stream().filter(k -> !k.primary()).findFirst().orElseThrow().id();
            promoted = seen(added.withPrimary(newKey));
        }

        /** {@code hearth keys ...} over the sample table, under the promoted keyset. */
        private Run keys(int expectedExit, String... args) {
            Map<String, String> env = AuditVerifyCommandTest.environment(db, dataDir);
            env.put("HEARTH_FIELD_KEYSET", promoted.toBase64Json());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] command = new String[args.length + 1];
            command[0] = "keys";
            System.arraycopy(args, 0, command, 1, args.length);
            int exit = CommandLines.execute(env, CLOCK, List.of(NOTES), new PrintWriter(out, true),
                    new PrintWriter(err, true), command);
            assertThat(exit).as(out + "\n" + err).isEqualTo(expectedExit);
            assertThat(out + err.toString()).doesNotContain(secrets(promoted)).doesNotContain("note 1");
            return new Run(exit, out.toString(), err.toString());
        }

        private String[] rotate(int batchSize, int expectedExit) {
            Run run = keys(expectedExit, "rotate", "--batch-size", Integer.toString(batchSize));
            return new String[] {run.out(), run.err()};
        }

        private String census(int expectedExit) {
            return keys(expectedExit, "census").out();
        }

        private String id(int keyId) {
            return Integer.toUnsignedString(keyId);
        }

        @Test
        void rotate_re_encrypts_in_batches_printing_progress_then_one_line_per_column() {
            String out = rotate(3, 0)[0];

            assertThat(out.lines()).containsSubsequence(
                    "re-encrypting 1 column(s) under primary key " + id(promoted.primaryKeyId()) + ", batches of 3",
                    "sample_note.body: batch 1, scanned 3, re-encrypted 3, up to row 3",
                    "sample_note.body: batch 2, scanned 6, re-encrypted 6, up to row 6",
                    "sample_note.body: batch 3, scanned 7, re-encrypted 7, up to row 7",
                    "sample_note.body: scanned 7, re-encrypted 7, already current 0, changed meanwhile 0, failed 0",
                    "rotation complete: every value is under primary key " + id(promoted.primaryKeyId()));
        }

        @Test
        void a_second_rotate_finds_everything_current() {
            rotate(500, 0);

            String again = rotate(500, 0)[0];

            assertThat(again).contains(
                    "sample_note.body: scanned 7, re-encrypted 0, already current 7, changed meanwhile 0, failed 0");
        }

        @Test
        void rotate_appends_an_audit_event_as_system_key_rotation() {
            String out = rotate(500, 0)[0];

            List<RecordedAuditEvent> trail = postgres.auditLog().readAfter(0, 1_000);
            RecordedAuditEvent last = trail.get(trail.size() - 1);
            assertThat(out).contains("recorded in the audit trail as event " + last.sequence());
            assertThat(last.event().actorId()).isEqualTo("system:key-rotation");
            assertThat(last.event().correlationId()).startsWith("key-rotation:");
            assertThat(last.event().action()).isEqualTo("keys.rotated");
            assertThat(last.event().targetId()).isEqualTo(id(promoted.primaryKeyId()));
            assertThat(last.event().occurredAt()).isEqualTo(CLOCK.instant());
            assertThat(last.event().details()).containsEntry("re_encrypted", "7").containsEntry("failed", "0")
                    .containsEntry("complete", "true").containsEntry("columns", "1");
            assertThat(postgres.auditLog().verify().intact()).isTrue();
        }

        @Test
        void a_value_that_cannot_be_decrypted_makes_rotate_exit_1_listing_its_row_id() throws SQLException {
            // a value written under a key this keyset does not hold: as if copied in from another installation
            byte[] foreign = TinkFieldEncryptionAdapter.create(seen(FieldKeyset.generate()))
                    .encrypt("x".getBytes(StandardCharsets.UTF_8), NOTES.location("99"));
            try (Connection c = db.connect();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO sample_note VALUES (99, ?)")) {
                insert.setBytes(1, foreign);
                insert.execute();
            }

            String out = rotate(500, HearthMain.EXIT_FAILURE)[0];

            assertThat(out).contains("sample_note.body: scanned 8, re-encrypted 7, already current 0, changed "
                    + "meanwhile 0, failed 1 (row ids 99)", "rotation INCOMPLETE: 1 value(s) could not be decrypted");
            RecordedAuditEvent last = postgres.auditLog().readAfter(0, 1_000).stream()
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(last.event().details()).containsEntry("complete", "false").containsEntry("failed", "1");
            assertThat(census(HearthMain.EXIT_FAILURE)).contains("not in this keyset: 1", "WARNING: 1 value(s)");
        }

        @Test
        void census_shows_how_many_values_each_key_protects_before_and_after_rotation() {
            String before = census(0);
            rotate(500, 0);
            String after = census(0);

            assertThat(before).isEqualTo("sample_note.body:\n"
                    + "  " + id(oldKeyset.primaryKeyId()) + " enabled: 7\n"
                    + "  " + id(promoted.primaryKeyId()) + " enabled primary: 0\n"
                    + "  without key id: 0\n"
                    + "7 value(s) are not under the primary key " + id(promoted.primaryKeyId())
                    + " yet: run `hearth keys rotate`\n");
            assertThat(after).contains("  " + id(promoted.primaryKeyId()) + " enabled primary: 7\n",
                    "  " + id(oldKeyset.primaryKeyId()) + " enabled: 0\n",
                    "every value is under the primary key " + id(promoted.primaryKeyId()));
        }

        @Test
        void the_executable_census_and_rotate_walk_the_registered_columns_and_record_the_run() {
            Map<String, String> env = AuditVerifyCommandTest.environment(db, dataDir);
            env.put("HEARTH_FIELD_KEYSET", promoted.toBase64Json());
            int eventsBefore = postgres.auditLog().readAfter(0, 1_000).size();

            Run census = run(env, "keys", "census");
            Run rotate = run(env, "keys", "rotate", "--batch-size", "50");

            assertThat(census.exitCode()).as(census.err()).isZero();
            assertThat(rotate.exitCode()).as(rotate.err()).isZero();
            assertThat(census.out() + rotate.out()).doesNotContain(secrets(promoted));
            assertThat(rotate.out()).contains("under primary key " + id(promoted.primaryKeyId()) + ", batches of 50",
                    "recorded in the audit trail as event");
            assertThat(postgres.auditLog().readAfter(0, 1_000)).hasSize(eventsBefore + 1);
        }
    }
}
