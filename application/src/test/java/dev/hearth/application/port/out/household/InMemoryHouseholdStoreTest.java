package dev.hearth.application.port.out.household;

import dev.hearth.application.port.out.persistence.RunInTransactionPort;

/** The household store contract against the in-memory fake use-case tests rely on. */
class InMemoryHouseholdStoreTest extends HouseholdStoreContract {

    private final InMemoryHouseholdStore store = new InMemoryHouseholdStore();

    @Override
    protected LoadHouseholdPort loadHouseholds() {
        return store;
    }

    @Override
    protected StoreHouseholdPort storeHouseholds() {
        return store;
    }

    @Override
    protected LoadDebtPort loadDebts() {
        return store;
    }

    @Override
    protected StoreDebtPort storeDebts() {
        return store;
    }

    @Override
    protected LoadSavedEstimatePort loadEstimates() {
        return store.savedEstimates();
    }

    @Override
    protected StoreSavedEstimatePort storeEstimates() {
        return store.savedEstimates();
    }

    @Override
    protected RunInTransactionPort transactions() {
        return store;
    }

    @Override
    protected void resetToEmpty() {
        store.clear();
    }
}
