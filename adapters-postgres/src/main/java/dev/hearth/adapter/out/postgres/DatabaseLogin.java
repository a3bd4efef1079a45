package dev.hearth.adapter.out.postgres;

import java.util.Objects;

/**
 * The role a pool logs in as, and the two attributes that put it above row-level security (ADR 0016): a superuser and
 * a {@code BYPASSRLS} role are never subject to the policies, so a serving login must be neither.
 *
 * @param name                   the role's name ({@code current_user} of a fresh pooled connection)
 * @param superuser              {@code pg_roles.rolsuper}
 * @param bypassesRowLevelSecurity {@code pg_roles.rolbypassrls}
 */
public record DatabaseLogin(String name, boolean superuser, boolean bypassesRowLevelSecurity) {

    public DatabaseLogin {
        Objects.requireNonNull(name, "name");
    }

    /** Whether row-level security does not apply to this login. */
    public boolean escapesRowLevelSecurity() {
        return superuser || bypassesRowLevelSecurity;
    }
}
