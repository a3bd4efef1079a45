package dev.hearth.application.port.out.crypto;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.util.List;

/**
 * A stored ciphertext could not be decrypted: it was altered, moved from another row or column, or was encrypted
 * under a key this installation no longer has. Never a user error: it answers as {@code internal_error}, and the
 * operator looks at the location (safe to log: names and a row id, never the value) and the runbooks.
 */
public class UndecryptableFieldException extends ApplicationException {

    private static final long serialVersionUID = 1L;

    private final FieldLocation location;

    public UndecryptableFieldException(FieldLocation location, String why, Throwable cause) {
        super(ErrorCode.INTERNAL, "A stored value could not be decrypted (" + location + "): " + why + ".",
                List.of(), cause);
        this.location = location;
    }

    /** Where the unreadable value is stored. */
    public FieldLocation location() {
        return location;
    }
}
