package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.Read;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The JDBI instances every PostgreSQL adapter goes through, and where each call is sent: the primary, or the read
 * replica when one is configured. Each call translates any failure into an {@link ApplicationException} (see
 * {@link SqlFailures}), so no JDBI or JDBC exception ever leaves adapters-postgres.
 *
 * <h2>Routing</h2>
 * <ul>
 *   <li>{@link #inTransaction}, {@link #useTransaction} and {@link #withHandle} always go to the <em>primary</em>: every
 *       write, and every read that must see the latest state (for example the read before a conditional update).</li>
 *   <li>{@link #read} runs a read-only READ COMMITTED transaction. Inside a primary call already open on this thread
 *       it joins that call's handle (and its transaction), so it sees the caller's own uncommitted writes; its result
 *       is {@link Freshness#CURRENT}. Otherwise it goes to the replica when one is configured and reachable, else to
 *       the primary. If the replica cannot be reached the read is retried on the primary.</li>
 * </ul>
 * Nested calls on one thread share one handle: JDBI keeps the handle of the outermost {@code withHandle} /
 * {@code inTransaction} of each {@link Jdbi} in a thread-bound {@link org.jdbi.v3.core.HandleScope}, hands it to
 * nested calls on the same {@code Jdbi}, and a nested {@code inTransaction} on a handle already in a transaction runs
 * inside it. That is how an audit append joins the caller's transaction, and how {@link #read} detects a primary call
 * open on this thread ({@code primary.getHandleScope().get() != null}).
 *
 * <h2>When the primary is unreachable</h2>
 * A primary call that fails because the server could not be reached ({@link SqlFailures#connectionLost}) marks the
 * primary DOWN in its {@link ServerAvailability}; while it is DOWN, primary calls fail at once, without waiting for
 * the pool's connection timeout, with {@link ErrorCode#WRITES_UNAVAILABLE} and a {@code Retry-After} of
 * {@link #RETRY_AFTER} (also when no replica is configured: the write still cannot be saved, and the caller should
 * retry rather than give up). A probe marks the primary UP again as soon as it answers; nothing needs restarting.
 * Reads served by the replica meanwhile are {@link Freshness#POSSIBLY_DELAYED}: the replica cannot show it has
 * everything the primary acknowledged. With no replica (or the replica down too) reads fail with
 * {@code SERVICE_UNAVAILABLE} and the same {@code Retry-After}.
 *
 * <h2>Writes whose outcome is unknown</h2>
 * If the connection is lost after a transaction's work has run, that is while COMMIT is on its way, the server may or
 * may not have committed it. Such a call never returns normally: it fails with {@code SERVICE_UNAVAILABLE} and
 * {@link #OUTCOME_UNKNOWN_DETAIL}. A call that returned normally was committed (PostgreSQL acknowledged the COMMIT)
 * and survives a restart of the primary. A lost connection before the work finished means nothing was committed, and
 * the call fails with {@code WRITES_UNAVAILABLE}.
 */
public final class Database {

    /** How long callers are asked to wait before retrying while the primary is unreachable. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** Detail of {@code WRITES_UNAVAILABLE}: calm, true whether or not a replica serves reads, nothing internal. */
    public static final String WRITES_PAUSED_DETAIL = "Changes cannot be saved for a short while because the main "
            + "database is not answering. Nothing you saved before is lost, and this change was not saved. Please try "
            + "again in a few seconds.";

    /** Detail when the connection was lost while a transaction was committing. */
    public static final String OUTCOME_UNKNOWN_DETAIL = "The connection to the database was lost while this change "
            + "was being saved, so Hearth cannot tell whether it was saved. Please check before trying again.";

    /** Detail when no server can answer a read. */
    public static final String READS_UNAVAILABLE_DETAIL = "The database is not answering just now. Nothing you saved "
            + "is lost. Please try again in a few seconds.";

    private static final TransactionIsolationLevel LEVEL = TransactionIsolationLevel.READ_COMMITTED;
    /** Name of the savepoint {@link #withEachCallInASavepoint} puts each direct call in (they never nest). */
    private static final String SAVEPOINT = "hearth_call";
    /** How deep this thread is inside a {@link #withEachCallInASavepoint}; null outside one. */
    private static final ThreadLocal<int[]> SAVEPOINT_DEPTH = new ThreadLocal<>();

    private final Jdbi primary;
    private final ServerAvailability primaryAvailability;
    private final Jdbi replica;
    private final ServerAvailability replicaAvailability;

    /**
     * A primary only, whose availability is probed through {@code jdbi} itself. {@code PostgresAdapters} uses the
     * four-argument constructor; this one serves tests and tools with a single JDBI.
     */
    public Database(Jdbi jdbi) {
        this(jdbi, new ServerAvailability("primary", () -> jdbi.useHandle(h -> h.execute("SELECT 1")),
                Duration.ofSeconds(1)), null, null);
    }

    /**
     * @param primary             JDBI over the primary's pool
     * @param primaryAvailability tracks the primary (owned by the caller, who closes it)
     * @param replica             JDBI over the replica's pool (read-only connections), or null when none is configured
     * @param replicaAvailability tracks the replica; null exactly when {@code replica} is null
     */
    public Database(Jdbi primary, ServerAvailability primaryAvailability, Jdbi replica,
                    ServerAvailability replicaAvailability) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.primaryAvailability = Objects.requireNonNull(primaryAvailability, "primaryAvailability");
        if ((replica == null) != (replicaAvailability == null)) {
            throw new IllegalArgumentException("replica and replicaAvailability come together");
        }
        this.replica = replica;
        this.replicaAvailability = replicaAvailability;
    }

    /** Runs {@code callback} on the primary with a handle (autocommit) and returns its result. */
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) {
        return onPrimary(callback, false);
    }

    /**
     * Runs {@code callback} on the primary in one READ COMMITTED transaction, committed when it returns, rolled back
     * if it throws. Returning normally means PostgreSQL acknowledged the commit.
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) {
        return onPrimary(callback, true);
    }

    /** Like {@link #inTransaction(HandleCallback)} without a result. */
    public <X extends Exception> void useTransaction(HandleConsumer<X> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        onPrimary(handle -> {
            consumer.useHandle(handle);
            return null;
        }, true);
    }

    /**
     * Runs {@code callback} in a read-only READ COMMITTED transaction, routed as described above, and says how fresh
     * the result is known to be. The callback must only read (the transaction is read-only, so a write fails) and must
     * not return null (return an {@code Optional} for something that may be absent).
     *
     * @throws ApplicationException {@code SERVICE_UNAVAILABLE} with a {@code Retry-After} when no server can answer
     */
    public <R, X extends Exception> Read<R> read(HandleCallback<R, X> callback) {
        Objects.requireNonNull(callback, "callback");
        if (primary.getHandleScope().get() != null) {
            return Read.current(joinPrimary(callback));
        }
        if (replica != null && replica.getHandleScope().get() != null) {
            // a read nested in a read already on the replica: same handle, same transaction
            return new Read<>(run(replica, callback), freshnessOfReplica(primaryAvailability.isUp()));
        }
        if (replica != null && replicaAvailability.isUp()) {
            boolean primaryUpBefore = primaryAvailability.isUp();
            try {
                R value = readOnly(replica, callback);
                replicaAvailability.markUp();
                return new Read<>(value, freshnessOfReplica(primaryUpBefore && primaryAvailability.isUp()));
            } catch (Exception e) {
                if (!SqlFailures.connectionLost(e)) {
                    throw SqlFailures.translate(e);
                }
                replicaAvailability.markDown(e);
                // fall through: try the primary
            }
        }
        if (!primaryAvailability.isUp()) {
            throw readsUnavailable(null);
        }
        try {
            return readOnPrimary(callback);
        } catch (PrimaryUnreachable e) {
            throw readsUnavailable(e.getCause());
        }
    }

    /** The primary could not be reached for a read (it is marked down); the cause is the connection failure. */
    private static final class PrimaryUnreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PrimaryUnreachable(Exception cause) {
            super(cause);
        }
    }

    /**
     * A read-only transaction on the primary.
     *
     * @throws PrimaryUnreachable when the primary could not be reached; it is then marked down
     */
    private <R, X extends Exception> Read<R> readOnPrimary(HandleCallback<R, X> callback) {
        try {
            R value = readOnly(primary, callback);
            primaryAvailability.markUp();
            return Read.current(value);
        } catch (Exception e) {
            if (!SqlFailures.connectionLost(e)) {
                throw SqlFailures.translate(e);
            }
            primaryAvailability.markDown(e);
            throw new PrimaryUnreachable(e);
        }
    }

    /**
     * Like {@link #read}, but on the primary whenever it is up, for reads that must see every commit at once (is this
     * session revoked?); only while the primary is unreachable does it fall back to {@link #read}'s routing (the
     * replica, possibly delayed).
     */
    public <R, X extends Exception> Read<R> readPreferringPrimary(HandleCallback<R, X> callback) {
        Objects.requireNonNull(callback, "callback");
        if (primary.getHandleScope().get() != null) {
            return Read.current(joinPrimary(callback));
        }
        if (primaryAvailability.isUp()) {
            try {
                return readOnPrimary(callback);
            } catch (PrimaryUnreachable e) {
                // marked down: read() now routes to the replica, or says no server can answer
            }
        }
        return read(callback);
    }

    /** The primary's JDBI, for SqlObject DAOs and special transactions; its failures are not tracked. */
    public Jdbi jdbi() {
        return primary;
    }

    /** Whether a read replica is configured. */
    public boolean replicaConfigured() {
        return replica != null;
    }

    /** The primary's availability. */
    public ServerAvailability primaryAvailability() {
        return primaryAvailability;
    }

    private static Freshness freshnessOfReplica(boolean primaryUp) {
        return primaryUp ? Freshness.CURRENT : Freshness.POSSIBLY_DELAYED;
    }

    /**
     * Runs {@code work}, which must be inside a transaction of this database on this thread, with every call on the
     * primary that {@code work} makes directly ({@link #inTransaction}, {@link #withHandle}, a {@link #read} joining
     * the primary) in a savepoint of its own: a call that fails is rolled back to where it started, and the
     * transaction goes on, exactly as a separate transaction would have been rolled back before. Calls nested inside
     * those run as before. That is how a request run once per idempotency key (ADR 0026) keeps the meaning every
     * transaction it makes had on its own: when the request fails, what it committed before failing (a refused change's
     * audit event, say) is still committed.
     */
    public <R> R withEachCallInASavepoint(Supplier<R> work) {
        Objects.requireNonNull(work, "work");
        if (primary.getHandleScope().get() == null) {
            throw new IllegalStateException("withEachCallInASavepoint runs inside a transaction of this database");
        }
        int[] previous = SAVEPOINT_DEPTH.get();
        SAVEPOINT_DEPTH.set(new int[1]);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SAVEPOINT_DEPTH.remove();
            } else {
                SAVEPOINT_DEPTH.set(previous);
            }
        }
    }

    /** Whether a joined call on the primary is one {@link #withEachCallInASavepoint} runs in a savepoint. */
    private static boolean savepointed() {
        int[] depth = SAVEPOINT_DEPTH.get();
        return depth != null && depth[0] == 0;
    }

    /** Runs a call joined to the open transaction in a savepoint; see {@link #withEachCallInASavepoint}. */
    private <R, X extends Exception> R inSavepoint(HandleCallback<R, X> callback) {
        int[] depth = SAVEPOINT_DEPTH.get();
        depth[0]++;
        try {
            return primary.withHandle(handle -> {
                handle.savepoint(SAVEPOINT);
                R result;
                try {
                    result = callback.withHandle(handle);
                } catch (Exception e) {
                    try {
                        handle.rollbackToSavepoint(SAVEPOINT);
                    } catch (RuntimeException again) {
                        e.addSuppressed(again);
                    }
                    throw e;
                }
                handle.releaseSavepoint(SAVEPOINT);
                return result;
            });
        } catch (Exception e) {
            if (SqlFailures.connectionLost(e)) {
                primaryAvailability.markDown(e);
            }
            throw SqlFailures.translate(e);
        } finally {
            depth[0]--;
        }
    }

    private <R, X extends Exception> R onPrimary(HandleCallback<R, X> callback, boolean transaction) {
        Objects.requireNonNull(callback, "callback");
        boolean joined = primary.getHandleScope().get() != null;
        if (joined && savepointed()) {
            return inSavepoint(callback);
        }
        if (!joined && !primaryAvailability.isUp()) {
            throw writesPaused(null);
        }
        boolean[] progress = new boolean[2]; // [0] the callback started, [1] it returned
        HandleCallback<R, X> tracked = handle -> {
            progress[0] = true;
            R result = callback.withHandle(handle);
            progress[1] = true;
            return result;
        };
        try {
            R result = transaction ? primary.inTransaction(LEVEL, tracked) : primary.withHandle(tracked);
            primaryAvailability.markUp();
            return result;
        } catch (Exception e) {
            // a nested call may already have seen the connection die and marked the primary down; what reaches the
            // outermost call is then often only JDBI failing to restore the dead connection ("Connection is closed",
            // no SQLSTATE), so that mark counts as the connection lost too
            boolean lostDuringThisCall = !joined && !primaryAvailability.isUp();
            if (!SqlFailures.connectionLost(e) && !lostDuringThisCall) {
                throw SqlFailures.translate(e);
            }
            primaryAvailability.markDown(e);
            if (joined) {
                throw SqlFailures.translate(e); // the outermost call tells the caller what happened
            }
            if (transaction && progress[1]) {
                // the work ran and COMMIT was on its way when the connection went: it may or may not have committed
                throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, OUTCOME_UNKNOWN_DETAIL, List.of(), e);
            }
            if (!transaction && progress[0]) {
                // autocommit statements may have run before the connection went: say nothing either way
                throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, SqlFailures.UNAVAILABLE_DETAIL,
                        List.of(), e, RETRY_AFTER);
            }
            throw writesPaused(e); // nothing was committed
        }
    }

    private <R, X extends Exception> R joinPrimary(HandleCallback<R, X> callback) {
        if (savepointed()) {
            return inSavepoint(callback);
        }
        try {
            return primary.withHandle(handle -> handle.isInTransaction()
                    ? callback.withHandle(handle)
                    : handle.inTransaction(LEVEL, readOnlyBody(callback)));
        } catch (Exception e) {
            if (SqlFailures.connectionLost(e)) {
                primaryAvailability.markDown(e);
            }
            throw SqlFailures.translate(e);
        }
    }

    private static <R, X extends Exception> R run(Jdbi jdbi, HandleCallback<R, X> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (Exception e) {
            throw SqlFailures.translate(e);
        }
    }

    private static <R, X extends Exception> R readOnly(Jdbi jdbi, HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(LEVEL, readOnlyBody(callback));
    }

    private static <R, X extends Exception> HandleCallback<R, X> readOnlyBody(HandleCallback<R, X> callback) {
        return handle -> {
            setReadOnly(handle);
            return callback.withHandle(handle);
        };
    }

    private static void setReadOnly(Handle handle) {
        handle.execute("SET TRANSACTION READ ONLY");
    }

    private static ApplicationException writesPaused(Throwable cause) {
        return new ApplicationException(ErrorCode.WRITES_UNAVAILABLE, WRITES_PAUSED_DETAIL, List.of(), cause,
                RETRY_AFTER);
    }

    private static ApplicationException readsUnavailable(Throwable cause) {
        return new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, READS_UNAVAILABLE_DETAIL, List.of(), cause,
                RETRY_AFTER);
    }
}
