package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored refresh token, as seen while it is locked for a rotation decision. Only the SHA-256 of the token is stored.
 *
 * @param familyId          the token family: every token descended from one login
 * @param accountId         whose session it is
 * @param issuedAt          when it was issued
 * @param expiresAt         when it stops being usable
 * @param rotatedAt         when it was exchanged for a successor, or null while unused
 * @param supersededAt      when a retry within the grace window replaced it before it was used, or null
 * @param graceRetryUsed    whether its one retry within the grace window was already taken
 * @param successorUsed     whether a successor of it has itself been used (so its answer was not lost)
 * @param familyRevokedAt   when its family was revoked (logout, reuse), or null
 */
public record RefreshTokenRecord(UUID familyId, UUID accountId, Instant issuedAt, Instant expiresAt,
                                 Instant rotatedAt, Instant supersededAt, boolean graceRetryUsed,
                                 boolean successorUsed, Instant familyRevokedAt) {

    public RefreshTokenRecord {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
