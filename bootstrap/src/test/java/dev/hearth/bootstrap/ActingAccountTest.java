package dev.hearth.bootstrap;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;
import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.in.access.CheckHouseholdAccessUseCase;
import dev.hearth.application.port.in.access.HouseholdAccessUseCases;
import dev.hearth.application.port.in.household.HouseholdUseCases;
import dev.hearth.application.port.model.CallContext;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The one decorator of use cases (ADR 0024): each is scoped as its interface declares, and the wiring refuses to start
 * rather than serve a use case whose scope is undeclared or cannot be applied.
 */
class ActingAccountTest {

    record Lookup(String key, CallContext context) {
    }

    @CallScope(ACTING_ACCOUNT)
    interface LookUpUseCase {
        String lookUp(Lookup query);
    }

    @CallScope(UNSCOPED)
    interface CalculateUseCase {
        String calculate(Lookup query);
    }

    interface UndeclaredUseCase {
        String lookUp(Lookup query);
    }

    @CallScope(ACTING_ACCOUNT)
    interface NoContextUseCase {
        String lookUp(String key);
    }

    record Area(LookUpUseCase lookUp, CalculateUseCase calculate) {
    }

    record Tree(Area area, CalculateUseCase calculate) {
    }

    record WithUndeclared(UndeclaredUseCase undeclared) {
    }

    record WithoutContext(NoContextUseCase noContext) {
    }

    /** A store that records the account each piece of work ran as. */
    static final class RecordingStore implements ActingAccount.Store {
        final List<String> actors = new ArrayList<>();

        @Override
        public <T> T actingAs(String actorId, Supplier<T> work) {
            actors.add(actorId);
            return work.get();
        }
    }

    private final RecordingStore store = new RecordingStore();

    @Test
    void an_acting_account_use_case_runs_each_call_as_the_actor_of_its_query_and_an_unscoped_one_does_not() {
        Tree scoped = ActingAccount.scope(new Tree(new Area(q -> "found " + q.key(), q -> "sum " + q.key()),
                q -> "top " + q.key()), store);

        assertThat(scoped.area().lookUp().lookUp(new Lookup("a", new CallContext("account-1", "req-1"))))
                .isEqualTo("found a");
        assertThat(scoped.area().calculate().calculate(new Lookup("b", new CallContext("account-2", "req-2"))))
                .isEqualTo("sum b");
        assertThat(scoped.calculate().calculate(new Lookup("c", new CallContext("account-3", "req-3"))))
                .isEqualTo("top c");
        assertThat(store.actors).containsExactly("account-1");
    }

    @Test
    void a_use_case_whose_interface_declares_no_scope_is_refused_at_start_up() {
        assertThatThrownBy(() -> ActingAccount.scope(new WithUndeclared(q -> "x"), store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UndeclaredUseCase declares no @CallScope");
    }

    @Test
    void an_acting_account_use_case_whose_query_has_no_call_context_is_refused_at_start_up() {
        assertThatThrownBy(() -> ActingAccount.scope(new WithoutContext(key -> "x"), store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("takes no command or query with a CallContext");
    }

    @Test
    void a_missing_use_case_is_refused_at_start_up() {
        assertThatThrownBy(() -> ActingAccount.scope(new Tree(new Area(null, q -> "x"), q -> "y"), store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Area.lookUp is missing");
    }

    @Test
    void every_use_case_hearth_serves_declares_a_scope_it_can_apply() {
        UseCases scoped = ActingAccount.scope(UseCases.documentationOnly(), store);

        assertThat(scoped.households().create().toString()).startsWith("acting-account ");
        assertThat(scoped.estimateUniversalCredit().toString()).startsWith("documentation-only ");
    }

    @Test
    void every_household_use_case_but_the_access_check_acts_as_its_caller() {
        List<Class<?>> household = new ArrayList<>();
        for (Class<?> area : List.of(HouseholdUseCases.class, HouseholdAccessUseCases.class)) {
            for (RecordComponent c : area.getRecordComponents()) {
                household.add(c.getType());
            }
        }
        household.remove(CheckHouseholdAccessUseCase.class);

        assertThat(household).hasSize(23).allSatisfy(useCase -> assertThat(
                useCase.getAnnotation(CallScope.class).value()).as(useCase.getSimpleName()).isEqualTo(ACTING_ACCOUNT));
        assertThat(CheckHouseholdAccessUseCase.class.getAnnotation(CallScope.class).value()).isEqualTo(UNSCOPED);
    }

    @Test
    void documentation_only_use_cases_are_built_from_the_types_and_refuse_to_run() {
        UseCases none = UseCases.documentationOnly();

        assertThat(none.auth().apiKeys().revoke().toString()).isEqualTo("documentation-only RevokeApiKeyUseCase");
        assertThatThrownBy(() -> none.checkReadiness().checkReadiness())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not connected");
    }
}
