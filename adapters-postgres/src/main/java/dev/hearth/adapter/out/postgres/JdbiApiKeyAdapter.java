package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.application.port.out.identity.ApiKeyRecord;
import dev.hearth.application.port.out.identity.LoadApiKeysPort;
import dev.hearth.application.port.out.identity.StoreApiKeysPort;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * API keys in PostgreSQL (table {@code identity.api_key}, migration {@code V50__api_keys.sql}, ADR 0020). Only the
 * SHA-256 of each key is stored. Rotation inserts the successor and shortens the predecessor in one transaction, with
 * the predecessor's row locked and checked to be still active, so two racing rotations make one successor.
 */
public final class JdbiApiKeyAdapter implements LoadApiKeysPort, StoreApiKeysPort {

    private static final String COLUMNS = """
            id, account_id, prefix, secret_hash, name, scopes, created_at, expires_at, last_used_at, revoked_at,
            replaced_by""";

    private final Database database;

    JdbiApiKeyAdapter(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<ApiKeyRecord> byPrefix(String prefix) {
        return database.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM identity.api_key WHERE prefix = :p")
                .bind("p", prefix).map((rs, ctx) -> key(rs)).findOne());
    }

    @Override
    public Optional<ApiKeyRecord> byId(UUID accountId, UUID keyId) {
        return database.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM identity.api_key WHERE id = :id AND account_id = :account")
                .bind("id", keyId).bind("account", accountId).map((rs, ctx) -> key(rs)).findOne());
    }

    @Override
    public List<ApiKeyRecord> ofAccount(UUID accountId) {
        return database.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM identity.api_key WHERE account_id = :account ORDER BY created_at DESC, id DESC")
                .bind("account", accountId).map((rs, ctx) -> key(rs)).list());
    }

    @Override
    public boolean insert(ApiKeyRecord key) {
        return database.withHandle(h -> insert(h, key));
    }

    @Override
    public boolean rotate(UUID previousId, Instant previousExpiresAt, ApiKeyRecord successor) {
        return database.inTransaction(h -> {
            boolean active = h.createQuery("""
                            SELECT revoked_at IS NULL AND replaced_by IS NULL FROM identity.api_key
                            WHERE id = :id AND account_id = :account FOR UPDATE""")
                    .bind("id", previousId).bind("account", successor.accountId())
                    .mapTo(Boolean.class).findOne().orElse(false);
            if (!active || !insert(h, successor)) {
                return false;
            }
            h.createUpdate("""
                            UPDATE identity.api_key SET replaced_by = :successor, expires_at = LEAST(expires_at, :until)
                            WHERE id = :id""")
                    .bind("successor", successor.id()).bind("until", utc(previousExpiresAt)).bind("id", previousId)
                    .execute();
            return true;
        });
    }

    @Override
    public boolean revoke(UUID accountId, UUID keyId, Instant at) {
        return database.withHandle(h -> h.createUpdate("""
                        UPDATE identity.api_key SET revoked_at = :at
                        WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
                .bind("at", utc(at)).bind("id", keyId).bind("account", accountId).execute() == 1);
    }

    @Override
    public void recordUse(UUID keyId, Instant at, Instant ifLastUsedBefore) {
        database.withHandle(h -> h.createUpdate("""
                        UPDATE identity.api_key SET last_used_at = :at
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)""")
                .bind("at", utc(at)).bind("id", keyId).bind("before", utc(ifLastUsedBefore)).execute());
    }

    private static boolean insert(Handle h, ApiKeyRecord key) {
        return h.createUpdate("""
                        INSERT INTO identity.api_key (id, account_id, prefix, secret_hash, name, scopes, created_at,
                                                      expires_at)
                        VALUES (:id, :account, :prefix, :hash, :name, :scopes, :created, :expires)
                        ON CONFLICT (prefix) DO NOTHING""")
                .bind("id", key.id()).bind("account", key.accountId()).bind("prefix", key.prefix())
                .bind("hash", key.secretHash()).bind("name", key.name())
                .bind("scopes", key.scopes().toArray(new String[0]))
                .bind("created", utc(key.createdAt())).bind("expires", utc(key.expiresAt()))
                .execute() == 1;
    }

    private static ApiKeyRecord key(ResultSet rs) throws SQLException {
        Array scopes = rs.getArray("scopes");
        return new ApiKeyRecord(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("prefix"), rs.getBytes("secret_hash"), rs.getString("name"),
                List.of((String[]) scopes.getArray()), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"), rs.getObject("replaced_by", UUID.class));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
