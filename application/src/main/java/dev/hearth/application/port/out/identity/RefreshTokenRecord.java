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
 * @param authenticatedAt   when its family started: the password login every token of the family descends from
 *                          (the access tokens' {@code auth_time}); null when not known
 */
public record RefreshTokenRecord(UUID familyId, UUID accountId, Instant issuedAt, Instant expiresAt,
                                 Instant rotatedAt, Instant supersededAt, boolean graceRetryUsed,
                                 boolean successorUsed, Instant familyRevokedAt, Instant authenticatedAt) {

    /** A token whose family's login time is not known. */
    public RefreshTokenRecord(UUID familyId, UUID accountId, Instant issuedAt, Instant expiresAt,
                              Instant rotatedAt, Instant supersededAt, boolean graceRetryUsed,
                              boolean successorUsed, Instant familyRevokedAt) {
        this(familyId, accountId, issuedAt, expiresAt, rotatedAt, supersededAt, graceRetryUsed, successorUsed,
                familyRevokedAt, null);
    }

    public RefreshTokenRecord {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
