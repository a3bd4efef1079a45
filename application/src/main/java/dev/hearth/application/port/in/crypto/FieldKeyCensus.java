package dev.hearth.application.port.in.crypto;

import dev.hearth.application.port.model.FieldKey;
import dev.hearth.application.port.model.FieldKeyCount;
import java.util.List;

/**
 * Which key protects how many stored values.
 *
 * @param keys    the keyset in use, ids and state only
 * @param columns one count per encrypted column, in order
 */
public record FieldKeyCensus(List<FieldKey> keys, List<FieldKeyCount> columns) {

    public FieldKeyCensus {
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
    }

    /** The key new values are encrypted with. */
    public int primaryKeyId() {
        return keys.stream().filter(FieldKey::primary).findFirst().orElseThrow().id();
    }

    /** Values this keyset cannot decrypt: under a disabled key, a key it does not hold, or no key id at all. */
    public long unreadable() {
        long n = 0;
        for (FieldKeyCount column : columns) {
            n += column.withoutKeyId() + column.byKeyId().entrySet().stream()
                    .filter(e -> keys.stream().noneMatch(k -> k.id() == e.getKey() && k.enabled()))
                    .mapToLong(e -> e.getValue()).sum();
        }
        return n;
    }

    /** Values not under the primary key yet (unreadable ones included). */
    public long notUnderPrimary() {
        int primary = primaryKeyId();
        long n = 0;
        for (FieldKeyCount column : columns) {
            n += column.withoutKeyId() + column.byKeyId().entrySet().stream()
                    .filter(e -> e.getKey() != primary).mapToLong(e -> e.getValue()).sum();
        }
        return n;
    }

    /** Keys ids found in stored values that this keyset does not hold, with their counts, for one column. */
    public List<java.util.Map.Entry<Integer, Long>> unknownKeys(FieldKeyCount column) {
        return column.byKeyId().entrySet().stream()
                .filter(e -> keys.stream().noneMatch(k -> k.id() == e.getKey())).toList();
    }
}
