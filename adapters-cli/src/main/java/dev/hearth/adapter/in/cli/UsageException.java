package dev.hearth.adapter.in.cli;

/**
 * Bad usage or bad configuration found while a command runs: its message (already written for the operator, never
 * holding a secret) goes to standard error and the command exits {@value HearthCommandLine#EXIT_USAGE}.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
