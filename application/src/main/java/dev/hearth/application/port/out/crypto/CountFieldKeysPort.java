package dev.hearth.application.port.out.crypto;

import dev.hearth.application.port.model.FieldKey;
import dev.hearth.application.port.model.FieldKeyCount;
import java.util.List;

/** Which key protects how many stored values: the check before an old key is disabled or removed. */
public interface CountFieldKeysPort {

    /** The keys of the keyset in use, ids and state only. */
    List<FieldKey> keys();

    /** For each encrypted column, in order, how many values name each key. */
    List<FieldKeyCount> count();
}
