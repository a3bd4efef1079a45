package dev.hearth.bootstrap;

import dev.hearth.adapter.out.postgres.JdbiHouseholdAdapter;
import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.CallContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one decorator of use cases, applied to all of them at wiring ({@link #scope}) as each interface's
 * {@link CallScope} declares (ADR 0024).
 *
 * <p>{@link CallScope.Kind#ACTING_ACCOUNT} is the second line of defence of household access (ADR 0019): every call
 * runs with the database's row-level security narrowed to what the call's actor may see
 * ({@link JdbiHouseholdAdapter#actingAs}), the actor being the {@code context} component ({@link CallContext}) of the
 * call's one command or query. So even a household route whose HTTP access check were wrong or missing would read no
 * row of a household the caller has no role in.
 *
 * <p>Fails closed at start-up: a use case whose interface declares no scope, a missing use case, or a method of an
 * acting-account use case whose single parameter is not a record with a {@code CallContext} component is refused.
 */
final class ActingAccount {

    /** Runs work as an account: the database shows it only what that account may see. */
    interface Store {
        <T> T actingAs(String actorId, Supplier<T> work);
    }

    private ActingAccount() {
    }

    /** Every use case in {@code useCases} (a tree of them, see {@link UseCaseTree}), scoped as it declares. */
    static <R extends Record> R scope(R useCases, Store store) {
        Objects.requireNonNull(store, "store");
        return UseCaseTree.map(useCases, (type, target) -> scoped(type, target, store));
    }

    private static Object scoped(Class<?> type, Object target, Store store) {
        CallScope declared = type.getAnnotation(CallScope.class);
        if (declared == null) {
            throw new IllegalStateException(type.getName() + " declares no @CallScope: refusing to wire it unscoped");
        }
        return switch (declared.value()) {
            case UNSCOPED -> target;
            case ACTING_ACCOUNT -> wrap(type, target, store);
        };
    }

    /** {@code target} behind {@code type}, each call acting as its command's actor. */
    private static <T> T wrap(Class<T> type, Object target, Store store) {
        Objects.requireNonNull(target, "target");
        for (Method m : type.getMethods()) {
            if (!m.isDefault() && !Modifier.isStatic(m.getModifiers())) {
                contextComponent(m);
            }
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "acting-account " + target : method.invoke(target, args);
            }
            CallContext context = (CallContext) contextComponent(method).getAccessor().invoke(args[0]);
            return store.actingAs(context.actorId(), () -> call(method, target, args));
        }));
    }

    private static RecordComponent contextComponent(Method m) {
        if (m.getParameterCount() == 1 && m.getParameterTypes()[0].isRecord()) {
            for (RecordComponent c : m.getParameterTypes()[0].getRecordComponents()) {
                if (c.getType() == CallContext.class) {
                    return c;
                }
            }
        }
        throw new IllegalStateException(m + " takes no command or query with a CallContext: cannot scope it to an "
                + "account, refusing to wire it");
    }

    private static Object call(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
