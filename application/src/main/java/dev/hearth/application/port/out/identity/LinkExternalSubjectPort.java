package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Maps an external issuer's subjects onto Hearth accounts, creating the account on first sight (ADR 0020). */
public interface LinkExternalSubjectPort {

    /**
     * The account linked to {@code subject} of {@code issuer}; when there is none, creates an account with no login
     * address and no password and links it, atomically (two racing first requests get one account).
     */
    Link link(String issuer, String subject, Instant at);

    /**
     * @param accountId the Hearth account
     * @param created   whether this call created it
     */
    record Link(UUID accountId, boolean created) {
        public Link {
            Objects.requireNonNull(accountId, "accountId");
        }
    }
}
