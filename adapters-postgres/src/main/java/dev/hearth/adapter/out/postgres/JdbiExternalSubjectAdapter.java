package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.UuidV7;
import dev.hearth.application.port.out.identity.LinkExternalSubjectPort;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * External issuer subjects mapped onto accounts (table {@code identity.external_subject}, migration
 * {@code V51__external_subjects.sql}, ADR 0020). A first sight creates an account without address or password and the
 * link in one transaction, serialised per subject by a transaction-scoped advisory lock, so racing first requests make
 * one account.
 */
public final class JdbiExternalSubjectAdapter implements LinkExternalSubjectPort {

    private final Database database;

    JdbiExternalSubjectAdapter(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Link link(String issuer, String subject, Instant at) {
        Optional<UUID> known = find(issuer, subject);
        if (known.isPresent()) {
            return new Link(known.get(), false);
        }
        return database.inTransaction(h -> {
            h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .bind("key", "hearth.external_subject|" + issuer + "|" + subject).mapTo(Integer.class).one();
            Optional<UUID> raced = h.createQuery("""
                            SELECT account_id FROM identity.external_subject WHERE issuer = :issuer AND subject = :subject""")
                    .bind("issuer", issuer).bind("subject", subject).mapTo(UUID.class).findOne();
            if (raced.isPresent()) {
                return new Link(raced.get(), false);
            }
            UUID id = UuidV7.at(at);
            OffsetDateTime utc = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            h.createUpdate("INSERT INTO identity.account (id, created_at) VALUES (:id, :at)")
                    .bind("id", id).bind("at", utc).execute();
            h.createUpdate("""
                            INSERT INTO identity.external_subject (issuer, subject, account_id, created_at)
                            VALUES (:issuer, :subject, :id, :at)""")
                    .bind("issuer", issuer).bind("subject", subject).bind("id", id).bind("at", utc).execute();
            return new Link(id, true);
        });
    }

    private Optional<UUID> find(String issuer, String subject) {
        return database.withHandle(h -> h.createQuery("""
                        SELECT account_id FROM identity.external_subject WHERE issuer = :issuer AND subject = :subject""")
                .bind("issuer", issuer).bind("subject", subject).mapTo(UUID.class).findOne());
    }
}
