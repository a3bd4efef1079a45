package dev.hearth.adapter.out.postgres;

import dev.hearth.application.port.out.household.HouseholdStoreContract;
import dev.hearth.application.port.out.household.LoadDebtPort;
import dev.hearth.application.port.out.household.LoadHouseholdPort;
import dev.hearth.application.port.out.household.LoadSavedEstimatePort;
import dev.hearth.application.port.out.household.StoreDebtPort;
import dev.hearth.application.port.out.household.StoreHouseholdPort;
import dev.hearth.application.port.out.household.StoreSavedEstimatePort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The household store contract against real PostgreSQL, with real Tink encryption and row-level security. */
class JdbiHouseholdAdapterContractTest extends HouseholdStoreContract {

    private static HouseholdDatabase db;

    @BeforeAll
    static void start() {
        db = HouseholdDatabase.start(JdbiHouseholdAdapterContractTest.class);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected LoadHouseholdPort loadHouseholds() {
        return db.households;
    }

    @Override
    protected StoreHouseholdPort storeHouseholds() {
        return db.households;
    }

    @Override
    protected LoadDebtPort loadDebts() {
        return db.households;
    }

    @Override
    protected StoreDebtPort storeDebts() {
        return db.households;
    }

    @Override
    protected LoadSavedEstimatePort loadEstimates() {
        return db.households.savedEstimates();
    }

    @Override
    protected StoreSavedEstimatePort storeEstimates() {
        return db.households.savedEstimates();
    }

    @Override
    protected RunInTransactionPort transactions() {
        return db.households;
    }

    @Override
    protected void resetToEmpty() {
        db.empty();
    }
}
