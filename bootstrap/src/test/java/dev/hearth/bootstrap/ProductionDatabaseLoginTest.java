package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.bootstrap.config.ConfigException;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * ADR 0016: production serves only with a database login that row-level security binds. The test server's own login
 * is a superuser, exactly the mistake to catch; a {@code BYPASSRLS} role is the other one; the schema owner that is
 * neither is what production should use.
 */
class ProductionDatabaseLoginTest {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger policyLog = (Logger) LoggerFactory.getLogger(ServingLoginPolicy.class);

    @BeforeEach
    void captureLogs() {
        logs.start();
        policyLog.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        policyLog.detachAppender(logs);
    }

    private static Map<String, String> production(TestDatabase db) {
        Map<String, String> env = HearthEndToEndTest.databaseEnvironment(db);
        env.put("HEARTH_PROFILE", "production");
        env.put("HEARTH_HTTP_HOST", "127.0.0.1");
        env.put("HEARTH_LOG_FORMAT", "text");
        env.put("HEARTH_FIELD_KEYSET", FieldKeyset.generate().toBase64Json());
        env.put("HEARTH_AUTH_LOOKUP_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        return env;
    }

    @Test
    void a_superuser_login_is_refused_before_anything_is_migrated() throws Exception {
        TestDatabase db = TestPostgres.instance().createDatabase("prod_login_superuser");
        HearthConfig config = ConfigLoader.load(production(db)).withHttpPort(0);

        assertThatThrownBy(() -> Hearth.start(config)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problems()).singleElement().asString()
                    .contains("'" + db.user() + "' is a superuser")
                    .contains("row-level security does not bind")
                    .contains("HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN=true");
        });
        assertThat(tableExists(db, "flyway_schema_history")).as("nothing migrated").isFalse();
        assertThat(logs.list).isEmpty();
    }

    @Test
    void a_login_with_bypassrls_is_refused_too() throws Exception {
        TestDatabase db = TestPostgres.instance().createDatabase("prod_login_bypassrls");
        execute(db, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hearth_test_bypass') THEN "
                + "CREATE ROLE hearth_test_bypass LOGIN NOSUPERUSER BYPASSRLS; END IF; END $$");
        Map<String, String> env = production(db);
        env.put("DATABASE_USER", "hearth_test_bypass");
        env.remove("DATABASE_PASSWORD");
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0);

        assertThatThrownBy(() -> Hearth.start(config)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.getMessage()).contains("'hearth_test_bypass' is a role with BYPASSRLS"));
    }

    @Test
    void with_the_override_a_superuser_login_serves_and_the_start_says_so_as_a_warning() throws Exception {
        TestDatabase db = TestPostgres.instance().createDatabase("prod_login_override");
        Map<String, String> env = production(db);
        env.put("HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN", "true");
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0);

        try (Hearth hearth = Hearth.start(config)) {
            HttpResponse<String> ready = HearthEndToEndTest.get(hearth, "/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        }
        assertThat(logs.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("'" + db.user() + "', a superuser")
                    .contains("HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN=true");
        });
    }

    @Test
    void the_schema_owner_that_is_neither_serves_without_a_warning() throws Exception {
        TestDatabase db = TestPostgres.instance().createDatabase("prod_login_owner");
        execute(db, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hearth_test_owner') THEN "
                + "CREATE ROLE hearth_test_owner LOGIN NOSUPERUSER NOBYPASSRLS; END IF; "
                + "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hearth_app') THEN "
                + "CREATE ROLE hearth_app NOLOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$");
        execute(db, "GRANT hearth_app TO hearth_test_owner");
        execute(db, "ALTER DATABASE " + db.name() + " OWNER TO hearth_test_owner");
        Map<String, String> env = production(db);
        env.put("DATABASE_USER", "hearth_test_owner");
        env.remove("DATABASE_PASSWORD");
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0);

        try (Hearth hearth = Hearth.start(config)) {
            assertThat(HearthEndToEndTest.get(hearth, "/health/ready").statusCode()).isEqualTo(200);
        }
        assertThat(logs.list).isEmpty();
    }

    @Test
    void the_override_must_say_true_or_false() {
        Map<String, String> env = production(TestPostgres.instance().createDatabase("prod_login_flag"));
        env.put("HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN", "yes please");
        assertThatThrownBy(() -> ConfigLoader.load(env)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN: must be true or false (was 'yes please')"));
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean tableExists(TestDatabase db, String table) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
