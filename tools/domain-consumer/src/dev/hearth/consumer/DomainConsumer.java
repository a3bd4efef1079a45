package dev.hearth.consumer;

// [doc:imports]
import dev.hearth.domain.debt.*;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.ExplanationText;
import dev.hearth.domain.housing.*;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.rent.*;
import dev.hearth.domain.timing.*;
import dev.hearth.domain.uc.*;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
// [/doc:imports]

/**
 * Calls every engine of the domain jar the way an embedding service would, with the jar alone on its module path, and
 * exits non-zero if an engine throws or a result is missing or differs from the figures worked by hand in
 * docs/domain-java-api.md. The code between the {@code [doc:...]} markers is the code of that document's examples
 * (DomainJavaApiDocTest in the domain module keeps the two equal). Run by run.sh from the domain module's verify phase.
 */
public final class DomainConsumer {

    private static int failures;

    private DomainConsumer() {
    }

    public static void main(String[] args) {
        check("the domain is the named module dev.hearth.domain",
                "dev.hearth.domain".equals(UniversalCredit.class.getModule().getName()));

        UcEstimate estimate = run("Universal Credit", DomainConsumer::universalCredit);
        if (estimate != null) {
            check("UC award is £1,724.78", estimate.awardPence().equals(Pence.ofPounds("1724.78")));
            check("UC payment date is 2026-06-19", LocalDate.parse("2026-06-19").equals(estimate.paymentDate()));
            check("UC explanation has steps", !estimate.explanation().steps().isEmpty());
            check("UC explanation renders", !ExplanationText.render(estimate.explanation()).isBlank());
        }

        HousingCostsResult housing = run("housing costs element", DomainConsumer::housingCostsElement);
        if (housing != null) {
            check("housing element is £853.45", housing.monthlyAmountPence().equals(Pence.ofPounds("853.45")));
            check("housing cap rent is the 3-bedroom LHA",
                    housing.lhaCategory().equals(java.util.Optional.of(LhaCategory.THREE_BEDROOMS)));
        }

        PaymentTiming timing = run("UC payment timing", DomainConsumer::paymentTiming);
        if (timing != null) {
            check("payment brought forward from Saturday 20 June to Friday 19 June 2026",
                    timing.moved() && timing.paymentDate().equals(LocalDate.parse("2026-06-19")));
        }
        NewClaimTiming newClaim = run("UC new-claim timing", DomainConsumer::newClaimTiming);
        if (newClaim != null) {
            check("a claim on 8 March 2026 has its first period to 7 April and is paid on 14 April 2026",
                    newClaim.firstPeriod().end().equals(LocalDate.parse("2026-04-07"))
                            && newClaim.firstPayment().paymentDate().equals(LocalDate.parse("2026-04-14")));
        }

        DebtPlan plan = run("debt plan", DomainConsumer::debtPlan);
        if (plan != null) {
            check("debt plan ranks every debt", plan.debts().size() == 4);
            check("council tax with a bailiff notice comes first", plan.debts().get(0).id().equals("council-tax")
                    && plan.debts().get(0).imminentEnforcement());
            check("debt plan has a budget", plan.budget().monthlyIncomePence().equals(Pence.ofPounds("1650.00")));
        }

        RentRiskAssessment risk = run("rent risk", DomainConsumer::rentRisk);
        if (risk != null) {
            check("rent risk has a level and reasons", risk.riskLevel() != null && !risk.riskReasons().isEmpty());
            check("rent risk has a timeline", !risk.timeline().isEmpty());
        }

        List<Violation> refused = run("invalid input", DomainConsumer::invalidInput);
        check("a period with no rates is refused with rates_not_available on assessmentPeriodStart",
                refused != null && refused.size() == 1
                        && refused.get(0).field().equals("assessmentPeriodStart")
                        && refused.get(0).code().equals("rates_not_available"));

        if (failures > 0) {
            System.err.println("domain consumer: " + failures + " check(s) failed");
            System.exit(1);
        }
        System.out.println("domain consumer: every engine answered on "
                + Runtime.version().feature() + " (" + System.getProperty("java.vm.name") + ")");
    }

