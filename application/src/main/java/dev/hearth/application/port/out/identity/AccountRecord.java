package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored account. {@link #toString()} shows the id only: the address is personal data and the hash a secret.
 *
 * @param id           the account's UUID (v7), the only way it appears in tokens, logs and the audit trail
 * @param email        the normalised login address (stored encrypted); null for an account known only through the
 *                     external issuer (ADR 0020)
 * @param passwordHash the PHC-encoded Argon2id hash; null for an account known only through the external issuer
 * @param createdAt    when it was registered
 */
public record AccountRecord(UUID id, String email, String passwordHash, Instant createdAt) {

    public AccountRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "AccountRecord[id=" + id + "]";
    }
}
