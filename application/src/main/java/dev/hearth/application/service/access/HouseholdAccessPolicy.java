package dev.hearth.application.service.access;

import dev.hearth.application.port.in.access.HouseholdAccessDecision;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.model.HouseholdRole;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what to a household: the whole rule in one pure function an auditor can read (ADR 0019).
 *
 * <pre>
 * permission            owner  member  adviser  support (override open)  support (none)  anyone else
 * READ                  yes    yes     yes      yes                      404             404
 * WRITE                 yes    yes     403      403                      404             404
 * NOTES                 yes    403     yes      403                      404             404
 * SEE_ACCESS            yes    yes     403      403                      404             404
 * MANAGE                yes    403     403      403                      404             404
 * OPEN_CRISIS_OVERRIDE  403    403     403      yes                      yes (if exists) 404
 * </pre>
 *
 * Deny by default: a caller with no role and no open override gets 404, exactly as for a household that does not
 * exist, so nobody learns which households exist. A caller who may see the household but not do this gets 403.
 * Support staff (scope {@code support:crisis-override}) have no standing access; an override grants READ only, for its
 * time. A member of the household who is also support staff acts through their role, never through an override.
 */
public final class HouseholdAccessPolicy {

    private static final Map<HouseholdRole, Set<HouseholdPermission>> BY_ROLE = Map.of(
            HouseholdRole.OWNER, EnumSet.of(HouseholdPermission.READ, HouseholdPermission.WRITE,
                    HouseholdPermission.NOTES, HouseholdPermission.SEE_ACCESS, HouseholdPermission.MANAGE),
            HouseholdRole.MEMBER, EnumSet.of(HouseholdPermission.READ, HouseholdPermission.WRITE,
                    HouseholdPermission.SEE_ACCESS),
            HouseholdRole.ADVISER, EnumSet.of(HouseholdPermission.READ, HouseholdPermission.NOTES));

    private HouseholdAccessPolicy() {
    }

    /** The permissions a role holds. */
    public static Set<HouseholdPermission> permissionsOf(HouseholdRole role) {
        return EnumSet.copyOf(BY_ROLE.get(role));
    }

    /**
     * The decision.
     *
     * @param role            the caller's role in the household, if any
     * @param support         whether the caller's token carries {@code support:crisis-override}
     * @param overrideActive  whether the caller holds a crisis override of this household active now
     * @param householdExists whether the household exists (only consulted for support staff)
     * @param permission      what the request needs
     */
    public static HouseholdAccessDecision decide(Optional<HouseholdRole> role, boolean support, boolean overrideActive,
                                                 boolean householdExists, HouseholdPermission permission) {
        if (role.isPresent()) {
            return BY_ROLE.get(role.get()).contains(permission)
                    ? HouseholdAccessDecision.allowed("role:" + role.get().code())
                    : HouseholdAccessDecision.forbidden("role_lacks_permission");
        }
        if (!support) {
            return HouseholdAccessDecision.notFound("not_a_member");
        }
        if (!householdExists) {
            return HouseholdAccessDecision.notFound("no_such_household");
        }
        if (permission == HouseholdPermission.OPEN_CRISIS_OVERRIDE) {
            return HouseholdAccessDecision.allowed("support");
        }
        if (!overrideActive) {
            return HouseholdAccessDecision.notFound("no_crisis_override");
        }
        return permission == HouseholdPermission.READ
                ? HouseholdAccessDecision.allowed(CRISIS_OVERRIDE)
                : HouseholdAccessDecision.forbidden("crisis_override_is_read_only");
    }

    /** The basis of a decision allowed by a crisis override. */
    public static final String CRISIS_OVERRIDE = "crisis_override";
}