    static UcEstimate universalCredit() {
        // [doc:universal-credit]
        Claimant first = Claimant.of(LocalDate.parse("2001-09-30"), Pence.ofPounds("1200.00"));   // 24
        Claimant second = Claimant.of(LocalDate.parse("1995-01-20"), Pence.ofPounds("300.00"));   // 31
        Child older = Child.of(LocalDate.parse("2016-05-01"), Sex.FEMALE);
        Child younger = Child.of(LocalDate.parse("2019-09-12"), Sex.FEMALE)
                .withDisabledChildRate(DisabledChildRate.LOWER);
        RentedHome home = new RentedHome(Tenure.PRIVATE,
                new HousingPayment(Pence.ofPounds("950.00"), RentFrequency.MONTHLY), null, null, 3, false, null, false,
                new LhaSource.Supplied(Map.of(LhaCategory.TWO_BEDROOMS, Pence.ofPounds("875.00"),
                        LhaCategory.THREE_BEDROOMS, Pence.ofPounds("950.00"))));
        NonDependant adultSon = new NonDependant(LocalDate.parse("2002-11-03"), Sex.MALE, Set.of(),
                false, false, false, false, false, false, false);                                  // 23

        UcEstimateRequest request = UcEstimateRequest
                .couple(LocalDate.parse("2026-05-14"), Nation.ENGLAND, first, second)
                .withChildren(List.of(older, younger))
                .withHousing(home)
                .withNonDependants(List.of(adultSon))
                .withCapital(Pence.ofPounds("7400.00"));

        UcEstimate estimate = UniversalCredit.estimate(request);
        estimate.awardPence();   // Pence 172478: £1,724.78 for the period
        estimate.paymentDate();  // 2026-06-19
        String text = ExplanationText.render(estimate.explanation());   // steps, legal references, assumptions
        // [/doc:universal-credit]
        return estimate;
    }

    static HousingCostsResult housingCostsElement() {
        // [doc:housing]
        LocalDate periodStart = LocalDate.parse("2026-05-14");
        HousingRates rates = UniversalCredit.housingRatesFor(
                UcRatesSchedule.forPeriodStarting(periodStart).orElseThrow());   // empty: no rates for that period
        HousingCostsInput input = new HousingCostsInput(Tenure.PRIVATE,
                new HousingPayment(Pence.ofPounds("950.00"), RentFrequency.MONTHLY), null, null, 3, false,
                List.of(new HousingCostsInput.Claimant(LocalDate.parse("2001-09-30"), false, Set.of(), false, false,
                                false, null),
                        new HousingCostsInput.Claimant(LocalDate.parse("1995-01-20"), false, Set.of(), false, false,
                                false, null)),
                List.of(new HousingCostsInput.Child(LocalDate.parse("2016-05-01"), Sex.FEMALE, Set.of(), false, false),
                        new HousingCostsInput.Child(LocalDate.parse("2019-09-12"), Sex.FEMALE, Set.of(), false, false)),
                List.of(new NonDependant(LocalDate.parse("2002-11-03"), Sex.MALE, Set.of(),
                        false, false, false, false, false, false, false)),
                null, false,
                new LhaSource.Supplied(Map.of(LhaCategory.TWO_BEDROOMS, Pence.ofPounds("875.00"),
                        LhaCategory.THREE_BEDROOMS, Pence.ofPounds("950.00"))));

        ExplanationBuilder explanation = new ExplanationBuilder(HousingRules.RULESET_VERSION);
        HousingCostsResult housing = HousingCostsElement.calculate(input, rates, periodStart, explanation);
        housing.monthlyAmountPence();      // £853.45: £950.00 capped at the 3-bedroom LHA, less £96.55 contribution
        housing.bedroomEntitlement();      // 3 bedrooms, and why
        explanation.build();               // the steps and assumptions behind it
        // [/doc:housing]
        return housing;
    }

    static PaymentTiming paymentTiming() {
        // [doc:timing]
        AssessmentPeriod period = AssessmentPeriod.startingOn(LocalDate.parse("2026-05-14")); // to 13 June 2026
        PaymentTiming timing = UcPaymentTiming.forPeriod(period, Nation.ENGLAND);
        timing.nominalPaymentDate();  // 2026-06-20, a Saturday: seven days after the period ends
        timing.paymentDate();         // 2026-06-19, the last working day before it
        timing.reasonsMoved();        // one line per non-working day passed over
        // [/doc:timing]
        return timing;
    }

    static NewClaimTiming newClaimTiming() {
        // [doc:new-claim]
        NewClaimTiming newClaim = UcPaymentTiming.forNewClaim(LocalDate.parse("2026-03-08"), Nation.WALES);
        newClaim.firstPeriod();                  // 8 March to 7 April 2026
        newClaim.firstPayment().paymentDate();   // 2026-04-14
        newClaim.daysToFirstPayment();           // 37: the "five-week wait"
        // [/doc:new-claim]
        return newClaim;
    }

