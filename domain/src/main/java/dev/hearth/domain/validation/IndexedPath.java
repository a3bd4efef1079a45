package dev.hearth.domain.validation;

import java.util.Objects;

/**
 * The field path of one element of a list, as a caller wrote it: {@code children[1]}, {@code claimants[0]}. Used in
 * violations and explanations. The paths of the first few elements are written once, when the constant is made, so
 * that naming a person on every calculation costs nothing; later ones are written when asked for.
 *
 * <pre>{@code
 * private static final IndexedPath CHILDREN = IndexedPath.of("children");
 * CHILDREN.at(1);   // "children[1]"
 * }</pre>
 */
public final class IndexedPath {

    /** How many paths are written in advance; households rarely list more people or entries than this. */
    private static final int WRITTEN_IN_ADVANCE = 16;

    private final String list;
    private final String[] written;

    private IndexedPath(String list) {
        this.list = list;
        this.written = new String[WRITTEN_IN_ADVANCE];
        for (int i = 0; i < written.length; i++) {
            written[i] = list + "[" + i + "]";
        }
    }

    /** The paths of the elements of the list named {@code list} (its JSON/record name). */
    public static IndexedPath of(String list) {
        return new IndexedPath(Objects.requireNonNull(list, "list"));
    }

    /** The path of the element at {@code index}, e.g. {@code children[1]}. */
    public String at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        return index < written.length ? written[index] : list + "[" + index + "]";
    }
}
