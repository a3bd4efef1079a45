package dev.hearth.application.port.in.household;

/**
 * The household use cases together, as the driving adapters take them (one parameter instead of fifteen).
 *
 * <p>A bundle of ports and nothing more: bootstrap refuses a missing component and scopes each one as its
 * interface's {@link dev.hearth.application.port.in.CallScope} declares (ADR 0024).
 *
 * @param create        create a household
 * @param get           read one household
 * @param list          list households
 * @param change        change a household's facts
 * @param delete        delete a household
 * @param addDebt       add a debt
 * @param getDebt       read one debt
 * @param listDebts     list a household's debts
 * @param changeDebt    change a debt
 * @param removeDebt    remove a debt
 * @param saveEstimate  estimate now and keep the estimate
 * @param getEstimate   read one saved estimate
 * @param listEstimates list a household's saved estimates
 * @param replay        recompute a saved estimate and compare
 * @param planDebts     make a debt plan from the household's stored debts
 */
public record HouseholdUseCases(CreateHouseholdUseCase create, GetHouseholdUseCase get, ListHouseholdsUseCase list,
                                ChangeHouseholdUseCase change, DeleteHouseholdUseCase delete, AddDebtUseCase addDebt,
                                GetDebtUseCase getDebt, ListDebtsUseCase listDebts, ChangeDebtUseCase changeDebt,
                                RemoveDebtUseCase removeDebt, SaveEstimateUseCase saveEstimate,
                                GetSavedEstimateUseCase getEstimate, ListSavedEstimatesUseCase listEstimates,
                                ReplaySavedEstimateUseCase replay, PlanHouseholdDebtsUseCase planDebts) {
}
