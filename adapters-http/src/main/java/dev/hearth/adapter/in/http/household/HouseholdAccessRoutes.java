package dev.hearth.adapter.in.http.household;

import dev.hearth.adapter.in.http.ProblemMapper;
import dev.hearth.adapter.in.http.Reply;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteRequest;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.access.AddAdviserNoteCommand;
import dev.hearth.application.port.in.access.AddHouseholdMemberCommand;
import dev.hearth.application.port.in.access.ExportHouseholdQuery;
import dev.hearth.application.port.in.access.HouseholdAccessUseCases;
import dev.hearth.application.port.in.access.HouseholdPermission;
import dev.hearth.application.port.in.access.ListAdviserNotesQuery;
import dev.hearth.application.port.in.access.ListCrisisOverridesQuery;
import dev.hearth.application.port.in.access.ListHouseholdMembersQuery;
import dev.hearth.application.port.in.access.OpenCrisisOverrideCommand;
import dev.hearth.application.port.in.access.RemoveHouseholdMemberCommand;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.model.AdviserNoteRecord;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may reach a household (ADR 0019): its members and their roles, advisers' notes, support staff's crisis
 * overrides (visible to the household), and the owner's export of everything stored. Every route needs a bearer token
 * and declares the household permission it needs; the server checks it before the handler runs.
 */
public final class HouseholdAccessRoutes implements RouteModule {

    private static final String HOUSEHOLD = "/v1/households/{householdId}";
    private static final String HOUSEHOLD_ID = "The household's id (UUID)";

    private final HouseholdAccessUseCases useCases;

