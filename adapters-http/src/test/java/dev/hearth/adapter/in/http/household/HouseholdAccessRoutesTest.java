package dev.hearth.adapter.in.http.household;

import static dev.hearth.adapter.in.http.RouteTestServer.ACCOUNT_ID;
import static dev.hearth.adapter.in.http.RouteTestServer.ADMIN;
import static dev.hearth.adapter.in.http.RouteTestServer.ADMIN_ID;
import static dev.hearth.adapter.in.http.RouteTestServer.API_KEY;
import static dev.hearth.adapter.in.http.RouteTestServer.HIDDEN_HOUSEHOLD;
import static dev.hearth.adapter.in.http.RouteTestServer.NOW;
import static dev.hearth.adapter.in.http.RouteTestServer.READ_ONLY_HOUSEHOLD;
import static dev.hearth.adapter.in.http.RouteTestServer.USER;
import static dev.hearth.adapter.in.http.RouteTestServer.assertProblem;
import static dev.hearth.adapter.in.http.RouteTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.HttpJson;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.access.AddHouseholdMemberCommand;
import dev.hearth.application.port.in.access.HouseholdAccessDecision;
import dev.hearth.application.port.in.access.HouseholdAccessUseCases;
import dev.hearth.application.port.in.access.HouseholdExport;
import dev.hearth.application.port.in.access.OpenCrisisOverrideCommand;
import dev.hearth.application.port.model.AdviserNoteRecord;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.HouseholdRole;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.testsupport.DocumentedHttp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The household access routes over real HTTP, with stub use cases: members, notes, crisis overrides and the export;
 * 201 on every grant, 422 naming each missing or unknown field, 403 for a crisis override asked with an API key.
 */
class HouseholdAccessRoutesTest {

    private static final ObjectMapper WIRE = HttpJson.newMapper();
    private static final UUID HOUSEHOLD = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b1");
    private static final UUID MEMBER = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a2");
    private static final UUID NOTE = UUID.fromString("0196a0c2-0000-7000-8000-0000000000f1");
    private static final UUID OVERRIDE = UUID.fromString("0196a0c2-0000-7000-8000-0000000000f2");
    private static final List<AddHouseholdMemberCommand> ADDED = new CopyOnWriteArrayList<>();
    private static final List<OpenCrisisOverrideCommand> OPENED = new CopyOnWriteArrayList<>();
    private static HouseholdCircumstances facts;
    private static RouteTestServer server;

    @BeforeAll
    static void start() throws Exception {
        ObjectNode json = (ObjectNode) WIRE.readTree(Files.readString(DocumentedHttp.repositoryRoot()
                .resolve("docs/examples/universal-credit-issue-household.json")));
        json.remove("assessmentPeriodStart");
        facts = WIRE.treeToValue(json, HouseholdCircumstances.class);
        server = RouteTestServer.start(routes());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RouteModule routes() {
        return new HouseholdAccessRoutes(new HouseholdAccessUseCases(
                query -> HouseholdAccessDecision.allowed("owner"),
                command -> {
                    ADDED.add(command);
                    return new HouseholdMemberRecord(command.householdId(), command.accountId(), command.role(), NOW,
                            ACCOUNT_ID.toString());
                },
                query -> List.of(
                        new HouseholdMemberRecord(query.householdId(), ACCOUNT_ID, HouseholdRole.OWNER, NOW,
                                ACCOUNT_ID.toString()),
                        new HouseholdMemberRecord(query.householdId(), MEMBER, HouseholdRole.ADVISER, NOW,
                                ACCOUNT_ID.toString())),
                command -> {
                    if (command.accountId().equals(ACCOUNT_ID)) {
                        throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "The last owner stays.",
                                List.of(new FieldError("accountId", "last_owner", "A household keeps an owner.")));
                    }
                },
                command -> new AdviserNoteRecord(NOTE, command.householdId(), ACCOUNT_ID.toString(), NOW,
                        command.text()),
                query -> List.of(new AdviserNoteRecord(NOTE, query.householdId(), ACCOUNT_ID.toString(), NOW,
                        "Called about the rent arrears.")),
                command -> {
                    OPENED.add(command);
                    return new CrisisOverrideRecord(OVERRIDE, command.householdId(), command.accountId(), NOW,
                            NOW.plus(Duration.ofMinutes(command.minutes())), command.justification());
                },
                query -> List.of(new CrisisOverrideRecord(OVERRIDE, query.householdId(), ADMIN_ID, NOW,
                        NOW.plusSeconds(1800), "SG-4: no contact for a week")),
                query -> new HouseholdExport(new HouseholdRecord(query.householdId(), 2, NOW, NOW, facts), List.of(),
                        List.of(new AdviserNoteRecord(NOTE, query.householdId(), ACCOUNT_ID.toString(), NOW,
                                "Called about the rent arrears.")), List.of())));
    }

    private static String path(UUID household, String rest) {
        return "/v1/households/" + household + rest;
    }

