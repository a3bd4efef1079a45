package dev.hearth.adapter.out.postgres.internal;

import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Runs statements as the application's database role, {@value #NAME}, which the audit migration creates and which may
 * only INSERT and SELECT in the {@code audit} schema. The switch is {@code SET LOCAL ROLE}: it lasts until the end of
 * the current transaction at most, and {@link Switched#restore(Handle)} puts back whatever role the transaction had
 * before, so a caller's transaction that an audit append joins continues exactly as it was.
 *
 * <p>The login must be {@value #NAME} itself, a member of it (the migration makes the migrating login one) or a
 * superuser.
 */
public final class ApplicationRole {

    /** The application's database role. */
    public static final String NAME = "hearth_app";

    private ApplicationRole() {
    }

    /**
     * Switches the current transaction of {@code handle} to {@value #NAME}, first checking that the transaction is
     * READ COMMITTED: the audit chain's serialisation relies on each statement seeing what was committed before it.
     *
     * @throws IllegalStateException when the transaction uses another isolation level
     */
    public static Switched assume(Handle handle) {
        String isolation = handle.createQuery("SELECT current_setting('transaction_isolation')")
                .mapTo(String.class).one();
        if (!"read committed".equals(isolation)) {
            throw new IllegalStateException("audit events must be appended in a READ COMMITTED transaction, not "
                    + isolation + ": a snapshot taken earlier would not see the latest event of the chain");
        }
        return assumeWithinAnyTransaction(handle);
    }

    /** Switches to {@value #NAME} without checking the isolation level (for read-only snapshots). */
    public static Switched assumeWithinAnyTransaction(Handle handle) {
        String previous = handle.createQuery("SELECT current_setting('role')").mapTo(String.class).one();
        handle.createQuery("SELECT set_config('role', :role, true)").bind("role", NAME).mapTo(String.class).one();
        return new Switched(previous);
    }

    /** A switch that can be undone. */
    public static final class Switched {
        private final String previous;

        private Switched(String previous) {
            this.previous = Objects.requireNonNull(previous, "previous");
        }

        /** Puts back the role the transaction had before ({@code none} means the login's own). */
        public void restore(Handle handle) {
            handle.createQuery("SELECT set_config('role', :role, true)").bind("role", previous)
                    .mapTo(String.class).one();
        }
    }
}
