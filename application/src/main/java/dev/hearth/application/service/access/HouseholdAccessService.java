package dev.hearth.application.service.access;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.access.AddHouseholdMemberCommand;
import dev.hearth.application.port.in.access.AddHouseholdMemberUseCase;
import dev.hearth.application.port.in.access.CheckHouseholdAccessQuery;
import dev.hearth.application.port.in.access.CheckHouseholdAccessUseCase;
import dev.hearth.application.port.in.access.HouseholdAccessDecision;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.access.ListCrisisOverridesQuery;
import dev.hearth.application.port.in.access.ListCrisisOverridesUseCase;
import dev.hearth.application.port.in.access.ListHouseholdMembersQuery;
import dev.hearth.application.port.in.access.ListHouseholdMembersUseCase;
import dev.hearth.application.port.in.access.OpenCrisisOverrideCommand;
import dev.hearth.application.port.in.access.OpenCrisisOverrideUseCase;
import dev.hearth.application.port.in.access.RemoveHouseholdMemberCommand;
import dev.hearth.application.port.in.access.RemoveHouseholdMemberUseCase;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.in.household.CreateHouseholdCommand;
import dev.hearth.application.port.in.household.CreateHouseholdUseCase;
import dev.hearth.application.port.in.household.ListHouseholdsQuery;
import dev.hearth.application.port.in.household.ListHouseholdsUseCase;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.HouseholdRole;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.out.access.CrisisOverridePort;
import dev.hearth.application.port.out.access.HouseholdMembershipPort;
import dev.hearth.application.port.out.access.ListMemberHouseholdsPort;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Household access (ADR 0019): the check behind every household route, households owned from creation, the caller's
 * own list, membership and crisis overrides. Every change runs in one transaction with its audit event.
 */