    @Test
    void granting_a_role_is_201_with_the_member_and_reaches_the_use_case_as_a_role() throws Exception {
        JsonNode member = body(server.send("POST", path(HOUSEHOLD, "/members"),
                "{\"accountId\": \"" + MEMBER + "\", \"role\": \"adviser\"}", USER), 201);

        assertThat(member.get("accountId").asText()).isEqualTo(MEMBER.toString());
        assertThat(member.get("role").asText()).isEqualTo("adviser");
        assertThat(ADDED.get(ADDED.size() - 1).role()).isEqualTo(HouseholdRole.ADVISER);
    }

    @Test
    void a_grant_without_an_account_and_with_an_unknown_role_is_422_naming_both() throws Exception {
        JsonNode problem = assertProblem(server.send("POST", path(HOUSEHOLD, "/members"),
                "{\"role\": \"landlord\"}", USER), 422, "validation_failed");

        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("accountId", "role");
        assertThat(problem.get("errors").findValuesAsText("code")).containsExactly("required", "unknown_role");
    }

    @Test
    void the_members_are_listed_with_their_roles() throws Exception {
        JsonNode members = body(server.send("GET", path(HOUSEHOLD, "/members"), null, USER), 200).get("items");

        assertThat(members.findValuesAsText("role")).containsExactly("owner", "adviser");
    }

    @Test
    void removing_a_member_is_204_and_removing_the_last_owner_is_422() throws Exception {
        assertThat(server.send("DELETE", path(HOUSEHOLD, "/members/" + MEMBER), null, USER).statusCode())
                .isEqualTo(204);

        JsonNode problem = assertProblem(server.send("DELETE", path(HOUSEHOLD, "/members/" + ACCOUNT_ID), null,
                USER), 422, "validation_failed");
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("last_owner");
    }

    @Test
    void a_note_is_201_and_one_without_text_is_422() throws Exception {
        JsonNode note = body(server.send("POST", path(HOUSEHOLD, "/notes"), "{\"text\": \"Rang the council.\"}",
                USER), 201);
        assertThat(note.get("text").asText()).isEqualTo("Rang the council.");

        JsonNode problem = assertProblem(server.send("POST", path(HOUSEHOLD, "/notes"), "{}", USER), 422,
                "validation_failed");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void the_notes_are_listed() throws Exception {
        JsonNode notes = body(server.send("GET", path(HOUSEHOLD, "/notes"), null, USER), 200).get("items");

        assertThat(notes.get(0).get("text").asText()).isEqualTo("Called about the rent arrears.");
    }

    @Test
    void a_crisis_override_is_opened_by_the_signed_in_caller_for_the_minutes_asked() throws Exception {
        JsonNode opened = body(server.send("POST", path(HOUSEHOLD, "/crisis-overrides"),
                "{\"justification\": \"SG-4: no contact for a week\", \"minutes\": 30}", ADMIN), 201);

        assertThat(opened.get("accountId").asText()).isEqualTo(ADMIN_ID.toString());
        OpenCrisisOverrideCommand command = OPENED.get(OPENED.size() - 1);
        assertThat(command.accountId()).isEqualTo(ADMIN_ID);
        assertThat(command.minutes()).isEqualTo(30);
    }

    @Test
    void a_crisis_override_without_justification_or_minutes_is_422_naming_both() throws Exception {
        JsonNode problem = assertProblem(server.send("POST", path(HOUSEHOLD, "/crisis-overrides"), "{}", ADMIN),
                422, "validation_failed");

        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("justification", "minutes");
    }

    @Test
    void a_crisis_override_asked_with_an_api_key_is_403_even_with_the_scope_missing_or_not() throws Exception {
        assertProblem(server.send("POST", path(HOUSEHOLD, "/crisis-overrides"),
                "{\"justification\": \"SG-4\", \"minutes\": 30}", API_KEY), 403, "forbidden");
    }

    @Test
    void the_overrides_opened_on_a_household_are_listed_for_it() throws Exception {
        JsonNode overrides = body(server.send("GET", path(HOUSEHOLD, "/crisis-overrides"), null, USER), 200)
                .get("items");

        assertThat(overrides.get(0).get("justification").asText()).startsWith("SG-4");
    }

    @Test
    void the_export_holds_the_household_and_its_notes() throws Exception {
        JsonNode export = body(server.send("GET", path(HOUSEHOLD, "/export"), null, USER), 200);

        assertThat(export.get("household").get("id").asText()).isEqualTo(HOUSEHOLD.toString());
        assertThat(export.get("notes")).hasSize(1);
        assertThat(export.get("debts")).isEmpty();
    }

    @Test
    void access_is_checked_before_any_handler_runs() throws Exception {
        int added = ADDED.size();
        assertProblem(server.send("POST", path(HIDDEN_HOUSEHOLD, "/members"),
                "{\"accountId\": \"" + MEMBER + "\", \"role\": \"member\"}", USER), 404, "not_found");
        assertProblem(server.send("POST", path(READ_ONLY_HOUSEHOLD, "/members"),
                "{\"accountId\": \"" + MEMBER + "\", \"role\": \"member\"}", USER), 403, "forbidden");
        assertProblem(server.send("GET", path(HOUSEHOLD, "/export"), null, null), 401, "unauthenticated");

        assertThat(ADDED).hasSize(added);
    }
}
