package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.crypto.InMemoryFieldEncryption;
import dev.hearth.application.port.out.identity.AccountRecord;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.PublicSigningKey;
import dev.hearth.application.port.out.identity.RefreshDecision;
import dev.hearth.application.port.out.identity.RefreshTokenRecord;
import dev.hearth.application.port.out.identity.RotateRefreshTokenPort;
import dev.hearth.application.port.out.identity.SigningKeyPair;
import dev.hearth.application.port.out.identity.SigningKeyState;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identity store against a real, migrated PostgreSQL. */
class JdbiIdentityAdapterTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static JdbiIdentityAdapter store;

    @BeforeAll
    static void start() {
        db = TestPostgres.instance().createDatabase(JdbiIdentityAdapterTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        store = postgres.identity(new InMemoryFieldEncryption(7));
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void an_account_is_found_by_its_index_and_id_and_its_address_is_not_stored_in_clear() throws Exception {
        byte[] index = bytes(32, 1);
        UUID id = store.create(index, "ada@example.org", "$argon2id$v=19$m=19456,t=2,p=1$x$y", T0).orElseThrow();

        assertThat(store.byEmailIndex(index)).map(AccountRecord::id).contains(id);
        assertThat(store.byId(id)).map(AccountRecord::email).contains("ada@example.org");
        assertThat(store.exists(id)).isTrue();
        assertThat(store.exists(UUID.randomUUID())).isFalse();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT email_ciphertext FROM identity.account")) {
            rs.next();
            assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("ada@example.org");
        }
    }

    @Test
    void a_session_is_active_until_its_family_is_revoked_and_never_for_another_account() {
        UUID id = store.create(bytes(32, 40), "sid@example.org", "$argon2id$x", T0).orElseThrow();
        UUID other = store.create(bytes(32, 41), "sid-other@example.org", "$argon2id$x", T0).orElseThrow();
        UUID family = UUID.randomUUID();
        byte[] refresh = bytes(32, 42);
        store.startFamily(family, id, refresh, T0, T0.plusSeconds(3600));

        assertThat(store.sessionStanding(id, family)).isEqualTo(LoadAccountPort.SessionStanding.ACTIVE);
        assertThat(store.sessionStanding(other, family)).isEqualTo(LoadAccountPort.SessionStanding.SESSION_ENDED);
        assertThat(store.sessionStanding(id, UUID.randomUUID()))
                .isEqualTo(LoadAccountPort.SessionStanding.SESSION_ENDED);
        assertThat(store.sessionStanding(UUID.randomUUID(), family))
                .isEqualTo(LoadAccountPort.SessionStanding.ACCOUNT_GONE);

        store.revokeFamily(refresh, T0.plusSeconds(60), "logout");

        assertThat(store.sessionStanding(id, family)).isEqualTo(LoadAccountPort.SessionStanding.SESSION_ENDED);
    }

    @Test
    void a_second_account_with_the_same_index_is_not_created() {
        byte[] index = bytes(32, 2);
        assertThat(store.create(index, "bo@example.org", "$argon2id$a", T0)).isPresent();
        assertThat(store.create(index, "bo@example.org", "$argon2id$b", T0)).isEmpty();
    }

    @Test
    void a_rehash_replaces_the_hash_only_if_it_is_still_the_one_read() {
        UUID id = store.create(bytes(32, 3), "cy@example.org", "$argon2id$old", T0).orElseThrow();
        store.replacePasswordHash(id, "$argon2id$other", "$argon2id$lost");
        assertThat(store.byId(id).orElseThrow().passwordHash()).isEqualTo("$argon2id$old");
        store.replacePasswordHash(id, "$argon2id$old", "$argon2id$new");
        assertThat(store.byId(id).orElseThrow().passwordHash()).isEqualTo("$argon2id$new");
    }

    @Test
    void signing_keys_rotate_by_compare_and_set_and_keep_their_private_half_readable() {
        SigningKeyPair first = pair("k1");
        // a stale view (another instance rotated meanwhile) stores nothing
        assertThat(store.addSuccessor(new StoredSigningKey(first, T0, T0, null, null), "nobody", T0)).isFalse();
        assertThat(store.addSuccessor(new StoredSigningKey(first, T0, T0, null, null), null, T0)).isTrue();
        Instant t1 = T0.plusSeconds(3600);
        Instant signsFrom = t1.plusSeconds(600);
        SigningKeyPair second = pair("k2");
        assertThat(store.addSuccessor(new StoredSigningKey(second, t1, signsFrom, null, null), null, t1)).isFalse();
        assertThat(store.addSuccessor(new StoredSigningKey(second, t1, signsFrom, null, null), "k1",
                signsFrom.plusSeconds(1200))).isTrue();

        var keys = store.loadPublished(t1);
        assertThat(keys).extracting(StoredSigningKey::kid).containsExactly("k1", "k2");
        assertThat(keys.get(0).keyPair()).isEqualTo(first);
        assertThat(keys.get(0).stateAt(t1)).isEqualTo(SigningKeyState.ACTIVE);
        assertThat(keys.get(1).stateAt(t1)).isEqualTo(SigningKeyState.PENDING);
        assertThat(keys.get(0).stateAt(signsFrom)).isEqualTo(SigningKeyState.RETIRED);
        assertThat(store.loadPublished(signsFrom.plusSeconds(1200))).extracting(StoredSigningKey::kid)
                .containsExactly("k2");
    }

    @Test
    void a_refresh_token_rotates_once_and_reuse_revokes_its_family() {
        UUID account = store.create(bytes(32, 4), "di@example.org", "$argon2id$h", T0).orElseThrow();
        UUID family = UUID.randomUUID();
        byte[] first = sha("first");
        store.startFamily(family, account, first, T0, T0.plusSeconds(86_400));

        RotateRefreshTokenPort.Rotation rotated = store.rotate(first, presented -> {
            assertThat(presented.orElseThrow().rotatedAt()).isNull();
            return RefreshDecision.rotate(sha("second"), T0.plusSeconds(60), T0.plusSeconds(90_000), false);
        });
        assertThat(rotated.presented()).map(RefreshTokenRecord::accountId).contains(account);

        AtomicReference<RefreshTokenRecord> seen = new AtomicReference<>();
        store.rotate(first, presented -> {
            seen.set(presented.orElseThrow());
            return RefreshDecision.revokeFamily(T0.plusSeconds(120), "reuse_detected");
        });
        assertThat(seen.get().rotatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(seen.get().familyId()).isEqualTo(family);

        AtomicReference<Optional<RefreshTokenRecord>> successor = new AtomicReference<>();
        store.rotate(sha("second"), presented -> {
            successor.set(presented);
            return RefreshDecision.refuse();
        });
        assertThat(successor.get()).map(RefreshTokenRecord::familyRevokedAt).contains(T0.plusSeconds(120));
    }

    @Test
    void a_grace_retry_supersedes_the_first_successor_and_logout_revokes_once() {
        UUID account = store.create(bytes(32, 5), "ed@example.org", "$argon2id$h", T0).orElseThrow();
        byte[] first = sha("g-first");
        store.startFamily(UUID.randomUUID(), account, first, T0, T0.plusSeconds(86_400));
        store.rotate(first, p -> RefreshDecision.rotate(sha("g-lost"), T0.plusSeconds(1), T0.plusSeconds(9_999),
                false));
        store.rotate(first, p -> {
            assertThat(p.orElseThrow().successorUsed()).isFalse();
            return RefreshDecision.rotate(sha("g-retry"), T0.plusSeconds(3), T0.plusSeconds(9_999), true);
        });
        AtomicReference<RefreshTokenRecord> lost = new AtomicReference<>();
        store.rotate(sha("g-lost"), p -> {
            lost.set(p.orElseThrow());
            return RefreshDecision.refuse();
        });
        assertThat(lost.get().supersededAt()).isEqualTo(T0.plusSeconds(3));

        assertThat(store.revokeFamily(sha("g-retry"), T0.plusSeconds(10), "logout")).contains(account);
        assertThat(store.revokeFamily(sha("g-retry"), T0.plusSeconds(11), "logout")).isEmpty();
        assertThat(store.revokeFamily(sha("unknown"), T0.plusSeconds(11), "logout")).isEmpty();
    }

    private static SigningKeyPair pair(String kid) {
        return new SigningKeyPair(new PublicSigningKey(kid, "A".repeat(43), "B".repeat(43)),
                ("private-" + kid).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int length, int fill) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) fill);
        return b;
    }

    private static byte[] sha(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
