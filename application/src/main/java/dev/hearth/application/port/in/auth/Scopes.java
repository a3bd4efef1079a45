package dev.hearth.application.port.in.auth;

/**
 * The scopes Hearth puts in access tokens. A route declares the scopes it needs; a caller lacking one is answered 403
 * {@code forbidden}. A caller has a scope only while both its credential carries it and its account still holds it
 * ({@code AuthPolicy.scopesGrantedTo}, ADR 0021). Household roles (issue 6, later) add their own.
 */
public final class Scopes {

    /** Every signed-in account: read its own account. */
    public static final String ACCOUNT = "account";
    /** Operators: rotate access-token signing keys. Granted to the accounts listed in {@code HEARTH_ADMIN_ACCOUNT_IDS}. */
    public static final String ADMIN_SIGNING_KEYS = "admin:signing-keys";

    /** Operators: verify the whole audit chain. Granted with {@link #ADMIN_SIGNING_KEYS}. */
    public static final String ADMIN_AUDIT = "admin:audit";
    /**
     * Support staff: open a time-limited crisis override on a household (ADR 0019). Granted to the accounts listed in
     * {@code HEARTH_SUPPORT_ACCOUNT_IDS}; gives no standing access to any household.
     */
    public static final String SUPPORT_CRISIS_OVERRIDE = "support:crisis-override";

    private Scopes() {
    }
}
