package dev.hearth.application.port.in.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.port.model.CallContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A null scope reaches the service's own check (422 naming {@code scopes[i]}) rather than failing as a
 * NullPointerException while the command is made, which answered 500.
 */
class CreateApiKeyCommandTest {

    private static final AuthenticatedAccount CALLER = new AuthenticatedAccount(UUID.randomUUID(), List.of("account"),
            "token", Instant.parse("2026-12-08T00:00:00Z"));
    private static final CallContext CONTEXT = new CallContext("actor", "request-1");

    @Test
    void a_null_scope_is_kept_in_its_place_for_the_service_to_name() {
        CreateApiKeyCommand command = new CreateApiKeyCommand(CALLER, "key", Arrays.asList("account", null), 30,
                CONTEXT);

        assertThat(command.scopes()).containsExactly("account", null);
    }

    @Test
    void the_scopes_are_a_copy_that_cannot_be_changed() {
        List<String> given = new ArrayList<>(List.of("account"));
        CreateApiKeyCommand command = new CreateApiKeyCommand(CALLER, "key", given, null, CONTEXT);
        given.add("admin:signing-keys");

        assertThat(command.scopes()).containsExactly("account");
        assertThatThrownBy(() -> command.scopes().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
