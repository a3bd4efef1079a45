package dev.hearth.bootstrap;

import dev.hearth.adapter.out.postgres.DatabaseLogin;
import dev.hearth.bootstrap.config.ConfigException;
import dev.hearth.bootstrap.config.ConfigVariable;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.bootstrap.config.Profile;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production serves with a database login that row-level security binds (ADR 0016): a superuser or a {@code BYPASSRLS}
 * role is never subject to the policies, so the second line of defence would silently be gone. Such a login is
 * refused at start, before anything is migrated or served, unless {@code HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN=true}
 * says the operator accepts it, which is then logged as a WARN at every start. The development profile's embedded
 * server runs as its superuser and is not checked.
 */
final class ServingLoginPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(ServingLoginPolicy.class);

    private ServingLoginPolicy() {
    }

    /**
     * @param loginOfThePool asked only in production
     * @throws ConfigException in production, when the login escapes row-level security and no override is set
     */
    static void check(HearthConfig config, Supplier<DatabaseLogin> loginOfThePool) {
        if (config.profile() != Profile.PRODUCTION) {
            return;
        }
        DatabaseLogin login = loginOfThePool.get();
        if (!login.escapesRowLevelSecurity()) {
            return;
        }
        String what = login.superuser() && login.bypassesRowLevelSecurity() ? "a superuser with BYPASSRLS"
                : login.superuser() ? "a superuser" : "a role with BYPASSRLS";
        String override = ConfigVariable.HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN.name();
        if (!config.allowSuperuserDatabaseLogin()) {
            throw new ConfigException(List.of("DATABASE_URL: the database login '" + login.name() + "' is " + what
                    + ", which row-level security does not bind (ADR 0016), so production refuses to serve with it. "
                    + "Serve with a login that is neither superuser nor BYPASSRLS (the schema owner, or a member of "
                    + "hearth_app), or set " + override + "=true to accept the risk."));
        }
        LOG.warn("Serving with database login '{}', {}: row-level security does not bind it (ADR 0016). Allowed "
                + "only because {}=true; switch to a login that is neither superuser nor BYPASSRLS.", login.name(),
                what, override);
    }
}
