package dev.hearth.application.port.in;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How every call of a use case is scoped, declared once on its interface (ADR 0024). The wiring reads it and puts one
 * generic decorator around the use case; a use case without it is refused at start-up, so a new one cannot be served
 * unscoped by omission.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CallScope {

    /** The scope of every call. */
    Kind value();

    /** The scopes a call may have. */
    enum Kind {
        /**
         * The call runs as the account named by the {@code CallContext} of its command or query: the database shows
         * only the households that account has a standing in (ADR 0019, second line of defence). Every method must
         * take one command or query record with a {@code CallContext} component, or the wiring refuses to start.
         */
        ACTING_ACCOUNT,
        /**
         * The call is not narrowed to an account: it reads no household's own rows (pure calculations, readiness,
         * accounts and keys, the audit trail) or it is the access check that decides what an account may see.
         */
        UNSCOPED
    }
}
