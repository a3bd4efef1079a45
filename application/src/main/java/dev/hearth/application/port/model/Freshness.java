package dev.hearth.application.port.model;

/**
 * How current a value read from storage is known to be. Reads may be served by a read replica; while the primary
 * database is unreachable the replica cannot be shown to be up to date, so what it returns is marked
 * {@link #POSSIBLY_DELAYED} and clients show "data may be delayed".
 */
public enum Freshness {
    /** Read from the primary, or from a replica while the primary is reachable and replication is streaming. */
    CURRENT,
    /** Read from a replica while the primary is unreachable: a change saved moments before may not be in it yet. */
    POSSIBLY_DELAYED;

    /** The less fresh of two (a result built from several reads is only as fresh as its stalest part). */
    public Freshness and(Freshness other) {
        return this == POSSIBLY_DELAYED || other == POSSIBLY_DELAYED ? POSSIBLY_DELAYED : CURRENT;
    }
}
