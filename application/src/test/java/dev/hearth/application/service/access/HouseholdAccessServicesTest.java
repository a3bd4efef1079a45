package dev.hearth.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.access.AddAdviserNoteCommand;
import dev.hearth.application.port.in.access.AddHouseholdMemberCommand;
import dev.hearth.application.port.in.access.CheckHouseholdAccessQuery;
import dev.hearth.application.port.in.access.ExportHouseholdQuery;
import dev.hearth.application.port.in.access.HouseholdAccessDecision;
import dev.hearth.application.port.in.access.HouseholdExport;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.access.ListAdviserNotesQuery;
import dev.hearth.application.port.in.access.ListCrisisOverridesQuery;
import dev.hearth.application.port.in.access.ListHouseholdMembersQuery;
import dev.hearth.application.port.in.access.OpenCrisisOverrideCommand;
import dev.hearth.application.port.in.access.RemoveHouseholdMemberCommand;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.in.household.AddDebtCommand;
import dev.hearth.application.port.in.household.CreateHouseholdCommand;
import dev.hearth.application.port.in.household.ListHouseholdsQuery;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.HouseholdRole;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.out.access.InMemoryHouseholdAccess;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.household.HouseholdFixtures;
import dev.hearth.application.port.out.household.InMemoryHouseholdStore;
import dev.hearth.application.service.household.DebtsService;
import dev.hearth.application.service.household.HouseholdsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Household access and records (ADR 0019) over the in-memory household store, access ports and audit log: who may do
 * what to a household, and what each change leaves in the audit trail. The HTTP middleware runs {@code check} before
 * every household handler; the other use cases trust it and record what they did.
 */
class HouseholdAccessServicesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final UUID OWNER = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a1");
    private static final UUID MEMBER = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a2");
    private static final UUID ADVISER = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a3");
    private static final UUID STRANGER = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a4");
    private static final UUID SUPPORT = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a5");
    private static final String JUSTIFICATION = "SG-4: risk to life reported by the tenancy officer on the phone";

    private final InMemoryHouseholdStore store = new InMemoryHouseholdStore();
    private final InMemoryHouseholdAccess access = new InMemoryHouseholdAccess(store);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final HouseholdsService households = new HouseholdsService(store, store, store, audit, CLOCK);
    private final HouseholdAccessService service = at(CLOCK);
    private final HouseholdRecordsService records = new HouseholdRecordsService(store, store,
            store.savedEstimates(), access, store, audit, CLOCK);

    private HouseholdAccessService at(Clock clock) {
        return new HouseholdAccessService(households, access, access, access, store, audit, clock);
    }

    private static CallContext as(UUID account) {
        return new CallContext(account.toString(), "req-" + account.toString().substring(33));
    }

    private static AuthenticatedAccount caller(UUID account, String... scopes) {
        return new AuthenticatedAccount(account, List.of(scopes), "token-1", NOW.plusSeconds(600));
    }

    /** A household OWNER created, with MEMBER and ADVISER given their roles; the audit log starts empty. */
    private HouseholdRecord household() {
        HouseholdRecord created = service.create(new CreateHouseholdCommand(HouseholdFixtures.everyFactKind(),
                as(OWNER)));
        service.add(new AddHouseholdMemberCommand(created.id(), MEMBER, HouseholdRole.MEMBER, as(OWNER)));
        service.add(new AddHouseholdMemberCommand(created.id(), ADVISER, HouseholdRole.ADVISER, as(OWNER)));
        audit.clear();
        return created;
    }

    private HouseholdAccessDecision check(HouseholdAccessService by, UUID account, UUID household,
                                          HouseholdPermission permission, String... scopes) {
        return by.check(new CheckHouseholdAccessQuery(caller(account, scopes), household, permission, "req-check"));
    }

    private String decision(UUID account, UUID household, HouseholdPermission permission, String... scopes) {
        HouseholdAccessDecision d = check(service, account, household, permission, scopes);
        return d.outcome() + " " + d.basis();
    }

    private List<String> actions() {
        return audit.events().stream().map(AuditEvent::action).toList();
    }

    private static ApplicationException refusal(Runnable call) {
        return (ApplicationException) org.assertj.core.api.Assertions.catchThrowable(call::run);
    }

    // ----- creating and listing -------------------------------------------------------------------------------------

    @Test
    void creating_a_household_makes_the_creator_its_owner_and_audits_the_creation_and_the_grant() {
        HouseholdRecord created = service.create(new CreateHouseholdCommand(HouseholdFixtures.everyFactKind(),
                as(OWNER)));

        assertThat(access.members(created.id())).containsExactly(new HouseholdMemberRecord(created.id(), OWNER,
                HouseholdRole.OWNER, NOW, OWNER.toString()));
        assertThat(actions()).containsExactly("household.created", "household.member_added");
        AuditEvent grant = audit.events().get(1);
        assertThat(grant.actorId()).isEqualTo(OWNER.toString());
        assertThat(grant.targetId()).isEqualTo(created.id().toString());
        assertThat(grant.details()).containsEntry("account_id", OWNER.toString()).containsEntry("role", "owner");
    }

    @Test
    void a_caller_that_is_not_an_account_cannot_create_a_household_and_nothing_is_stored() {
        ApplicationException refused = refusal(() -> service.create(new CreateHouseholdCommand(
                HouseholdFixtures.everyFactKind(), new CallContext("job:import", "req-1"))));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(store.list(PageRequest.first()).value().items()).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void the_list_holds_only_the_households_the_caller_has_a_role_in() {
        HouseholdRecord shared = household();
        HouseholdRecord own = service.create(new CreateHouseholdCommand(HouseholdFixtures.single(1), as(STRANGER)));

        assertThat(service.list(new ListHouseholdsQuery(PageRequest.first(), as(ADVISER))).value().items())
                .extracting(HouseholdRecord::id).containsExactly(shared.id());
        assertThat(service.list(new ListHouseholdsQuery(PageRequest.first(), as(STRANGER))).value().items())
                .extracting(HouseholdRecord::id).containsExactly(own.id());
        assertThat(service.list(new ListHouseholdsQuery(PageRequest.first(), new CallContext("anonymous", "r")))
                .value().items()).isEmpty();
    }

    // ----- the access check -------------------------------------------------------------------------------------------

    @Test
    void each_role_has_exactly_its_permissions_and_a_missing_one_is_forbidden_not_hidden() {
        HouseholdRecord h = household();

        assertThat(decision(OWNER, h.id(), HouseholdPermission.MANAGE)).isEqualTo("ALLOWED role:owner");
        assertThat(decision(MEMBER, h.id(), HouseholdPermission.WRITE)).isEqualTo("ALLOWED role:member");
        assertThat(decision(MEMBER, h.id(), HouseholdPermission.MANAGE)).isEqualTo("FORBIDDEN role_lacks_permission");
        assertThat(decision(MEMBER, h.id(), HouseholdPermission.NOTES)).isEqualTo("FORBIDDEN role_lacks_permission");
        assertThat(decision(ADVISER, h.id(), HouseholdPermission.NOTES)).isEqualTo("ALLOWED role:adviser");
        assertThat(decision(ADVISER, h.id(), HouseholdPermission.WRITE)).isEqualTo("FORBIDDEN role_lacks_permission");
        assertThat(audit.events()).as("a check by a member is not audited").isEmpty();
    }

    @Test
    void a_household_the_caller_has_no_role_in_is_not_found_exactly_like_one_that_does_not_exist() {
        HouseholdRecord h = household();

        assertThat(decision(STRANGER, h.id(), HouseholdPermission.READ)).isEqualTo("NOT_FOUND not_a_member");
        assertThat(decision(STRANGER, UUID.randomUUID(), HouseholdPermission.READ))
                .isEqualTo("NOT_FOUND not_a_member");
    }

    @Test
    void support_staff_see_nothing_without_a_crisis_override_and_may_open_one_only_on_a_household_that_exists() {
        HouseholdRecord h = household();
        String support = Scopes.SUPPORT_CRISIS_OVERRIDE;

        assertThat(decision(SUPPORT, h.id(), HouseholdPermission.READ, support))
                .isEqualTo("NOT_FOUND no_crisis_override");
        assertThat(decision(SUPPORT, h.id(), HouseholdPermission.OPEN_CRISIS_OVERRIDE, support))
                .isEqualTo("ALLOWED support");
        assertThat(decision(SUPPORT, UUID.randomUUID(), HouseholdPermission.OPEN_CRISIS_OVERRIDE, support))
                .isEqualTo("NOT_FOUND no_such_household");
        assertThat(decision(SUPPORT, h.id(), HouseholdPermission.OPEN_CRISIS_OVERRIDE))
                .as("without the support scope").isEqualTo("NOT_FOUND not_a_member");
    }

    @Test
    void a_crisis_override_allows_reading_only_and_every_read_under_it_is_audited_with_the_override() {
        HouseholdRecord h = household();
        String support = Scopes.SUPPORT_CRISIS_OVERRIDE;
        CrisisOverrideRecord opened = service.open(new OpenCrisisOverrideCommand(h.id(), SUPPORT, JUSTIFICATION, 30,
                as(SUPPORT)));
        audit.clear();

        assertThat(decision(SUPPORT, h.id(), HouseholdPermission.READ, support)).isEqualTo("ALLOWED crisis_override");
        assertThat(decision(SUPPORT, h.id(), HouseholdPermission.WRITE, support))
                .isEqualTo("FORBIDDEN crisis_override_is_read_only");

        assertThat(audit.events()).singleElement().satisfies(read -> {
            assertThat(read.action()).isEqualTo("household.crisis_override_read");
            assertThat(read.actorId()).isEqualTo(SUPPORT.toString());
            assertThat(read.targetId()).isEqualTo(h.id().toString());
            assertThat(read.correlationId()).isEqualTo("req-check");
            assertThat(read.details()).containsEntry("override_id", opened.id().toString());
        });
    }

    @Test
    void a_crisis_override_ends_when_its_minutes_are_up() {
        HouseholdRecord h = household();
        service.open(new OpenCrisisOverrideCommand(h.id(), SUPPORT, JUSTIFICATION, 30, as(SUPPORT)));
        HouseholdAccessService later = at(Clock.offset(CLOCK, Duration.ofMinutes(30)));

        HouseholdAccessDecision d = check(later, SUPPORT, h.id(), HouseholdPermission.READ,
                Scopes.SUPPORT_CRISIS_OVERRIDE);

        assertThat(d.outcome() + " " + d.basis()).isEqualTo("NOT_FOUND no_crisis_override");
    }

    // ----- crisis overrides ------------------------------------------------------------------------------------------

    @Test
    void an_override_must_cite_the_safeguarding_policy_and_last_at_most_four_hours_and_a_refusal_opens_nothing() {
        HouseholdRecord h = household();

        ApplicationException uncited = refusal(() -> service.open(new OpenCrisisOverrideCommand(h.id(), SUPPORT,
                "The tenant is at risk and I need to look at the file now", 30, as(SUPPORT))));
        ApplicationException tooLong = refusal(() -> service.open(new OpenCrisisOverrideCommand(h.id(), SUPPORT,
                JUSTIFICATION, 241, as(SUPPORT))));

        assertThat(uncited.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(uncited.fieldErrors()).extracting(FieldError::code).containsExactly("policy_reference_required");
        assertThat(tooLong.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("minutes", "out_of_range"));
        assertThat(service.list(new ListCrisisOverridesQuery(h.id(), as(OWNER)))).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void opening_an_override_is_audited_with_its_justification_and_length_and_the_household_sees_it_listed() {
        HouseholdRecord h = household();

        CrisisOverrideRecord opened = service.open(new OpenCrisisOverrideCommand(h.id(), SUPPORT,
                "  " + JUSTIFICATION + "\n", 240, as(SUPPORT)));

        assertThat(opened.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        assertThat(opened.justification()).isEqualTo(JUSTIFICATION);
        assertThat(service.list(new ListCrisisOverridesQuery(h.id(), as(OWNER)))).containsExactly(opened);
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("household.crisis_override_opened");
            assertThat(event.justification()).isEqualTo(JUSTIFICATION);
            assertThat(event.details()).containsEntry("override_id", opened.id().toString())
                    .containsEntry("minutes", "240");
        });
    }

    // ----- members -----------------------------------------------------------------------------------------------------

    @Test
    void granting_and_removing_a_role_are_audited_with_the_account_and_the_role() {
        HouseholdRecord h = household();

        service.add(new AddHouseholdMemberCommand(h.id(), STRANGER, HouseholdRole.ADVISER, as(OWNER)));
        service.remove(new RemoveHouseholdMemberCommand(h.id(), MEMBER, as(OWNER)));

        assertThat(service.list(new ListHouseholdMembersQuery(h.id(), as(OWNER))))
                .extracting(HouseholdMemberRecord::accountId, HouseholdMemberRecord::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OWNER, HouseholdRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple(ADVISER, HouseholdRole.ADVISER),
                        org.assertj.core.groups.Tuple.tuple(STRANGER, HouseholdRole.ADVISER));
        assertThat(audit.events()).extracting(e -> e.action() + " " + e.details().get("account_id") + " "
                + e.details().get("role") + " by " + e.actorId())
                .containsExactly("household.member_added " + STRANGER + " adviser by " + OWNER,
                        "household.member_removed " + MEMBER + " member by " + OWNER);
    }

    @Test
    void a_household_always_keeps_an_owner() {
        HouseholdRecord h = household();

        ApplicationException removed = refusal(() -> service.remove(new RemoveHouseholdMemberCommand(h.id(), OWNER,
                as(OWNER))));
        ApplicationException demoted = refusal(() -> service.add(new AddHouseholdMemberCommand(h.id(), OWNER,
                HouseholdRole.MEMBER, as(OWNER))));

        assertThat(List.of(removed, demoted)).allSatisfy(e -> assertThat(e.fieldErrors())
                .extracting(FieldError::code).containsExactly("last_owner"));
        assertThat(access.roleOf(h.id(), OWNER)).contains(HouseholdRole.OWNER);
        assertThat(audit.events()).isEmpty();

        service.add(new AddHouseholdMemberCommand(h.id(), MEMBER, HouseholdRole.OWNER, as(OWNER)));
        service.remove(new RemoveHouseholdMemberCommand(h.id(), OWNER, as(MEMBER)));
        assertThat(access.roleOf(h.id(), OWNER)).isEmpty();
    }

    @Test
    void removing_an_account_that_has_no_role_is_not_found_and_not_audited() {
        HouseholdRecord h = household();

        assertThat(refusal(() -> service.remove(new RemoveHouseholdMemberCommand(h.id(), STRANGER, as(OWNER))))
                .errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(audit.events()).isEmpty();
    }

    // ----- adviser notes and export -------------------------------------------------------------------------------------

    @Test
    void a_note_is_kept_with_its_author_and_audited_by_id_without_its_text() {
        HouseholdRecord h = household();

        var note = records.add(new AddAdviserNoteCommand(h.id(), HouseholdFixtures.NOTE, as(ADVISER)));

        assertThat(records.list(new ListAdviserNotesQuery(h.id(), as(OWNER)))).containsExactly(note);
        assertThat(note.authorId()).isEqualTo(ADVISER.toString());
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("household.note_added");
            assertThat(event.details()).containsOnly(java.util.Map.entry("note_id", note.id().toString()));
            assertThat(event.toString()).doesNotContain("Okafor");
        });
    }

    @Test
    void an_empty_or_overlong_note_is_refused_and_nothing_is_kept_or_audited() {
        HouseholdRecord h = household();

        for (String text : List.of("   ", "x".repeat(AddAdviserNoteCommand.MAX_LENGTH + 1))) {
            assertThat(refusal(() -> records.add(new AddAdviserNoteCommand(h.id(), text, as(ADVISER))))
                    .fieldErrors()).extracting(FieldError::field).containsExactly("text");
        }
        assertThat(records.list(new ListAdviserNotesQuery(h.id(), as(OWNER)))).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void the_export_holds_everything_stored_about_the_household_and_is_audited_with_what_it_held() {
        HouseholdRecord h = household();
        DebtsService debts = new DebtsService(store, store, store, store, audit, CLOCK);
        debts.add(new AddDebtCommand(h.id(), HouseholdFixtures.plainDebt(10_000), as(OWNER)));
        debts.add(new AddDebtCommand(h.id(), HouseholdFixtures.plainDebt(25_000), as(OWNER)));
        records.add(new AddAdviserNoteCommand(h.id(), HouseholdFixtures.NOTE, as(ADVISER)));
        audit.clear();

        HouseholdExport export = records.export(new ExportHouseholdQuery(h.id(), as(OWNER)));

        assertThat(export.household()).isEqualTo(h);
        assertThat(export.debts()).hasSize(2);
        assertThat(export.notes()).hasSize(1);
        assertThat(export.estimates()).isEmpty();
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("household.exported");
            assertThat(event.actorId()).isEqualTo(OWNER.toString());
            assertThat(event.details()).containsEntry("debts", "2").containsEntry("notes", "1")
                    .containsEntry("estimates", "0");
        });
    }

    @Test
    void exporting_a_household_that_does_not_exist_is_not_found_and_not_audited() {
        assertThat(refusal(() -> records.export(new ExportHouseholdQuery(UUID.randomUUID(), as(OWNER)))).errorCode())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(audit.events()).isEmpty();
    }
}
