package dev.hearth.application.port.out.household;

import dev.hearth.domain.debt.AdviserClassification;
import dev.hearth.domain.debt.Enforcement;
import dev.hearth.domain.debt.EnforcementAction;
import dev.hearth.domain.debt.PriorityStatus;
import dev.hearth.domain.debt.SanctionCategory;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.housing.HousingCostsInput.FosterCaring;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Childcare;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.DeductionRequest;
import dev.hearth.domain.uc.DeductionType;
import dev.hearth.domain.uc.DisabledChildRate;
import dev.hearth.domain.uc.LcwraRate;
import dev.hearth.domain.uc.OtherIncome;
import dev.hearth.domain.uc.OtherIncomeType;
import dev.hearth.domain.uc.RentedHome;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.uc.WorkCapability;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stored-household examples for the storage contract and use-case tests. {@link #everyFactKind()} fills every kind of
 * fact a household can hold, so a round trip through any store proves nothing is dropped; the values are distinctive
 * strings and numbers that a test can search for in raw storage (they must never appear there in clear).
 */
public final class HouseholdFixtures {

    /** A period with published rates, for estimates. */
    public static final LocalDate PERIOD_START = LocalDate.of(2026, 5, 14);
    /** When the examples are stored (microsecond precision, as PostgreSQL keeps it). */
    public static final Instant CREATED = Instant.parse("2026-05-20T09:15:30.123456Z");
    /** The creditor name of {@link #debtWithEverything()}: must never appear in clear in storage. */
    public static final String CREDITOR = "Northmoor Borough Council";
    /** The note of {@link #debtWithEverything()}. */
    public static final String NOTE = "Agreed 25 a month with Mrs Okafor on the phone";
    /** The first claimant's date of birth in {@link #everyFactKind()}. */
    public static final LocalDate FIRST_CLAIMANT_BORN = LocalDate.of(1987, 3, 29);
    /** The debt's balance in pence (a distinctive number). */
    public static final long BALANCE_PENCE = 386_471;

    private HouseholdFixtures() {
    }

    /**
     * A couple: one claimant working, limited capability for work and work-related activity, receiving PIP daily living
     * enhanced; the other a carer with the disability benefits of a child; two children (one disabled, higher rate,
     * with DLA care middle rate), privately rented home with supplied LHA rates, a non-dependant with Carer's
     * Allowance, other income, childcare costs and deductions.
     */
    public static HouseholdCircumstances everyFactKind() {
        Claimant first = Claimant.of(FIRST_CLAIMANT_BORN, Pence.of(104_317))
                .withInPaidWork(true)
                .withWorkCapability(WorkCapability.LCWRA, LcwraRate.PRE_2026_CLAIMANT)
                .withDisabilityBenefits(Set.of(DisabilityBenefit.PIP_DAILY_LIVING_ENHANCED));
        Claimant second = Claimant.of(LocalDate.of(1990, 11, 2), Pence.ZERO).withCarer(true);
        Child older = Child.of(LocalDate.of(2015, 7, 9), Sex.MALE);
        Child younger = Child.of(LocalDate.of(2019, 1, 23), Sex.FEMALE)
                .withDisabledChildRate(DisabledChildRate.HIGHER)
                .withDisabilityBenefits(Set.of(DisabilityBenefit.DLA_CARE_MIDDLE));
        RentedHome home = new RentedHome(Tenure.PRIVATE, new HousingPayment(Pence.of(82_350), RentFrequency.MONTHLY),
                new HousingPayment(Pence.of(1_875), RentFrequency.MONTHLY), null, 3, false, FosterCaring.NONE, false,
                new LhaSource.Supplied(Map.of(LhaCategory.TWO_BEDROOMS, Pence.of(69_813),
                        LhaCategory.THREE_BEDROOMS, Pence.of(84_999),
                        LhaCategory.FOUR_BEDROOMS, Pence.of(99_987))));
        NonDependant lodger = new NonDependant(LocalDate.of(1999, 4, 17), Sex.FEMALE, Set.of(), false, false, true,
                false, false, false, false);
        return new HouseholdCircumstances(Nation.ENGLAND, false, List.of(first, second), false,
                List.of(older, younger), home, List.of(lodger), Pence.of(312_645),
                List.of(new OtherIncome(OtherIncomeType.CHILD_MAINTENANCE, Pence.of(21_667))),
                new Childcare(Pence.of(35_000), 1),
                List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, Pence.of(4_218))),
                false, false);
    }

    /** A single claimant with no other facts: the smallest household. */
    public static HouseholdCircumstances single(int variant) {
        return new HouseholdCircumstances(Nation.WALES, false,
                List.of(Claimant.of(LocalDate.of(1980, 1, 1).plusDays(variant), Pence.of(50_000 + variant))), false,
                List.of(), null, List.of(), Pence.ZERO, List.of(), null, List.of(), false, false);
    }

    /**
     * A council tax debt with an enforcement agent's notice, further enforcement events, circumstances, an adviser's
     * classification, a creditor and a note.
     */
    public static HouseholdDebt debtWithEverything() {
        return new HouseholdDebt("COUNCIL_TAX", CREDITOR, Pence.of(BALANCE_PENCE), Pence.of(2_500),
                new Enforcement(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, LocalDate.of(2026, 4, 30)),
                new AdviserClassification(PriorityStatus.PRIORITY, SanctionCategory.LIBERTY,
                        "council tax: committal possible (policy DA-3)"),
                false, NOTE, java.util.List.of(new Enforcement(EnforcementAction.LIABILITY_ORDER,
                        LocalDate.of(2026, 2, 10)), new Enforcement(EnforcementAction.COMMITTAL_HEARING,
                        LocalDate.of(2026, 6, 20))),
                new dev.hearth.domain.debt.DebtCircumstances(true, null, null, true));
    }

    /** A plain debt with only a type and a balance. */
    public static HouseholdDebt plainDebt(long balancePence) {
        return new HouseholdDebt("CREDIT_CARD", null, Pence.of(balancePence), null, null, null, false, null);
    }

    /** The engine's input for {@code circumstances} in {@link #PERIOD_START}'s period. */
    public static UcEstimateRequest estimateInputs(HouseholdCircumstances circumstances) {
        return circumstances.forAssessmentPeriodStarting(PERIOD_START);
    }

    /** The engine's answer for those inputs. */
    public static UcEstimate estimate(UcEstimateRequest inputs) {
        return UniversalCredit.estimate(inputs);
    }
}
