package dev.hearth.application.port.out.household;

import static dev.hearth.application.port.out.household.HouseholdFixtures.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every household store must do (the ports of {@code port.out.household} and {@link RunInTransactionPort}), run
 * against the in-memory fake and the PostgreSQL adapter. A subclass supplies the ports and empties the store before
 * each test.
 */
public abstract class HouseholdStoreContract {

    protected abstract LoadHouseholdPort loadHouseholds();

    protected abstract StoreHouseholdPort storeHouseholds();

    protected abstract LoadDebtPort loadDebts();

    protected abstract StoreDebtPort storeDebts();

    protected abstract LoadSavedEstimatePort loadEstimates();

    protected abstract StoreSavedEstimatePort storeEstimates();

    protected abstract RunInTransactionPort transactions();

    /** Empties the store (bypassing any protection: tests only). */
    protected abstract void resetToEmpty();

    private static final Instant LATER = CREATED.plus(Duration.ofHours(2));
    private static final String ENGINE = "0.1.0-SNAPSHOT+contract";

    @BeforeEach
    void startEmpty() {
        resetToEmpty();
    }

    // ----- households ------------------------------------------------------------------------------------------------

    @Test
    void a_stored_household_reads_back_with_every_fact_at_version_one() {
        HouseholdCircumstances facts = HouseholdFixtures.everyFactKind();

        HouseholdRecord stored = storeHouseholds().insert(facts, CREATED);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(CREATED).isEqualTo(stored.updatedAt());
        assertThat(stored.id().version()).as("UUIDv7").isEqualTo(7);
        Read<HouseholdRecord> read = loadHouseholds().load(stored.id()).orElseThrow();
        assertThat(read.freshness()).isEqualTo(Freshness.CURRENT);
        assertThat(read.value()).isEqualTo(stored);
        assertThat(read.value().circumstances()).isEqualTo(facts);
    }

    @Test
    void timestamps_are_kept_to_the_microsecond_and_the_returned_record_is_what_is_stored() {
        Instant withNanos = Instant.parse("2026-05-20T09:15:30.123456789Z");

        HouseholdRecord stored = storeHouseholds().insert(HouseholdFixtures.single(1), withNanos);

        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-05-20T09:15:30.123456Z"));
        assertThat(loadHouseholds().load(stored.id()).orElseThrow().value()).isEqualTo(stored);
    }

    @Test
    void a_household_that_was_never_stored_is_absent() {
        assertThat(loadHouseholds().load(UUID.randomUUID())).isEmpty();
    }

    @Test
    void an_update_based_on_the_current_version_replaces_the_facts_and_adds_one_to_the_version() {
        HouseholdRecord first = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);

