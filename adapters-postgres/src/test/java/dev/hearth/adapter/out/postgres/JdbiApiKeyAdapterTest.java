package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.crypto.InMemoryFieldEncryption;
import dev.hearth.application.port.out.identity.ApiKeyRecord;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API keys against a real, migrated PostgreSQL (V50). */
class JdbiApiKeyAdapterTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static JdbiIdentityAdapter accounts;
    private static JdbiApiKeyAdapter keys;
    private static int next;

    @BeforeAll
    static void start() {
        db = TestPostgres.instance().createDatabase(JdbiApiKeyAdapterTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        accounts = postgres.identity(new InMemoryFieldEncryption(7));
        keys = postgres.apiKeys();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void a_key_is_found_by_prefix_and_by_id_only_within_its_account() {
        UUID account = account();
        ApiKeyRecord key = key(account, "Prefix01");
        assertThat(keys.insert(key)).isTrue();

        assertThat(keys.byPrefix("Prefix01")).contains(key);
        assertThat(keys.byId(account, key.id())).contains(key);
        assertThat(keys.byId(account(), key.id())).as("another account's key is not found").isEmpty();
        assertThat(keys.ofAccount(account)).containsExactly(key);
    }

    @Test
    void a_taken_prefix_is_refused_without_storing_anything() {
        UUID account = account();
        assertThat(keys.insert(key(account, "Prefix02"))).isTrue();
        assertThat(keys.insert(key(account, "Prefix02"))).isFalse();
        assertThat(keys.ofAccount(account)).hasSize(1);
    }

    @Test
    void rotation_links_the_successor_and_shortens_the_old_key_once() {
        UUID account = account();
        ApiKeyRecord old = key(account, "Prefix03");
        keys.insert(old);
        Instant until = T0.plus(Duration.ofHours(24));

        assertThat(keys.rotate(old.id(), until, key(account, "Prefix04"))).isTrue();
        ApiKeyRecord rotated = keys.byId(account, old.id()).orElseThrow();
        assertThat(rotated.expiresAt()).isEqualTo(until);
        assertThat(rotated.replacedBy()).isEqualTo(keys.byPrefix("Prefix04").orElseThrow().id());
        assertThat(keys.rotate(old.id(), until, key(account, "Prefix05"))).as("already rotated").isFalse();
        assertThat(keys.byPrefix("Prefix05")).isEmpty();
    }

    @Test
    void revocation_happens_once_and_a_revoked_key_cannot_be_rotated() {
        UUID account = account();
        ApiKeyRecord key = key(account, "Prefix06");
        keys.insert(key);
        assertThat(keys.revoke(account(), key.id(), T0)).as("not the owner").isFalse();
        assertThat(keys.revoke(account, key.id(), T0)).isTrue();
        assertThat(keys.revoke(account, key.id(), T0.plusSeconds(5))).isFalse();
        assertThat(keys.byId(account, key.id()).orElseThrow().revokedAt()).isEqualTo(T0);
        assertThat(keys.rotate(key.id(), T0.plusSeconds(60), key(account, "Prefix07"))).isFalse();
    }

    @Test
    void last_use_is_written_only_when_older_than_asked() {
        UUID account = account();
        ApiKeyRecord key = key(account, "Prefix08");
        keys.insert(key);
        keys.recordUse(key.id(), T0.plusSeconds(10), T0.minusSeconds(50));
        keys.recordUse(key.id(), T0.plusSeconds(20), T0.minusSeconds(40));
        assertThat(keys.byId(account, key.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(10));
        keys.recordUse(key.id(), T0.plusSeconds(80), T0.plusSeconds(20));
        assertThat(keys.byId(account, key.id()).orElseThrow().lastUsedAt()).isEqualTo(T0.plusSeconds(80));
    }

    @Test
    void keys_go_with_their_account() throws Exception {
        UUID account = account();
        ApiKeyRecord key = key(account, "Prefix09");
        keys.insert(key);
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM identity.account WHERE id = ?")) {
            s.setObject(1, account);
            s.executeUpdate();
        }
        assertThat(keys.byPrefix("Prefix09")).isEmpty();
    }

    private static UUID account() {
        byte[] index = new byte[32];
        int n = ++next;
        index[0] = (byte) n;
        index[1] = (byte) (n >> 8);
        return accounts.create(index, "user" + n + "@example.org", "$argon2id$x", T0).orElseThrow();
    }

    private static ApiKeyRecord key(UUID account, String prefix) {
        byte[] hash = new byte[32];
        hash[0] = (byte) prefix.hashCode();
        return new ApiKeyRecord(UUID.randomUUID(), account, prefix, hash, "ci", List.of("account"), T0,
                T0.plus(Duration.ofDays(90)), null, null, null);
    }
}
