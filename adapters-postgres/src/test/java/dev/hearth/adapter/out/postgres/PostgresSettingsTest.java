package dev.hearth.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

    @Test
    void a_libpq_style_database_url_becomes_a_jdbc_url_with_credentials_taken_out() {
        PostgresSettings settings = PostgresSettings.fromDatabaseUrl(
                "postgres://hearth:s3cr%2Ft@db.internal:6543/hearth?sslmode=require");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/hearth?sslmode=require");
        assertThat(settings.user()).isEqualTo("hearth");
        assertThat(settings.password()).isEqualTo("s3cr/t");
        assertThat(settings.isEmbedded()).isFalse();
    }

    @Test
    void a_jdbc_url_is_taken_as_it_is() {
        PostgresSettings settings = PostgresSettings.fromDatabaseUrl("jdbc:postgresql://localhost/hearth");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/hearth");
        assertThat(settings.user()).isNull();
    }

    @Test
    void a_url_of_another_kind_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> PostgresSettings.fromDatabaseUrl("mysql://root:hunter2@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> PostgresSettings.fromDatabaseUrl("postgres://user:hunter2@/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void to_string_never_shows_the_password_or_query_parameters() {
        PostgresSettings settings = PostgresSettings.fromDatabaseUrl(
                "postgresql://u:topsecret@h/db?password=alsosecret");
        assertThat(settings.toString()).doesNotContain("topsecret", "alsosecret").contains("password=***");
    }

    @Test
    void no_url_means_the_embedded_development_server_in_its_data_directory() {
        PostgresSettings settings = PostgresSettings.embedded(Path.of(".hearth/postgres"));
        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.toString()).contains("embedded", ".hearth/postgres");
    }

    @Test
    void a_pool_needs_at_least_one_connection() {
        assertThatThrownBy(() -> PostgresSettings.embedded(Path.of("x")).withMaximumPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_replica_url_in_libpq_form_carries_its_own_login_as_jdbc_parameters() {
        String replica = PostgresSettings.replicaJdbcUrlFromDatabaseUrl(
                "postgres://reader:p%40ss%2Fw%26rd@replica.internal:5433/hearth?sslmode=require");
        assertThat(replica).isEqualTo("jdbc:postgresql://replica.internal:5433/hearth?sslmode=require"
                + "&user=reader&password=p%40ss%2Fw%26rd");
        PostgresSettings settings = PostgresSettings.external("jdbc:postgresql://primary/hearth", "hearth", "pw")
                .withReplicaJdbcUrl(replica);
        assertThat(settings.replicaCarriesUser()).isTrue();
        assertThat(settings.toString()).doesNotContain("p%40ss", "reader")
                .contains("replica=jdbc:postgresql://replica.internal:5433/hearth?...");
    }

    @Test
    void a_replica_url_without_a_login_uses_the_primarys() {
        String replica = PostgresSettings.replicaJdbcUrlFromDatabaseUrl("postgresql://replica.internal/hearth");
        assertThat(replica).isEqualTo("jdbc:postgresql://replica.internal/hearth");
        assertThat(PostgresSettings.external("jdbc:postgresql://p/h", "hearth", "pw").withReplicaJdbcUrl(replica)
                .replicaCarriesUser()).isFalse();
        assertThat(PostgresSettings.external("jdbc:postgresql://p/h", "hearth", "pw").replicaCarriesUser()).isFalse();
    }

    @Test
    void a_replica_url_of_another_kind_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> PostgresSettings.replicaJdbcUrlFromDatabaseUrl("mysql://root:hunter2@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> PostgresSettings.external("jdbc:postgresql://p/h", null, null)
                .withReplicaJdbcUrl("mysql://root:hunter2@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }
}
