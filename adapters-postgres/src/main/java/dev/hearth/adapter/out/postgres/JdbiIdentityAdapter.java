package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.UuidV7;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.application.port.out.identity.AccountRecord;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.PublicSigningKey;
import dev.hearth.application.port.out.identity.RefreshDecision;
import dev.hearth.application.port.out.identity.RefreshTokenRecord;
import dev.hearth.application.port.out.identity.RotateRefreshTokenPort;
import dev.hearth.application.port.out.identity.SigningKeyPair;
import dev.hearth.application.port.out.identity.StoreAccountPort;
import dev.hearth.application.port.out.identity.StoreSigningKeysPort;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Accounts, refresh-token families and signing keys in PostgreSQL (schema {@code identity}, migration
 * {@code V30__identity.sql}, ADR 0018). Login addresses and private keys are encrypted with the field encryption
 * (Tink) bound to their row; refresh tokens are stored only as SHA-256 hashes. Rotation decisions are applied while
 * the presented token's row is locked ({@code SELECT ... FOR UPDATE}); signing-key changes are serialised by a
 * transaction-scoped advisory lock, so instances racing to rotate make one successor.
 */
public final class JdbiIdentityAdapter
        implements LoadAccountPort, StoreAccountPort, StoreSigningKeysPort, RotateRefreshTokenPort {

    /** Table of accounts. */
    public static final String ACCOUNT_TABLE = "identity.account";
    /** Table of signing keys. */
    public static final String SIGNING_KEY_TABLE = "identity.signing_key";
    /** Key of the advisory lock that serialises signing-key changes: the bytes of "HearthSK". */
    static final long SIGNING_KEY_LOCK = 0x486561727468534BL;

    private final Database database;
    private final FieldEncryptionPort encryption;

    JdbiIdentityAdapter(Database database, FieldEncryptionPort encryption) {
        this.database = Objects.requireNonNull(database, "database");
        this.encryption = Objects.requireNonNull(encryption, "encryption");
    }

    /** The external issuer's subjects mapped onto these accounts (ADR 0020), over the same database. */
    public JdbiExternalSubjectAdapter externalSubjects() {
        return new JdbiExternalSubjectAdapter(database);
    }

    /** The API keys of these accounts (ADR 0020), over the same database. */
    public JdbiApiKeyAdapter apiKeys() {
        return new JdbiApiKeyAdapter(database);
    }

    // ----- accounts ---------------------------------------------------------------------------------------------

    @Override
    public Optional<UUID> create(byte[] emailIndex, String normalisedEmail, String passwordHash, Instant createdAt) {
        UUID id = UuidV7.at(createdAt);
        byte[] ciphertext = encryption.encryptString(normalisedEmail, emailLocation(id));
        return database.withHandle(h -> h.createQuery("""
                        INSERT INTO identity.account (id, email_index, email_ciphertext, password_hash, created_at)
                        VALUES (:id, :index, :email, :hash, :at)
                        ON CONFLICT (email_index) DO NOTHING
                        RETURNING id""")
                .bind("id", id).bind("index", emailIndex).bind("email", ciphertext).bind("hash", passwordHash)
                .bind("at", utc(createdAt))
                .mapTo(UUID.class).findOne());
    }

    @Override
    public void replacePasswordHash(UUID accountId, String expectedHash, String newHash) {
        database.withHandle(h -> h.createUpdate("""
                        UPDATE identity.account SET password_hash = :new WHERE id = :id AND password_hash = :old""")
                .bind("id", accountId).bind("old", expectedHash).bind("new", newHash).execute());
    }

    @Override
    public Optional<AccountRecord> byEmailIndex(byte[] emailIndex) {
        return database.withHandle(h -> h.createQuery("""
                        SELECT id, email_ciphertext, password_hash, created_at FROM identity.account
                        WHERE email_index = :index""")
                .bind("index", emailIndex).map((rs, ctx) -> account(rs)).findOne());
    }

    @Override
    public Optional<AccountRecord> byId(UUID id) {
        return database.withHandle(h -> h.createQuery("""
                        SELECT id, email_ciphertext, password_hash, created_at FROM identity.account WHERE id = :id""")
                .bind("id", id).map((rs, ctx) -> account(rs)).findOne());
    }

    /**
     * Read through {@code Database.read} (the replica when configured): every authenticated request asks, and reads of
     * a household must keep answering while the primary is away (ADR 0015, 0019).
     */
    @Override
    public boolean exists(UUID id) {
        return database.read(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM identity.account WHERE id = :id)")
                .bind("id", id).mapTo(Boolean.class).one()).value();
    }

    /**
     * One statement for both questions, on the primary: a revocation must be seen the moment it commits, on every
     * instance, and a replica may lag behind it (ADR 0018). While the primary is unreachable it is read from the replica
     * ({@code Database.read} falls back), so signed-in reads keep working, with the lag that implies.
     */
    @Override
    public SessionStanding sessionStanding(UUID accountId, UUID sessionId) {
        return database.readPreferringPrimary(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM identity.account WHERE id = :account) AS account,
                               EXISTS (SELECT 1 FROM identity.refresh_token_family
                                       WHERE id = :session AND account_id = :account AND revoked_at IS NULL) AS live""")
                .bind("account", accountId).bind("session", sessionId)
                .map((rs, ctx) -> !rs.getBoolean("account") ? SessionStanding.ACCOUNT_GONE
                        : rs.getBoolean("live") ? SessionStanding.ACTIVE : SessionStanding.SESSION_ENDED)
                .one()).value();
    }

    private AccountRecord account(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        byte[] email = rs.getBytes("email_ciphertext");
        // an account known only through the external issuer has neither address nor password (ADR 0020)
        return new AccountRecord(id, email == null ? null : encryption.decryptString(email, emailLocation(id)),
                rs.getString("password_hash"), instant(rs, "created_at"));
    }

    private static FieldLocation emailLocation(UUID id) {
        return FieldLocation.of(ACCOUNT_TABLE, "email_ciphertext", id);
    }

    // ----- signing keys -----------------------------------------------------------------------------------------

    @Override
    public List<StoredSigningKey> loadPublished(Instant at) {
        return database.withHandle(h -> h.createQuery("""
                        SELECT id, kid, public_x, public_y, private_key_ciphertext, created_at, signs_from, retires_at,
                               verifies_until
                        FROM identity.signing_key
                        WHERE verifies_until IS NULL OR verifies_until > :at
                        ORDER BY signs_from, created_at""")
                .bind("at", utc(at))
                .map((rs, ctx) -> signingKey(rs)).list());
    }

    @Override
    public boolean addSuccessor(StoredSigningKey successor, String currentKid, Instant currentVerifiesUntil) {
        return database.inTransaction(h -> {
            h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", SIGNING_KEY_LOCK).mapTo(Integer.class)
                    .one();
            Optional<String> newest = h.createQuery("""
                            SELECT kid FROM identity.signing_key ORDER BY signs_from DESC, created_at DESC LIMIT 1""")
                    .mapTo(String.class).findOne();
            if (!newest.equals(Optional.ofNullable(currentKid))) {
                return false;
            }
            if (currentKid != null) {
                h.createUpdate("""
                                UPDATE identity.signing_key SET retires_at = :retires, verifies_until = :until
                                WHERE kid = :kid AND retires_at IS NULL""")
                        .bind("retires", utc(successor.signsFrom())).bind("until", utc(currentVerifiesUntil))
                        .bind("kid", currentKid).execute();
            }
            insertKey(h, successor);
            return true;
        });
    }

    private void insertKey(Handle h, StoredSigningKey key) {
        UUID id = UuidV7.at(key.createdAt());
        PublicSigningKey pub = key.keyPair().publicKey();
        h.createUpdate("""
                        INSERT INTO identity.signing_key (id, kid, algorithm, public_x, public_y, private_key_ciphertext,
                                                          created_at, signs_from, retires_at, verifies_until)
                        VALUES (:id, :kid, 'ES256', :x, :y, :private, :created, :signs, :retires, :until)""")
                .bind("id", id).bind("kid", pub.kid()).bind("x", pub.x()).bind("y", pub.y())
                .bind("private", encryption.encrypt(key.keyPair().privateKey(), keyLocation(id)))
                .bind("created", utc(key.createdAt())).bind("signs", utc(key.signsFrom()))
                .bind("retires", utc(key.retiresAt())).bind("until", utc(key.verifiesUntil()))
                .execute();
    }

    private StoredSigningKey signingKey(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        PublicSigningKey pub = new PublicSigningKey(rs.getString("kid"), rs.getString("public_x"),
                rs.getString("public_y"));
        byte[] privateKey = encryption.decrypt(rs.getBytes("private_key_ciphertext"), keyLocation(id));
        return new StoredSigningKey(new SigningKeyPair(pub, privateKey), instant(rs, "created_at"),
                instant(rs, "signs_from"), instant(rs, "retires_at"), instant(rs, "verifies_until"));
    }

    private static FieldLocation keyLocation(UUID id) {
        return FieldLocation.of(SIGNING_KEY_TABLE, "private_key_ciphertext", id);
    }

    // ----- refresh tokens ---------------------------------------------------------------------------------------

    @Override
    public void startFamily(UUID familyId, UUID accountId, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
        database.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO identity.refresh_token_family (id, account_id, created_at)
                            VALUES (:id, :account, :at)""")
                    .bind("id", familyId).bind("account", accountId).bind("at", utc(issuedAt)).execute();
            insertToken(h, tokenHash, familyId, null, issuedAt, expiresAt);
        });
    }

    @Override
    public Rotation rotate(byte[] tokenHash, Function<Optional<RefreshTokenRecord>, RefreshDecision> decide) {
        return database.inTransaction(h -> {
            Optional<RefreshTokenRecord> presented = h.createQuery("""
                            SELECT t.family_id, f.account_id, t.issued_at, t.expires_at, t.rotated_at, t.superseded_at,
                                   t.grace_retry_used, f.revoked_at AS family_revoked_at,
                                   f.created_at AS family_created_at,
                                   EXISTS (SELECT 1 FROM identity.refresh_token s
                                           WHERE s.parent_hash = t.token_hash AND s.rotated_at IS NOT NULL)
                                       AS successor_used
                            FROM identity.refresh_token t JOIN identity.refresh_token_family f ON f.id = t.family_id
                            WHERE t.token_hash = :hash
                            FOR UPDATE OF t, f""")
                    .bind("hash", tokenHash)
                    .map((rs, ctx) -> new RefreshTokenRecord(rs.getObject("family_id", UUID.class),
                            rs.getObject("account_id", UUID.class), instant(rs, "issued_at"),
                            instant(rs, "expires_at"), instant(rs, "rotated_at"), instant(rs, "superseded_at"),
                            rs.getBoolean("grace_retry_used"), rs.getBoolean("successor_used"),
                            instant(rs, "family_revoked_at"), instant(rs, "family_created_at")))
                    .findOne();
            RefreshDecision decision = decide.apply(presented);
            if (decision.kind() == RefreshDecision.Kind.ROTATE) {
                RefreshDecision rotate = decision;
                RefreshTokenRecord token = presented.orElseThrow(
                        () -> new IllegalStateException("cannot rotate an unknown refresh token"));
                if (rotate.graceRetry()) {
                    h.createUpdate("""
                                    UPDATE identity.refresh_token SET superseded_at = :at
                                    WHERE parent_hash = :hash AND superseded_at IS NULL""")
                            .bind("at", utc(rotate.at())).bind("hash", tokenHash).execute();
                    h.createUpdate("UPDATE identity.refresh_token SET grace_retry_used = true WHERE token_hash = :hash")
                            .bind("hash", tokenHash).execute();
                } else {
                    h.createUpdate("UPDATE identity.refresh_token SET rotated_at = :at WHERE token_hash = :hash")
                            .bind("at", utc(rotate.at())).bind("hash", tokenHash).execute();
                }
                insertToken(h, rotate.successorHash(), token.familyId(), tokenHash, rotate.at(), rotate.expiresAt());
            } else if (decision.kind() == RefreshDecision.Kind.REVOKE_FAMILY) {
                RefreshDecision revoke = decision;
                RefreshTokenRecord token = presented.orElseThrow(
                        () -> new IllegalStateException("cannot revoke the family of an unknown refresh token"));
                revokeFamily(h, token.familyId(), revoke.at(), revoke.reason());
            }
            return new Rotation(presented, decision);
        });
    }

    @Override
    public Optional<UUID> revokeFamily(byte[] tokenHash, Instant at, String reason) {
        return database.inTransaction(h -> {
            Optional<UUID[]> family = h.createQuery("""
                            SELECT f.id, f.account_id FROM identity.refresh_token t
                            JOIN identity.refresh_token_family f ON f.id = t.family_id
                            WHERE t.token_hash = :hash AND f.revoked_at IS NULL
                            FOR UPDATE OF f""")
                    .bind("hash", tokenHash)
                    .map((rs, ctx) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class)})
                    .findOne();
            family.ifPresent(f -> revokeFamily(h, f[0], at, reason));
            return family.map(f -> f[1]);
        });
    }

    private static void revokeFamily(Handle h, UUID familyId, Instant at, String reason) {
        h.createUpdate("""
                        UPDATE identity.refresh_token_family SET revoked_at = :at, revoked_reason = :reason
                        WHERE id = :id AND revoked_at IS NULL""")
                .bind("at", utc(at)).bind("reason", reason).bind("id", familyId).execute();
    }

    private static void insertToken(Handle h, byte[] hash, UUID familyId, byte[] parentHash, Instant issuedAt,
                                    Instant expiresAt) {
        h.createUpdate("""
                        INSERT INTO identity.refresh_token (token_hash, family_id, parent_hash, issued_at, expires_at)
                        VALUES (:hash, :family, :parent, :issued, :expires)""")
                .bind("hash", hash).bind("family", familyId).bind("parent", parentHash)
                .bind("issued", utc(issuedAt)).bind("expires", utc(expiresAt)).execute();
    }

    // ----- helpers ----------------------------------------------------------------------------------------------

    private static OffsetDateTime utc(Instant at) {
        // PostgreSQL keeps microseconds; truncate here (as the other adapters do) so the driver never rounds a time up
        return at == null ? null : OffsetDateTime.ofInstant(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
