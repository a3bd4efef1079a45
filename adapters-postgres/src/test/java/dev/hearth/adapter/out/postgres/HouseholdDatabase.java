package dev.hearth.adapter.out.postgres;

import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;

/**
 * A migrated test database with the household adapter over a fresh keyset, plus the audit helpers (raw superuser
 * access that goes around every protection, as an attacker with the server's superuser password would).
 */
final class HouseholdDatabase implements AutoCloseable {

    final AuditDatabase audit;
    final TinkFieldEncryptionAdapter encryption;
    final JdbiHouseholdAdapter households;

    private HouseholdDatabase(AuditDatabase audit, TinkFieldEncryptionAdapter encryption) {
        this.audit = audit;
        this.encryption = encryption;
        this.households = audit.postgres.households(encryption);
    }

    static HouseholdDatabase start(Class<?> testClass) {
        AuditDatabase audit = AuditDatabase.start(testClass);
        audit.assumeSuperuser();
        return new HouseholdDatabase(audit, TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
    }

    /** The same database through an adapter with other keys. */
    JdbiHouseholdAdapter householdsWith(TinkFieldEncryptionAdapter keys) {
        return audit.postgres.households(keys);
    }

    /** Empties the household tables and the audit trail (superuser: no row-level security, no triggers). */
    void empty() {
        audit.asSuperuserWithTriggersOff("TRUNCATE household, household_debt, saved_estimate, household_member,"
                + " crisis_override, household_note");
        audit.emptyAuditTrail();
    }

    @Override
    public void close() {
        audit.close();
    }
}
