package dev.hearth.application.port.out.identity;

import java.util.Optional;
import java.util.UUID;

/** Finds accounts. */
public interface LoadAccountPort {

    /** The account whose e-mail blind index is {@code emailIndex}. */
    Optional<AccountRecord> byEmailIndex(byte[] emailIndex);

    /** The account with this id (its address decrypted). */
    Optional<AccountRecord> byId(UUID id);

    /** Whether the account exists; cheaper than {@link #byId}, nothing decrypted. */
    boolean exists(UUID id);

    /**
     * Whether an access token of {@code sessionId} for {@code accountId} may still be used: the account exists and the
     * session (its refresh-token family) belongs to it and has not been revoked. One read, asked on every request that
     * carries an access token, so a logout is seen by every instance at once (ADR 0018).
     */
    SessionStanding sessionStanding(UUID accountId, UUID sessionId);

    /** What {@link #sessionStanding} found. */
    enum SessionStanding {
        /** The account exists and the session is live. */
        ACTIVE,
        /** No such account (deleted). */
        ACCOUNT_GONE,
        /** The account exists, but the session was revoked, or is unknown, or another account's. */
        SESSION_ENDED
    }
}
