package dev.hearth.application.service.household;

import dev.hearth.domain.money.Pence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flattens a result record into lines, one per value, each named by its path ({@code award},
 * {@code elements[2].amount}, {@code explanation.steps[4].description}), in component order. Two results are
 * compared line by line, so a replay names exactly which amount or which sentence of the explanation changed, and a
 * line only one side has shows as added or removed.
 *
 * <p>Records are walked by their components (what the JSON answer shows); lists by index; maps by key; anything else
 * is a leaf written with {@code String.valueOf} ({@code Pence} as its pence, dates ISO-8601, enums by name). A null
 * value is the line {@code null}.
 */
final class ResultLines {

    private ResultLines() {
    }

    /** The lines of {@code value}, path to text, in order. */
    static Map<String, String> of(Object value) {
        Map<String, String> lines = new LinkedHashMap<>();
        walk("", value, lines, 0);
        return lines;
    }

    private static void walk(String path, Object value, Map<String, String> lines, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("a result nested more than 32 deep at " + path);
        }
        if (value != null && value.getClass().isRecord() && !isLeafRecord(value)) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(join(path, component.getName()), read(component, value), lines, depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                lines.put(path, "[]");
            }
            int i = 0;
            for (Object item : items) {
                walk(path + "[" + i++ + "]", item, lines, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                lines.put(path, "{}");
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(join(path, String.valueOf(entry.getKey())), entry.getValue(), lines, depth + 1);
            }
        } else {
            lines.put(path.isEmpty() ? "value" : path, String.valueOf(value));
        }
    }

    /** Money is one value, not a record of its parts. */
    private static boolean isLeafRecord(Object value) {
        return value instanceof Pence;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a result", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