        HouseholdRecord second = storeHouseholds().update(first, HouseholdFixtures.everyFactKind(), LATER);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.createdAt()).isEqualTo(CREATED);
        assertThat(second.updatedAt()).isEqualTo(LATER);
        assertThat(loadHouseholds().load(first.id()).orElseThrow().value()).isEqualTo(second);
    }

    @Test
    void an_update_based_on_a_stale_version_is_refused_with_version_mismatch_and_changes_nothing() {
        HouseholdRecord first = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        HouseholdRecord second = storeHouseholds().update(first, HouseholdFixtures.single(2), LATER);

        assertRefused(() -> storeHouseholds().update(first, HouseholdFixtures.everyFactKind(), LATER),
                ErrorCode.VERSION_MISMATCH);
        assertRefused(() -> storeHouseholds().delete(first.id(), 1), ErrorCode.VERSION_MISMATCH);

        assertThat(loadHouseholds().load(first.id()).orElseThrow().value()).isEqualTo(second);
    }

    @Test
    void changing_or_deleting_a_household_that_is_gone_is_refused_with_not_found() {
        HouseholdRecord stored = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        storeHouseholds().delete(stored.id(), 1);

        assertThat(loadHouseholds().load(stored.id())).isEmpty();
        assertRefused(() -> storeHouseholds().update(stored, HouseholdFixtures.single(2), LATER), ErrorCode.NOT_FOUND);
        assertRefused(() -> storeHouseholds().delete(stored.id(), 1), ErrorCode.NOT_FOUND);
    }

    @Test
    void deleting_a_household_deletes_its_debts_and_saved_estimates_and_nothing_of_another_household() {
        HouseholdRecord doomed = storeHouseholds().insert(HouseholdFixtures.everyFactKind(), CREATED);
        HouseholdRecord other = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        DebtRecord debt = storeDebts().insert(doomed.id(), HouseholdFixtures.debtWithEverything(), CREATED);
        SavedEstimateRecord estimate = saveEstimate(doomed);
        DebtRecord othersDebt = storeDebts().insert(other.id(), HouseholdFixtures.plainDebt(1_000), CREATED);

        storeHouseholds().delete(doomed.id(), 1);

        assertThat(loadDebts().load(doomed.id(), debt.id())).isEmpty();
        assertThat(loadEstimates().load(doomed.id(), estimate.id())).isEmpty();
        assertThat(loadDebts().list(doomed.id(), PageRequest.first()).value().items()).isEmpty();
        assertThat(loadEstimates().list(doomed.id(), PageRequest.first()).value().items()).isEmpty();
        assertThat(loadDebts().load(other.id(), othersDebt.id())).isPresent();
    }

    @Test
    void households_are_listed_in_pages_in_creation_order_without_repeats_or_gaps() {
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(storeHouseholds().insert(HouseholdFixtures.single(i), CREATED.plusSeconds(i)).id());
        }

        List<Page<HouseholdRecord>> pages = allPages(after -> loadHouseholds().list(new PageRequest(after, 3)));

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(3, 3, 1);
        assertThat(pages.get(2).hasMore()).isFalse();
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(HouseholdRecord::id).toList())
                .containsExactlyElementsOf(stored);
        assertThat(pages.get(0).items().get(0).circumstances()).isEqualTo(HouseholdFixtures.single(0));
    }

    @Test
    void a_full_last_page_says_there_is_no_next_page() {
        for (int i = 0; i < 4; i++) {
            storeHouseholds().insert(HouseholdFixtures.single(i), CREATED.plusSeconds(i));
        }

        List<Page<HouseholdRecord>> pages = allPages(after -> loadHouseholds().list(new PageRequest(after, 2)));

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2);
    }

    @Test
    void lock_for_update_reads_the_current_household_and_debt_inside_a_transaction_and_only_there() {
        HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.everyFactKind(), CREATED);
        DebtRecord debt = storeDebts().insert(household.id(), HouseholdFixtures.debtWithEverything(), CREATED);

        assertThat(transactions().inTransaction(() -> loadHouseholds().lockForUpdate(household.id())))
                .contains(household);
        assertThat(transactions().inTransaction(() -> loadDebts().lockForUpdate(household.id(), debt.id())))
                .contains(debt);
        assertThat(transactions().inTransaction(() -> loadHouseholds().lockForUpdate(UUID.randomUUID()))).isEmpty();
        assertThatThrownBy(() -> loadHouseholds().lockForUpdate(household.id()))
                .isInstanceOf(IllegalStateException.class);
    }

    // ----- debts -----------------------------------------------------------------------------------------------------

    @Test
    void a_debt_reads_back_with_its_enforcement_classification_creditor_and_note() {
        HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);

        DebtRecord stored = storeDebts().insert(household.id(), HouseholdFixtures.debtWithEverything(), CREATED);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.householdId()).isEqualTo(household.id());
        assertThat(stored.id().version()).isEqualTo(7);
        assertThat(loadDebts().load(household.id(), stored.id()).orElseThrow().value()).isEqualTo(stored);
        assertThat(stored.debt()).isEqualTo(HouseholdFixtures.debtWithEverything());
    }

    @Test
    void a_debt_for_a_household_that_does_not_exist_is_refused_with_not_found() {
        assertRefused(() -> storeDebts().insert(UUID.randomUUID(), HouseholdFixtures.plainDebt(100), CREATED),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void debt_changes_are_versioned_stale_ones_refused_and_a_deleted_debt_is_gone() {
        HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        DebtRecord first = storeDebts().insert(household.id(), HouseholdFixtures.plainDebt(100), CREATED);

        DebtRecord second = storeDebts().update(first, HouseholdFixtures.debtWithEverything(), LATER);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.createdAt()).isEqualTo(CREATED);
        assertThat(second.updatedAt()).isEqualTo(LATER);
        assertThat(loadDebts().load(household.id(), first.id()).orElseThrow().value()).isEqualTo(second);
        assertRefused(() -> storeDebts().update(first, HouseholdFixtures.plainDebt(5), LATER),
                ErrorCode.VERSION_MISMATCH);
        assertRefused(() -> storeDebts().delete(household.id(), first.id(), 1), ErrorCode.VERSION_MISMATCH);

        storeDebts().delete(household.id(), first.id(), 2);

        assertThat(loadDebts().load(household.id(), first.id())).isEmpty();
        assertRefused(() -> storeDebts().delete(household.id(), first.id(), 2), ErrorCode.NOT_FOUND);
        assertRefused(() -> storeDebts().update(second, HouseholdFixtures.plainDebt(5), LATER), ErrorCode.NOT_FOUND);
        assertThat(loadHouseholds().load(household.id()).orElseThrow().value().version())
                .as("a debt change leaves the household's version alone").isEqualTo(1);
    }

    @Test
    void another_households_debt_or_estimate_is_invisible_and_untouchable_under_this_household() {
        HouseholdRecord a = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        HouseholdRecord b = storeHouseholds().insert(HouseholdFixtures.everyFactKind(), CREATED);
        DebtRecord bDebt = storeDebts().insert(b.id(), HouseholdFixtures.debtWithEverything(), CREATED);
        SavedEstimateRecord bEstimate = saveEstimate(b);
        storeDebts().insert(a.id(), HouseholdFixtures.plainDebt(100), CREATED);

        assertThat(loadDebts().load(a.id(), bDebt.id())).isEmpty();
        assertThat(loadEstimates().load(a.id(), bEstimate.id())).isEmpty();
        assertThat(loadDebts().list(a.id(), PageRequest.first()).value().items()).extracting(DebtRecord::id)
                .doesNotContain(bDebt.id()).hasSize(1);
        assertThat(loadEstimates().list(a.id(), PageRequest.first()).value().items()).isEmpty();
        DebtRecord forged = new DebtRecord(bDebt.id(), a.id(), 1, CREATED, CREATED, bDebt.debt());
        assertRefused(() -> storeDebts().update(forged, HouseholdFixtures.plainDebt(1), LATER), ErrorCode.NOT_FOUND);
        assertRefused(() -> storeDebts().delete(a.id(), bDebt.id(), 1), ErrorCode.NOT_FOUND);
        assertThat(loadDebts().load(b.id(), bDebt.id()).orElseThrow().value()).isEqualTo(bDebt);
    }

    @Test
    void a_households_debts_are_listed_in_pages_in_the_order_they_were_added() {
        HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        HouseholdRecord other = storeHouseholds().insert(HouseholdFixtures.single(2), CREATED);
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(storeDebts().insert(household.id(), HouseholdFixtures.plainDebt(100 + i),
                    CREATED.plusSeconds(i)).id());
            storeDebts().insert(other.id(), HouseholdFixtures.plainDebt(900 + i), CREATED.plusSeconds(i));
        }

        List<Page<DebtRecord>> pages = allPages(after -> loadDebts().list(household.id(), new PageRequest(after, 2)));

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(DebtRecord::id).toList())
                .containsExactlyElementsOf(added);
    }

    // ----- saved estimates -------------------------------------------------------------------------------------------

    @Test
    void a_saved_estimate_reads_back_with_its_exact_inputs_result_and_versions() {
        HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.everyFactKind(), CREATED);
        UcEstimateRequest inputs = HouseholdFixtures.estimateInputs(household.circumstances());
        UcEstimate result = HouseholdFixtures.estimate(inputs);

        SavedEstimateRecord saved = storeEstimates().insert(household.id(), household.version(), LATER, ENGINE,
                inputs, result);

        assertThat(saved.id().version()).isEqualTo(7);
        assertThat(saved.householdVersion()).isEqualTo(1);
        assertThat(saved.createdAt()).isEqualTo(LATER);
        assertThat(saved.engineVersion()).isEqualTo(ENGINE);
        assertThat(saved.rulesetVersion()).isEqualTo(result.explanation().rulesetVersion());
        SavedEstimateRecord read = loadEstimates().load(household.id(), saved.id()).orElseThrow().value();
        assertThat(read).isEqualTo(saved);
        assertThat(read.inputs()).isEqualTo(inputs);
        assertThat(read.result()).isEqualTo(result);
    }

    @Test
    void an_estimate_for_a_household_that_does_not_exist_is_refused_with_not_found() {
        UcEstimateRequest inputs = HouseholdFixtures.estimateInputs(HouseholdFixtures.single(1));
        assertRefused(() -> storeEstimates().insert(UUID.randomUUID(), 1, LATER, ENGINE, inputs,
                HouseholdFixtures.estimate(inputs)), ErrorCode.NOT_FOUND);
    }

    @Test
    void a_households_saved_estimates_are_listed_oldest_first_in_pages() {
        HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        List<UUID> saved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            saved.add(saveEstimate(household, LATER.plusSeconds(i)).id());
        }

        List<Page<SavedEstimateRecord>> pages = allPages(
                after -> loadEstimates().list(household.id(), new PageRequest(after, 2)));

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 1);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(SavedEstimateRecord::id).toList())
                .containsExactlyElementsOf(saved);
    }

    // ----- transactions ----------------------------------------------------------------------------------------------

    @Test
    void work_in_a_transaction_is_stored_whole_when_it_returns() {
        DebtRecord debt = transactions().inTransaction(() -> {
            HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
            return storeDebts().insert(household.id(), HouseholdFixtures.plainDebt(100), CREATED);
        });

        assertThat(loadDebts().load(debt.householdId(), debt.id())).isPresent();
    }

    @Test
    void work_that_throws_after_two_inserts_leaves_nothing_stored_and_the_exception_passes_unchanged() {
        ApplicationException refusal = new ApplicationException(ErrorCode.VALIDATION_FAILED, "refused after writing");
        List<UUID> written = new ArrayList<>();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            HouseholdRecord household = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
            written.add(household.id());
            written.add(storeDebts().insert(household.id(), HouseholdFixtures.plainDebt(100), CREATED).id());
            throw refusal;
        })).isSameAs(refusal);

        assertThat(written).hasSize(2);
        assertThat(loadHouseholds().load(written.get(0))).isEmpty();
        assertThat(loadDebts().load(written.get(0), written.get(1))).isEmpty();
        assertThat(loadHouseholds().list(PageRequest.first()).value().items()).isEmpty();
    }

    @Test
    void a_change_and_a_stale_change_in_one_transaction_are_both_undone() {
        HouseholdRecord first = storeHouseholds().insert(HouseholdFixtures.single(1), CREATED);
        IllegalStateException bug = new IllegalStateException("a bug in the caller");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storeHouseholds().update(first, HouseholdFixtures.single(2), LATER);
            storeHouseholds().delete(first.id(), 5);   // stale: VERSION_MISMATCH
            throw bug;
        })).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VERSION_MISMATCH));
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            storeHouseholds().update(first, HouseholdFixtures.single(3), LATER);
            throw bug;
        })).as("an exception that is not an ApplicationException passes unchanged").isSameAs(bug);

        assertThat(loadHouseholds().load(first.id()).orElseThrow().value()).isEqualTo(first);
    }

    // ----- helpers ---------------------------------------------------------------------------------------------------

    private SavedEstimateRecord saveEstimate(HouseholdRecord household) {
        return saveEstimate(household, LATER);
    }

    private SavedEstimateRecord saveEstimate(HouseholdRecord household, Instant at) {
        UcEstimateRequest inputs = HouseholdFixtures.estimateInputs(household.circumstances());
        return storeEstimates().insert(household.id(), household.version(), at, ENGINE, inputs,
                HouseholdFixtures.estimate(inputs));
    }

    private static <T> List<Page<T>> allPages(Function<UUID, Read<Page<T>>> read) {
        List<Page<T>> pages = new ArrayList<>();
        UUID after = null;
        do {
            Page<T> page = read.apply(after).value();
            pages.add(page);
            after = page.nextAfter();
            assertThat(pages).as("pages").hasSizeLessThan(100);
        } while (after != null);
        return pages;
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
