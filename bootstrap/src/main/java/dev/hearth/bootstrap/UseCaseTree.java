package dev.hearth.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Walks a tree of use cases: a record whose components are use-case interfaces or further such records ({@link
 * UseCases}, and the area records the route modules take). It lets the wiring treat every use case alike, once, instead
 * of naming each one: scoping them ({@link ActingAccount}) and standing in for them when only the routes' declarations
 * are needed ({@link UseCases#documentationOnly()}).
 */
final class UseCaseTree {

    /** What to put in place of one use case. */
    @FunctionalInterface
    interface Leaf {
        /**
         * @param useCase the component's interface
         * @param current the use case now in the tree, or {@code null} when building a tree from nothing
         */
        Object of(Class<?> useCase, Object current);
    }

    private UseCaseTree() {
    }

    /**
     * A copy of {@code tree} with every use case replaced by what {@code leaf} gives for it.
     *
     * @throws IllegalStateException when a component is missing ({@code null}) or is neither an interface nor a record
     */
    static <R extends Record> R map(R tree, Leaf leaf) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) tree.getClass();
        return build(type, tree, leaf);
    }

    /** A tree of {@code type} whose every use case is what {@code leaf} gives for its interface. */
    static <R extends Record> R build(Class<R> type, Leaf leaf) {
        return build(type, null, leaf);
    }

    private static <R> R build(Class<R> type, Object from, Leaf leaf) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String name = type.getSimpleName() + "." + c.getName();
            Object current = from == null ? null : invoke(() -> c.getAccessor().invoke(from));
            if (from != null && current == null) {
                throw new IllegalStateException(name + " is missing: every use case must be wired");
            }
            if (types[i].isRecord()) {
                values[i] = build(types[i], current, leaf);
            } else if (types[i].isInterface()) {
                values[i] = leaf.of(types[i], current);
            } else {
                throw new IllegalStateException(name + " is neither a use-case interface nor a record of them");
            }
        }
        return invoke(() -> type.getDeclaredConstructor(types).newInstance(values));
    }

    private interface Reflective<T> {
        T get() throws ReflectiveOperationException;
    }

    private static <T> T invoke(Reflective<T> call) {
        try {
            return call.get();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