    static DebtPlan debtPlan() {
        // [doc:debt-plan]
        DebtPlanRequest request = new DebtPlanRequest(LocalDate.parse("2026-06-01"), Nation.ENGLAND,
                List.of(new IncomeLine(IncomeSource.EARNINGS, Pence.ofPounds("1250.00")),
                        new IncomeLine(IncomeSource.UNIVERSAL_CREDIT, Pence.ofPounds("400.00"))),
                List.of(new SpendingLine(ExpenditureCategory.RENT_OR_MORTGAGE, Pence.ofPounds("750.00")),
                        new SpendingLine(ExpenditureCategory.COUNCIL_TAX, Pence.ofPounds("110.00")),
                        new SpendingLine(ExpenditureCategory.GAS_AND_ELECTRICITY, Pence.ofPounds("140.00")),
                        new SpendingLine(ExpenditureCategory.FOOD_AND_HOUSEKEEPING, Pence.ofPounds("380.00"))),
                List.of(new DebtInput("credit-card", "CREDIT_CARD", null, Pence.ofPounds("2400.00"), null, null, null,
                                false),
                        new DebtInput("rent", "RENT_ARREARS", null, Pence.ofPounds("1350.00"),
                                Pence.ofPounds("60.00"), null, null, false),
                        new DebtInput("council-tax", "COUNCIL_TAX", null, Pence.ofPounds("640.00"),
                                Pence.ofPounds("35.00"),
                                new Enforcement(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, LocalDate.parse("2026-05-27")),
                                null, false),
                        new DebtInput("loan", "PERSONAL_LOAN", null, Pence.ofPounds("1800.00"), null, null, null,
                                false)),
                DebtAdviceFacts.unknown(),
                null);                                   // token payment: the default

        DebtPlan plan = DebtPlanner.plan(request);
        plan.debts();     // priority order: council tax (bailiff notice) first, then rent, then the non-priority debts
        plan.budget();    // income, essential spending, what is left for debts and how it was shared
        plan.flags();     // advice flags such as Breathing Space, with the facts behind them
        // [/doc:debt-plan]
        return plan;
    }

    static RentRiskAssessment rentRisk() {
        // [doc:rent-risk]
        RentRiskRequest request = new RentRiskRequest(
                LocalDate.parse("2026-06-02"), Nation.ENGLAND, Tenure.PRIVATE, null,
                Pence.ofPounds("200.00"), RentFrequency.WEEKLY, LocalDate.parse("2026-06-08"),
                Pence.ofPounds("600.00"), false,                  // arrears: three weeks' rent
                Pence.ofPounds("700.00"),                         // UC housing element, per month
                LocalDate.parse("2026-06-15"), null,              // next UC payment date (or an assessment period start)
                null, Pence.ofPounds("424.90"), false);           // tenant's own payment; standard allowance

        RentRiskAssessment risk = RentRiskAssessor.assess(request);
        risk.riskLevel();            // LOW, MEDIUM, HIGH or CRITICAL
        risk.riskReasons();          // every reason that raised it, each with its rule id
        risk.possessionThreshold();  // how far the arrears are from the mandatory possession ground
        risk.timeline();             // three months of rent due, UC paid and the running balance
        // [/doc:rent-risk]
        return risk;
    }

    static List<Violation> invalidInput() {
        // [doc:errors]
        UcEstimateRequest request = UcEstimateRequest.single(LocalDate.parse("2030-01-01"), Nation.WALES,
                Claimant.of(LocalDate.parse("1990-01-01"), Pence.ZERO));   // no rates are held for 2030
        try {
            UniversalCredit.estimate(request);
            return List.of();
        } catch (InvalidInputException e) {
            for (Violation violation : e.violations()) {   // every problem found, not only the first
                violation.field();     // "assessmentPeriodStart"
                violation.code();      // "rates_not_available": stable, for programs
                violation.message();   // plain English, never the submitted value: safe to log
            }
            return e.violations();
        }
        // [/doc:errors]
    }

    private static <T> T run(String engine, java.util.function.Supplier<T> call) {
        try {
            T result = call.get();
            check(engine + " returned a result", result != null);
            return result;
        } catch (RuntimeException e) {
            System.err.println("FAILED: " + engine + " threw " + e);
            e.printStackTrace();
            failures++;
            return null;
        }
    }

    private static void check(String what, boolean ok) {
        if (!ok) {
            System.err.println("FAILED: " + what);
            failures++;
        }
    }
}
