package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    private static final TestPostgres POSTGRES = TestPostgres.instance();

    @Test
    void the_server_follows_the_selection_rule_of_this_environment() {
        ServerSource expected = ServerSource.choose(System.getenv(ServerSource.DATABASE_URL_VARIABLE),
                System.getenv(ServerSource.USE_DOCKER_VARIABLE), DockerProbe::daemonAnswers);
        assertThat(POSTGRES.source()).isEqualTo(expected);
    }

    @Test
    void one_server_serves_the_whole_jvm() {
        assertThat(TestPostgres.instance()).isSameAs(POSTGRES);
    }

    @Test
    void each_test_class_gets_its_own_database_and_cannot_see_another_ones_tables() throws SQLException {
        TestDatabase first = POSTGRES.createDatabase(TestPostgresTest.class);
        TestDatabase second = POSTGRES.createDatabase(TestPostgresTest.class);
        assertThat(first.name()).isNotEqualTo(second.name()).startsWith("testpostgrestest_");

        try (Connection c = first.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE only_in_first (id int)");
            s.execute("INSERT INTO only_in_first VALUES (1)");
        }
        try (Connection c = second.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM only_in_first"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("only_in_first");
        }
    }

    @Test
    void the_server_is_the_postgresql_major_pinned_in_the_build() throws SQLException {
        TestDatabase db = POSTGRES.createDatabase("version_check");
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            int major = Integer.parseInt(rs.getString(1)) / 10_000;
            if (POSTGRES.source() != ServerSource.EXTERNAL) {
                assertThat(major).isEqualTo(17);
            } else {
                assertThat(major).isGreaterThanOrEqualTo(13);
            }
        }
    }

    @Test
    void database_names_are_safe_identifiers_of_at_most_63_characters() {
        String name = POSTGRES.uniqueName("9 Weird-Name; DROP TABLE x" + "y".repeat(80));
        assertThat(name).matches("[a-z][a-z0-9_]*").hasSizeLessThanOrEqualTo(63).startsWith("t_9_weird_name");
    }
}
