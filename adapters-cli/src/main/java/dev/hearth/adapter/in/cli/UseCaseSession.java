package dev.hearth.adapter.in.cli;

/**
 * A use case together with the resources opened for it (a database pool), closed when the command ends.
 *
 * @param <T> the use case
 */
public interface UseCaseSession<T> extends AutoCloseable {

    /** The use case, usable until {@link #close()}. */
    T useCase();

    /** Closes what was opened for the use case. */
    @Override
    void close();
}