public final class HouseholdAccessService implements CheckHouseholdAccessUseCase, CreateHouseholdUseCase,
        ListHouseholdsUseCase, AddHouseholdMemberUseCase, ListHouseholdMembersUseCase, RemoveHouseholdMemberUseCase,
        OpenCrisisOverrideUseCase, ListCrisisOverridesUseCase {

    /** Longest crisis override. */
    public static final Duration MAX_OVERRIDE = Duration.ofMinutes(240);
    /** Shortest justification, in characters. */
    public static final int MIN_JUSTIFICATION = 20;
    /**
     * A justification must cite a section of the safeguarding policy: {@code SG-} followed by 1 to 4 digits, e.g.
     * {@code SG-4}: "risk to life". Citing the policy makes staff decide under a named rule, and lets a reviewer check
     * the override against it.
     */
    public static final Pattern POLICY_REFERENCE = Pattern.compile("(?<![A-Za-z0-9])SG-[0-9]{1,4}(?![0-9])");

    private final CreateHouseholdUseCase create;
    private final HouseholdMembershipPort members;
    private final ListMemberHouseholdsPort mine;
    private final CrisisOverridePort overrides;
    private final RunInTransactionPort transactions;
    private final AccessAudit audit;
    private final Clock clock;

    /**
     * @param create the household service's own creation, wrapped so the creator becomes owner in the same
     *               transaction
     */
    public HouseholdAccessService(CreateHouseholdUseCase create, HouseholdMembershipPort members,
                                  ListMemberHouseholdsPort mine, CrisisOverridePort overrides,
                                  RunInTransactionPort transactions, AppendAuditEventPort audit, Clock clock) {
        this.create = Objects.requireNonNull(create, "create");
        this.members = Objects.requireNonNull(members, "members");
        this.mine = Objects.requireNonNull(mine, "mine");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = new AccessAudit(Objects.requireNonNull(audit, "audit"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HouseholdAccessDecision check(CheckHouseholdAccessQuery query) {
        UUID account = query.caller().accountId();
        UUID household = query.householdId();
        Optional<HouseholdRole> role = members.roleOf(household, account);
        boolean support = query.caller().hasScope(Scopes.SUPPORT_CRISIS_OVERRIDE);
        Instant now = clock.instant();
        Optional<CrisisOverrideRecord> override = Optional.empty();
        boolean exists = false;
        if (role.isEmpty() && support) {
            exists = members.householdExists(household);
            if (exists && query.permission() != HouseholdPermission.OPEN_CRISIS_OVERRIDE) {
                override = overrides.active(household, account, now);
            }
        }
        HouseholdAccessDecision decision = HouseholdAccessPolicy.decide(role, support, override.isPresent(), exists,
                query.permission());
        if (decision.allowed() && override.isPresent()) {
            // every read under an override is on the record before anything is read; no record, no read
            audit.record("household.crisis_override_read", household,
                    query.caller().callContext(query.requestId()), now, null,
                    "override_id", override.get().id().toString());
        }
        return decision;
    }

    @Override
    public HouseholdRecord create(CreateHouseholdCommand command) {
        UUID owner = accountOf(command.context())
                .orElseThrow(() -> new ApplicationException(ErrorCode.UNAUTHENTICATED,
                        "Sign in to create a household."));
        return transactions.inTransaction(() -> {
            HouseholdRecord created = create.create(command);
            Instant now = clock.instant();
            members.put(new HouseholdMemberRecord(created.id(), owner, HouseholdRole.OWNER, now,
                    command.context().actorId()));
            audit.record("household.member_added", created.id(), command.context(), now, null,
                    "account_id", owner.toString(), "role", HouseholdRole.OWNER.code());
            return created;
        });
    }

    @Override
    public Read<Page<HouseholdRecord>> list(ListHouseholdsQuery query) {
        Optional<UUID> account = accountOf(query.context());
        if (account.isEmpty()) {
            return Read.current(new Page<>(List.of(), null));
        }
        return mine.listForMember(account.get(), query.page());
    }

    @Override
    public HouseholdMemberRecord add(AddHouseholdMemberCommand command) {
        Instant now = clock.instant();
        HouseholdMemberRecord member = new HouseholdMemberRecord(command.householdId(), command.accountId(),
                command.role(), now, command.context().actorId());
        return transactions.inTransaction(() -> {
            Optional<HouseholdRole> before = members.roleOf(command.householdId(), command.accountId());
            if (before.filter(r -> r == HouseholdRole.OWNER).isPresent() && command.role() != HouseholdRole.OWNER) {
                requireAnotherOwner(command.householdId(), command.accountId());
            }
            members.put(member);
            audit.record("household.member_added", command.householdId(), command.context(), now, null,
                    "account_id", command.accountId().toString(), "role", command.role().code());
            return member;
        });
    }

    @Override
    public List<HouseholdMemberRecord> list(ListHouseholdMembersQuery query) {
        return members.members(query.householdId());
    }

    @Override
    public void remove(RemoveHouseholdMemberCommand command) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            Optional<HouseholdRole> role = members.roleOf(command.householdId(), command.accountId());
            if (role.isEmpty()) {
                throw new ApplicationException(ErrorCode.NOT_FOUND, "That account is not a member of this household.");
            }
            if (role.get() == HouseholdRole.OWNER) {
                requireAnotherOwner(command.householdId(), command.accountId());
            }
            members.remove(command.householdId(), command.accountId());
            audit.record("household.member_removed", command.householdId(), command.context(), now, null,
                    "account_id", command.accountId().toString(), "role", role.get().code());
            return null;
        });
    }

    private void requireAnotherOwner(UUID household, UUID leaving) {
        boolean another = members.members(household).stream()
                .anyMatch(m -> m.role() == HouseholdRole.OWNER && !m.accountId().equals(leaving));
        if (!another) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "A household always keeps an owner.",
                    List.of(new FieldError("accountId", "last_owner",
                            "Make another account owner first: a household always keeps an owner.")));
        }
    }

    @Override
    public CrisisOverrideRecord open(OpenCrisisOverrideCommand command) {
        List<FieldError> errors = new ArrayList<>();
        String text = command.justification().strip();
        if (text.length() < MIN_JUSTIFICATION || text.length() > 2_000) {
            errors.add(new FieldError("justification", "length",
                    "Write " + MIN_JUSTIFICATION + " to 2000 characters."));
        } else if (!POLICY_REFERENCE.matcher(text).find()) {
            errors.add(new FieldError("justification", "policy_reference_required",
                    "Cite the safeguarding policy section you act under, e.g. SG-4."));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            errors.add(new FieldError("justification", "control_characters", "Use plain text."));
        }
        if (command.minutes() < 1 || command.minutes() > MAX_OVERRIDE.toMinutes()) {
            errors.add(new FieldError("minutes", "out_of_range",
                    "Ask for 1 to " + MAX_OVERRIDE.toMinutes() + " minutes."));
        }
        if (!errors.isEmpty()) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, errors.size() == 1
                    ? "One field is not acceptable." : errors.size() + " fields are not acceptable.", errors);
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofMinutes(command.minutes()));
        return transactions.inTransaction(() -> {
            CrisisOverrideRecord opened = overrides.open(command.householdId(), command.accountId(), now, until, text);
            audit.record("household.crisis_override_opened", command.householdId(), command.context(), now, text,
                    "override_id", opened.id().toString(), "minutes", Integer.toString(command.minutes()));
            return opened;
        });
    }

    @Override
    public List<CrisisOverrideRecord> list(ListCrisisOverridesQuery query) {
        return overrides.forHousehold(query.householdId());
    }

    /** The account behind a call context, when its actor is an account (a UUID); jobs and anonymous callers have none. */
    static Optional<UUID> accountOf(CallContext context) {
        String actor = context.actorId();
        if (actor.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