    public HouseholdAccessRoutes(HouseholdAccessUseCases useCases) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.post(HOUSEHOLD + "/members")
                        .operationId("addHouseholdMember")
                        .summary("Give an account a role in the household (owner only)")
                        .description("Grants owner, member or adviser to an account by its id, or changes its role. "
                                + "A household always keeps an owner. Recorded in the audit trail "
                                + "(household.member_added).")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.MANAGE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .requestBody(MemberRequest.class, "The account and its role")
                        .success(201, "Granted")
                        .errors(ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(MemberResponse.class, request -> {
                            MemberRequest body = request.body();
                            List<FieldError> errors = new ArrayList<>();
                            if (body.accountId() == null) {
                                errors.add(new FieldError("accountId", "required", "Give the account's id."));
                            }
                            HouseholdRole role = null;
                            try {
                                role = body.role() == null ? null : HouseholdRole.fromCode(body.role());
                            } catch (IllegalArgumentException e) {
                                role = null;
                            }
                            if (role == null) {
                                errors.add(new FieldError("role", "unknown_role",
                                        "Use owner, member or adviser."));
                            }
                            refuse(errors);
                            HouseholdMemberRecord added = useCases.addMember().add(new AddHouseholdMemberCommand(
                                    householdId(request), body.accountId(), role, request.callContext()));
                            return Reply.of(201, MemberResponse.from(added));
                        }),
                RouteDefinition.get(HOUSEHOLD + "/members")
                        .operationId("listHouseholdMembers")
                        .summary("Who has a role in the household (owner and members)")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.SEE_ACCESS)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .handle(MemberListResponse.class, request -> new MemberListResponse(useCases.listMembers()
                                .list(new ListHouseholdMembersQuery(householdId(request), request.callContext()))
                                .stream().map(MemberResponse::from).toList())),
                RouteDefinition.delete(HOUSEHOLD + "/members/{accountId}")
                        .operationId("removeHouseholdMember")
                        .summary("Take an account's role in the household away (owner only)")
                        .description("The last owner cannot be removed (422 last_owner). Recorded in the audit trail "
                                + "(household.member_removed).")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.MANAGE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .pathParam("accountId", "The member's account id (UUID)")
                        .errors(ErrorCode.VALIDATION_FAILED, ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(Void.class, request -> {
                            useCases.removeMember().remove(new RemoveHouseholdMemberCommand(householdId(request),
                                    id(request, "accountId"), request.callContext()));
                            return Reply.of(204, null);
                        }),
                RouteDefinition.post(HOUSEHOLD + "/notes")
                        .operationId("addHouseholdNote")
                        .summary("Write a note about the household (adviser or owner)")
                        .description("Free text, encrypted at rest, never logged. The audit trail records that a note "
                                + "was written (household.note_added), never its text.")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.NOTES)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .requestBody(NoteRequest.class, "The note")
                        .success(201, "Stored")
                        .errors(ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(NoteResponse.class, request -> {
                            String text = request.body().text();
                            if (text == null) {
                                refuse(List.of(new FieldError("text", "required", "Write the note.")));
                            }
                            AdviserNoteRecord note = useCases.addNote().add(new AddAdviserNoteCommand(
                                    householdId(request), text, request.callContext()));
                            return Reply.of(201, NoteResponse.from(note));
                        }),
                RouteDefinition.get(HOUSEHOLD + "/notes")
                        .operationId("listHouseholdNotes")
                        .summary("Read the notes about the household")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.READ)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .handle(NoteListResponse.class, request -> new NoteListResponse(useCases.listNotes()
                                .list(new ListAdviserNotesQuery(householdId(request), request.callContext()))
                                .stream().map(NoteResponse::from).toList())),
                RouteDefinition.post(HOUSEHOLD + "/crisis-overrides")
                        .operationId("openCrisisOverride")
                        .summary("Open a household in a crisis (support staff only, time-limited, read-only)")
                        .description("Support staff (scope support:crisis-override, signed in with their password: "
                                + "not an API key nor an external token) have no standing access to any "
                                + "household. In a crisis they may open one for reading, for 1 to 240 minutes, with a "
                                + "written justification that cites the safeguarding policy section they act under "
                                + "(SG- and its number, e.g. SG-4). The override, with its justification, is recorded "
                                + "in the audit trail (household.crisis_override_opened), every read under it too "
                                + "(household.crisis_override_read), and the household sees it in "
                                + "GET .../crisis-overrides and in its activity.")
                        .tags("household access")
                        .security(RouteSecurity.signedInPerson(Scopes.ACCOUNT, Scopes.SUPPORT_CRISIS_OVERRIDE))
                        .householdAccess(HouseholdPermission.OPEN_CRISIS_OVERRIDE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .requestBody(CrisisOverrideRequest.class, "The justification and how long")
                        .success(201, "Opened")
                        .errors(ErrorCode.WRITES_UNAVAILABLE)
                        .handleReply(CrisisOverrideResponse.class, request -> {
                            CrisisOverrideRequest body = request.body();
                            List<FieldError> errors = new ArrayList<>();
                            if (body.justification() == null) {
                                errors.add(new FieldError("justification", "required",
                                        "Write why, citing the safeguarding policy (e.g. SG-4)."));
                            }
                            if (body.minutes() == null) {
                                errors.add(new FieldError("minutes", "required", "Say for how many minutes."));
                            }
                            refuse(errors);
                            CrisisOverrideRecord opened = useCases.openOverride().open(new OpenCrisisOverrideCommand(
                                    householdId(request), request.caller().orElseThrow().accountId(),
                                    body.justification(), body.minutes(), request.callContext()));
                            return Reply.of(201, CrisisOverrideResponse.from(opened));
                        }),
                RouteDefinition.get(HOUSEHOLD + "/crisis-overrides")
                        .operationId("listCrisisOverrides")
                        .summary("Crisis overrides opened on the household (owner and members)")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.SEE_ACCESS)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .handle(CrisisOverrideListResponse.class, request -> new CrisisOverrideListResponse(
                                useCases.listOverrides().list(new ListCrisisOverridesQuery(householdId(request),
                                        request.callContext())).stream().map(CrisisOverrideResponse::from).toList())),
                RouteDefinition.get(HOUSEHOLD + "/export")
                        .operationId("exportHousehold")
                        .summary("Everything stored about the household, in one document (owner only)")
                        .description("Facts, debts, notes and saved estimates with their inputs and explanations. "
                                + "Recorded in the audit trail (household.exported).")
                        .tags("household access")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .householdAccess(HouseholdPermission.MANAGE)
                        .pathParam("householdId", HOUSEHOLD_ID)
                        .errors(ErrorCode.WRITES_UNAVAILABLE)
                        .handle(HouseholdExportResponse.class, request -> HouseholdExportResponse.from(
                                useCases.export().export(new ExportHouseholdQuery(householdId(request),
                                        request.callContext())))));
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, ProblemMapper.validationDetail(errors.size()),
                    errors);
        }
    }

    private static UUID householdId(RouteRequest<?> request) {
        return id(request, "householdId");
    }

    private static UUID id(RouteRequest<?> request, String name) {
        return request.uuidPathParam(name);
    }
}
