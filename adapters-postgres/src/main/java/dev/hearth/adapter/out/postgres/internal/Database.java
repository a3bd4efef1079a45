package dev.hearth.adapter.out.postgres.internal;

import java.util.Objects;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The JDBI instance every PostgreSQL adapter goes through. Each call translates any failure into an
 * {@link dev.hearth.application.error.ApplicationException} (see {@link SqlFailures}), so no JDBI or JDBC exception
 * ever leaves adapters-postgres.
 */
public final class Database {

    private final Jdbi jdbi;

    public Database(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** Runs {@code callback} with a handle (autocommit) and returns its result. */
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (Exception e) {
            throw SqlFailures.translate(e);
        }
    }

    /** Runs {@code callback} in one READ COMMITTED transaction, committed when it returns, rolled back if it throws. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
        } catch (Exception e) {
            throw SqlFailures.translate(e);
        }
    }

    /** Like {@link #inTransaction(HandleCallback)} without a result. */
    public <X extends Exception> void useTransaction(HandleConsumer<X> consumer) {
        try {
            jdbi.useTransaction(TransactionIsolationLevel.READ_COMMITTED, consumer);
        } catch (Exception e) {
            throw SqlFailures.translate(e);
        }
    }

    /** The underlying JDBI, for SqlObject DAOs; callers still go through the methods above to run them. */
    public Jdbi jdbi() {
        return jdbi;
    }
}
