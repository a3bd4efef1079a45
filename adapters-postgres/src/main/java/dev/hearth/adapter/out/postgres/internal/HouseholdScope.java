package dev.hearth.adapter.out.postgres.internal;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The row-level security contract of the household tables (migration {@code V20__households.sql}, ADR 0016): which
 * household the current transaction works on. The policies show and accept a row only when
 * <ul>
 *   <li>{@value #HOUSEHOLD_ID} (transaction-local setting) is the row's household id, or</li>
 *   <li>{@value #SCOPE} is {@value #ALL} (listing every household; key rotation).</li>
 * </ul>
 * With neither set, nothing is visible and nothing can be written.
 *
 * <p>Since migration {@code V40__household_access.sql} (ADR 0019) a third setting, {@value #ACCOUNT_ID}, names the
 * acting account when the call runs {@link #actingAs} one: rows are then visible only when that account is a member of
 * their household or holds an active crisis override for it, even inside the named household; and with no household
 * named, the account sees exactly its own households (the list of "my households"). Jobs and the CLI act as no account.
 * Since {@code V52__household_write_policies.sql} an acting account may write (insert, update, delete) only in the
 * named household and only as far as its role allows (a crisis override is read-only); see ADR 0019.
 *
 * <p>{@link #forHousehold} and {@link #forAllHouseholds} run work inside the handle's transaction (opening one when
 * there is none, since transaction-local settings vanish at the end of an autocommit statement), as the application
 * role {@code hearth_app} ({@code SET LOCAL ROLE}, subject to the policies), with both settings set; afterwards the
 * previous role is restored and both settings are cleared, so a longer transaction the call joined goes on as before
 * and never inherits a wider scope from an earlier call.
 */
public final class HouseholdScope {

    /** The household the transaction works on (a UUID as text). */
    public static final String HOUSEHOLD_ID = "hearth.household_id";
    /** Set to {@value #ALL} to work on every household. */
    public static final String SCOPE = "hearth.household_scope";
    /** The value of {@value #SCOPE} that opens every household (issue 6 replaces it with account membership). */
    public static final String ALL = "all";
    /** The account the transaction acts for (a UUID as text), or empty. */
    public static final String ACCOUNT_ID = "hearth.account_id";

    private static final ThreadLocal<UUID> ACTING = new ThreadLocal<>();

    private HouseholdScope() {
    }

    /**
     * Runs {@code work} with every household statement on this thread acting for {@code account} (null: for no
     * account), restoring the previous account afterwards.
     */
    public static <R> R actingAs(UUID account, Supplier<R> work) {
        UUID previous = ACTING.get();
        if (account == null) {
            ACTING.remove();
        } else {
            ACTING.set(account);
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    /** Runs {@code work} as {@code hearth_app}, seeing the rows of every household {@code account} may see. */
    public static <R> R forAccount(Handle handle, UUID account, Function<Handle, R> work) {
        Objects.requireNonNull(account, "account");
        return actingAs(account, () -> scoped(handle, "", "", work));
    }

    /** Runs {@code work} as {@code hearth_app}, seeing only the rows of {@code householdId}. */
    public static <R> R forHousehold(Handle handle, UUID householdId, Function<Handle, R> work) {
        Objects.requireNonNull(householdId, "householdId");
        return scoped(handle, householdId.toString(), "", work);
    }

    /** Runs {@code work} as {@code hearth_app}, seeing the rows of every household. */
    public static <R> R forAllHouseholds(Handle handle, Function<Handle, R> work) {
        return scoped(handle, "", ALL, work);
    }

    /**
     * Opens every household to the rest of the current transaction of {@code handle}, keeping its role: for key
     * rotation, which runs as the pool's login (the owner, which FORCE ROW LEVEL SECURITY subjects to the policies).
     */
    public static void allHouseholdsForTheRestOfTheTransaction(Handle handle) {
        set(handle, "", ALL);
    }

    private static <R> R scoped(Handle handle, String householdId, String scope, Function<Handle, R> work) {
        if (!handle.isInTransaction()) {
            return handle.inTransaction(h -> scoped(h, householdId, scope, work));
        }
        ApplicationRole.Switched role = ApplicationRole.assumeWithinAnyTransaction(handle);
        set(handle, householdId, scope);
        R result;
        try {
            result = work.apply(handle);
        } catch (RuntimeException e) {
            // the transaction may be aborted by now; restoring is then pointless and must not hide the failure
            try {
                leave(handle, role);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        leave(handle, role);
        return result;
    }

    private static void leave(Handle handle, ApplicationRole.Switched role) {
        setAll(handle, "", "", "");
        role.restore(handle);
    }

    private static void set(Handle handle, String householdId, String scope) {
        UUID account = ACTING.get();
        setAll(handle, householdId, scope, account == null ? "" : account.toString());
    }

    private static void setAll(Handle handle, String householdId, String scope, String account) {
        handle.createQuery("SELECT set_config(:idName, :id, true) AS household, set_config(:scopeName, :scope, true)"
                        + " AS scope, set_config(:accountName, :account, true) AS account")
                .bind("idName", HOUSEHOLD_ID).bind("id", householdId)
                .bind("scopeName", SCOPE).bind("scope", scope)
                .bind("accountName", ACCOUNT_ID).bind("account", account)
                .mapToMap().one();
    }
}
