package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void a_libpq_style_url_gives_host_port_database_and_decoded_credentials() {
        PostgresUrl url = PostgresUrl.parse("postgres://hearth:p%40ss@db.example:6543/hearth_test?sslmode=require");
        assertThat(url).isEqualTo(new PostgresUrl("db.example", 6543, "hearth_test", "hearth", "p@ss", "sslmode=require"));
        assertThat(url.jdbcUrl("other")).isEqualTo("jdbc:postgresql://db.example:6543/other?sslmode=require");
    }

    @Test
    void a_jdbc_url_with_credentials_in_the_query_is_understood() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://127.0.0.1/app?user=u&password=pw&ssl=false");
        assertThat(url).isEqualTo(new PostgresUrl("127.0.0.1", 5432, "app", "u", "pw", "ssl=false"));
        assertThat(url.jdbcUrl("app")).doesNotContain("pw");
    }

    @Test
    void anything_else_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://root:secret@x/y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
    }
}
