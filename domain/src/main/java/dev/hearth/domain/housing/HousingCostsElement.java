package dev.hearth.domain.housing;

import dev.hearth.domain.person.Age;
import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.housing.HousingCostsInput.Claimant;
import dev.hearth.domain.housing.HousingCostsInput.FosterCarerStatus;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.HousingCostsInput.SharedAccommodationExceptions;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import dev.hearth.domain.validation.IndexedPath;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Universal Credit housing costs element for renters (UC Regs 2013 reg 26 and Schedule 4), for one monthly
 * assessment period. Pure: the same input, rates and period give the same result and explanation.
 *
 * <p>The order of the calculation follows Schedule 4: each payment is made monthly (para 7); in the social sector
 * commodity charges are taken off (para 31), then the under-occupancy deduction (para 36); in the private sector the
 * core rent is capped at the LHA for the bedroom entitlement or the shared accommodation rate (paras 22-29); housing
 * cost contributions for non-dependants come last (paras 13-16), and if they exceed what is left the element is nil
 * without touching the rest of the award (para 14(3)).
 *
 * <p>Not covered (the caller must not use this engine for them): joint tenants who are not a couple (apportionment of
 * the rent), rent-free periods (para 7(3)-(3A)), exempt or supported accommodation, 16-17 year old care
 * leavers (Part 2), two homes, and rent officer referrals of excessive social rents (para 32).
 */
public final class HousingCostsElement {

    /** Field paths of list elements as the caller named them, e.g. {@code children[1]}. */
    private static final IndexedPath CLAIMANT_PATHS = IndexedPath.of("claimants");
    private static final IndexedPath NON_DEPENDANT_PATHS = IndexedPath.of("nonDependants");

    /** Assessment periods beginning on or after this date get the sanctuary scheme exemption (SI 2021/991 reg 5). */
    static final LocalDate SANCTUARY_SCHEME_FROM = LocalDate.of(2021, 10, 1);
    /**
     * The domestic abuse and modern slavery SAR exceptions (para 29(9B)-(9C), SI 2022/942); the date is as reported
     * by housingrights.org.uk (the commencement provision was not read).
     */
    static final LocalDate SAR_ABUSE_AND_SLAVERY_FROM = LocalDate.of(2022, 10, 1);

    // ---- assumptions whose text never changes: one record each, shared by every calculation ----

    private static final Assumption SANCTUARY_SCHEME = new Assumption(
            "housing.sanctuary-scheme", AssumptionSource.USER_SUPPLIED,
            "The home is adapted under a sanctuary scheme because of domestic violence against someone in "
                    + "the household, the victim does not live with the perpetrator, and evidence from a "
                    + "person acting in an official capacity can be given (SI 2021/991 reg 4).");

    private static final Assumption SAR_FOSTER_PARENT = new Assumption(
            "housing.sar.foster-parent", AssumptionSource.UNCONFIRMED_RULE,
            "A foster parent or adopter was treated as excepted from the shared accommodation rate, as "
                    + "turn2us.org.uk states; the sub-paragraph of Sch 4 para 29 that would say so ((9) or "
                    + "(9A)) was not read.");

    /** The "LHA rate supplied" assumption for each category, made once. */
    private static final Map<LhaCategory, Assumption> LHA_SUPPLIED = new EnumMap<>(LhaCategory.class);

    static {
        for (LhaCategory category : LhaCategory.values()) {
            LHA_SUPPLIED.put(category, new Assumption("housing.lha.supplied", AssumptionSource.USER_SUPPLIED,
                    "The monthly LHA rate for the " + describe(category) + " category was supplied by the caller and used "
                            + "as given."));
        }
    }

    /** {@code Optional.of(category)} for each LHA category, made once (an Optional is an unchangeable value). */
    private static final Optional<LhaCategory>[] CATEGORY_FOUND = categoriesFound();

    @SuppressWarnings("unchecked")
    private static Optional<LhaCategory>[] categoriesFound() {
        LhaCategory[] categories = LhaCategory.values();
        Optional<LhaCategory>[] found = new Optional[categories.length];
        for (LhaCategory category : categories) {
            found[category.ordinal()] = Optional.of(category);
        }
        return found;
    }

    private HousingCostsElement() {
    }

    /** {@code reasons} with {@code reason} added at the end, in a list that can be added to again. */
    private static List<NilReason> with(List<NilReason> reasons, NilReason reason) {
        List<NilReason> more = new ArrayList<>(reasons.size() + 2);
        more.addAll(reasons);
        more.add(reason);
        return more;
    }

    /**
     * The circumstances taken into account are those at the end of the period. The text names the period's last day, so
     * it is written only when the explanation's assumptions are read.
     */
    private static void assumeCircumstancesAtPeriodEnd(ExplanationBuilder explanation, LocalDate lastDay) {
        explanation.assume("housing.circumstances-at-period-end", AssumptionSource.INFERRED,
                () -> "Ages and household facts are taken as at the last day of the assessment period (" + lastDay + "): a "
                        + "change of circumstances takes effect from the first day of the assessment period in which "
                        + "it happens, so the award reflects the end of the period.");
    }

    /**
     * The "housing figures supplied" assumption for {@code rates}: the yearly figures are the caller's, and the text
     * says whose and where they come from. A caller that passes the same rates again and again can make it once, with
     * the rates, and hand it to {@link #calculate(HousingCostsInput, HousingRates, Assumption, LocalDate,
     * ExplanationBuilder)}.
     */
    public static Assumption ratesAssumption(HousingRates rates) {
        return new Assumption("housing.rates", AssumptionSource.USER_SUPPLIED,
                "Housing figures for " + rates.rulesetLabel() + " supplied by the caller: " + rates.source());
    }

    /**
     * Works out the housing costs element.
     *
     * @param input       the household's housing facts
     * @param rates       the yearly figures for the rates year that applies to the period (chosen by the caller)
     * @param periodStart the first day of the assessment period; ages are taken on its last day (the award reflects
     *                    circumstances at the end of the period) and the LHA table entry in force on this day is used
     * @param explanation where the steps and assumptions are recorded
     * @return the element with its breakdown; a nil element is a result with reasons
     * @throws InvalidInputException naming every invalid field
     */
    public static HousingCostsResult calculate(HousingCostsInput input, HousingRates rates, LocalDate periodStart,
                                               ExplanationBuilder explanation) {
        Objects.requireNonNull(rates, "rates");
        return calculate(input, rates, ratesAssumption(rates), periodStart, explanation);
    }

    /**
     * As {@link #calculate(HousingCostsInput, HousingRates, LocalDate, ExplanationBuilder)}, with the rates' assumption
     * already made by {@link #ratesAssumption(HousingRates)} for these {@code rates} (the UC engine makes it once per
     * rates year).
     */
    public static HousingCostsResult calculate(HousingCostsInput input, HousingRates rates, Assumption ratesAssumption,
                                               LocalDate periodStart, ExplanationBuilder explanation) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(ratesAssumption, "ratesAssumption");
        Objects.requireNonNull(explanation, "explanation");
        LocalDate lastDay = periodStart == null ? null : periodStart.plusMonths(1).minusDays(1);
        HousingInputValidator.validate(input, periodStart, lastDay);

        assumeCircumstancesAtPeriodEnd(explanation, lastDay);
        explanation.assume(ratesAssumption);

        Tenure tenure = input.tenure();
        Pence rent = monthly(explanation, "rent", input.rent());
        Pence serviceCharges = input.eligibleServiceCharges() == null ? Pence.ZERO
                : monthly(explanation, "eligible service charges", input.eligibleServiceCharges());
        Pence notCovered = input.chargesNotCovered() == null ? Pence.ZERO
                : monthly(explanation, "charges for water or fuel included in the rent", input.chargesNotCovered());
        // Reasons for a nil element, in the order found; the list is made only when there is one (rarely).
        List<NilReason> nilReasons = List.of();

        Pence eligible = serviceCharges.isZero() ? rent : rent.plus(serviceCharges); // the same amount either way
        if (input.eligibleServiceCharges() != null) {
            explanation.step(HousingRules.MONTHLY_PAYMENTS, "Monthly rent and eligible service charges added together",
                    List.of(Fact.of("rent a month", rent), Fact.of("eligible service charges a month", serviceCharges)),
                    eligible);
        }
        if (eligible.isZero()) {
            nilReasons = with(nilReasons, NilReason.NO_ELIGIBLE_HOUSING_COSTS);
        }
        Pence core = eligible;
        if (!notCovered.isZero()) {
            core = eligible.minusFloorZero(notCovered);
            explanation.step(HousingRules.COMMODITY_CHARGES,
                    "Charges for a commodity such as water or fuel included in the rent are not met",
                    List.of(Fact.of("rent and eligible service charges a month", eligible),
                            Fact.of("commodity charges a month", notCovered)), core);
            if (core.isZero() && !eligible.isZero()) {
                nilReasons = with(nilReasons, NilReason.CHARGES_NOT_COVERED_EXCEED_RENT);
            }
        }

        BedroomEntitlement entitlement = SizeCriteria.entitlement(input, lastDay, tenure == Tenure.PRIVATE,
                rates.maximumBedrooms(), explanation);

        Optional<LhaCategory> category = Optional.empty();
        Optional<Pence> capRent = Optional.empty();
        Pence underOccupancy = Pence.ZERO;
        Optional<UnderOccupancyExemption> exemption = Optional.empty();
        int excess = 0;
        Pence beforeContributions;
        if (tenure == Tenure.PRIVATE) {
            LhaCategory cat = sharedAccommodationApplies(input, rates, lastDay, periodStart, explanation)
                    ? LhaCategory.SHARED_ACCOMMODATION : LhaCategory.forBedrooms(entitlement.bedrooms());
            Pence cap = lhaRate(input.lha(), cat, periodStart, explanation);
            category = CATEGORY_FOUND[cat.ordinal()];
            capRent = Optional.of(cap);
            Pence coreRent = core;
            Pence capped = Pence.min(core, cap);
            beforeContributions = capped;
            explanation.step(HousingRules.CAP_RENT, () -> StepText.of("The lower of the core rent and the cap rent",
                    List.of(Fact.of("core rent (rent and eligible service charges)", coreRent),
                            Fact.of("cap rent (LHA, " + describe(cat) + ")", cap)),
                    capped.toString()));
        } else {
            excess = Math.max(0, input.bedrooms() - entitlement.bedrooms());
            List<Fact> in = List.of(Fact.of("bedrooms in the home", input.bedrooms()),
                    Fact.of("bedroom entitlement", entitlement.bedrooms()));
            if (excess == 0) {
                explanation.step(HousingRules.UNDER_OCCUPANCY,
                        "No bedroom above the entitlement, so no under-occupancy deduction", in, core);
                beforeContributions = core;
            } else if (input.sharedOwnership()) {
                exemption = Optional.of(UnderOccupancyExemption.SHARED_OWNERSHIP);
                explanation.step(HousingRules.UNDER_OCCUPANCY_EXEMPTION,
                        "A shared owner has no under-occupancy deduction", withExcess(in, excess), core);
                beforeContributions = core;
            } else if (input.sanctuaryScheme() && !periodStart.isBefore(SANCTUARY_SCHEME_FROM)) {
                exemption = Optional.of(UnderOccupancyExemption.SANCTUARY_SCHEME);
                explanation.step(HousingRules.UNDER_OCCUPANCY_EXEMPTION,
                        "A home adapted under a sanctuary scheme has no under-occupancy deduction",
                        withExcess(in, excess), core);
                explanation.assume(SANCTUARY_SCHEME);
                beforeContributions = core;
            } else {
                if (input.sanctuaryScheme()) {
                    explanation.step(HousingRules.UNDER_OCCUPANCY_EXEMPTION,
                            "The sanctuary scheme exemption applies only to assessment periods from 1 October 2021",
                            List.of(Fact.of("period starts", periodStart)), "not applicable");
                }
                BigDecimal percentage = excess == 1 ? rates.underOccupancyOneBedroom()
                        : rates.underOccupancyTwoOrMoreBedrooms();
                underOccupancy = RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP.round(
                        core.toBigDecimal().multiply(percentage));
                beforeContributions = core.minusFloorZero(underOccupancy);
                List<Fact> facts = new ArrayList<>(withExcess(in, excess));
                facts.add(Fact.of("amount before the deduction", core));
                facts.add(Fact.of("relevant percentage", Prose.percent(percentage)));
                facts.add(Fact.of("deduction", underOccupancy));
                explanation.step(HousingRules.UNDER_OCCUPANCY,
                        "Under-occupancy deduction: " + Prose.percent(percentage) + " for " + excess
                                + (excess == 1 ? " excess bedroom" : " excess bedrooms"),
                        facts, beforeContributions, RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP);
            }
        }

        List<HousingCostContribution> contributions = contributions(input, rates, lastDay, explanation);
        Pence total = sum(contributions);
        Pence amount = beforeContributions.minusFloorZero(total);
        if (total.isPositive() && !beforeContributions.isGreaterThan(total) && beforeContributions.isPositive()) {
            nilReasons = with(nilReasons, NilReason.CONTRIBUTIONS_EXCEED_ELIGIBLE_AMOUNT);
        }
        Pence remaining = beforeContributions;
        explanation.step(HousingRules.CONTRIBUTIONS_LAST, () -> StepText.of(
                amount.isZero() && total.isPositive()
                        ? "Contributions are at least the amount left, so the element is nil; nothing more is taken from the award"
                        : "Housing cost contributions are deducted last",
                List.of(Fact.of("amount after every other step", remaining),
                        Fact.of("housing cost contributions", total)),
                amount.toString()));
        if (!amount.isZero()) {
            nilReasons = List.of();
        }
        return new HousingCostsResult(amount, tenure, rent, serviceCharges, notCovered, core, entitlement, category,
                capRent, underOccupancy, exemption, excess, beforeContributions, contributions, total, nilReasons);
    }

    private static Pence monthly(ExplanationBuilder explanation, String what, HousingPayment payment) {
        RentFrequency frequency = payment.frequency();
        Pence result = frequency.toMonthly(payment.amountPence());
        if (frequency == RentFrequency.MONTHLY) {
            explanation.step(HousingRules.MONTHLY_PAYMENTS, () -> StepText.of("Monthly " + what,
                    List.of(Fact.of(what, payment.amountPence() + " a month")), result.toString()));
        } else {
            explanation.step(HousingRules.MONTHLY_PAYMENTS,
                    "Monthly equivalent of the " + what + " (" + frequency.paragraph() + ")",
                    List.of(Fact.of(what, payment.amountPence() + " " + frequencyName(frequency)),
                            Fact.of("conversion", frequency.formula())),
                    result, RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP);
        }
        return result;
    }

    private static boolean sharedAccommodationApplies(HousingCostsInput input, HousingRates rates, LocalDate lastDay,
                                                      LocalDate periodStart, ExplanationBuilder explanation) {
        if (input.claimants().size() != 1) {
            return false;
        }
        Claimant renter = input.claimants().get(0);
        int age = Age.completeYears(renter.dateOfBirth(), lastDay);
        int threshold = rates.sharedAccommodationAgeThreshold();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("renter's age", age));
        facts.add(Fact.of("SAR age threshold", threshold));
        if (age >= threshold) {
            explanation.step(HousingRules.SHARED_ACCOMMODATION,
                    "A single renter aged " + threshold + " or over is not held to the shared accommodation rate",
                    facts, "not applicable");
            return false;
        }
        if (!input.children().isEmpty() || !input.nonDependants().isEmpty()) {
            facts.add(Fact.of("children or qualifying young people", input.children().size()));
            facts.add(Fact.of("non-dependants", input.nonDependants().size()));
            explanation.step(HousingRules.SHARED_ACCOMMODATION,
                    "The shared accommodation rate is only for a renter with no children, young people or non-dependants",
                    facts, "not applicable");
            return false;
        }
        String exception = sarException(renter, age, input, periodStart, explanation);
        if (exception != null) {
            facts.add(Fact.of("excepted person", exception));
            explanation.step(HousingRules.SAR_EXCEPTION,
                    "A single renter under " + threshold + " who is an excepted person is not held to the shared accommodation rate",
                    facts, "self-contained rate for the bedroom entitlement");
            return false;
        }
        explanation.step(HousingRules.SHARED_ACCOMMODATION,
                "A single renter under " + threshold + " with no children or non-dependants, not an excepted person, "
                        + "is entitled to the shared accommodation rate only", facts, "shared accommodation rate");
        return true;
    }

    private static String sarException(Claimant renter, int age, HousingCostsInput input, LocalDate periodStart,
                                       ExplanationBuilder explanation) {
        SharedAccommodationExceptions e = renter.sharedAccommodationExceptions();
        if (e.careLeaver() && age >= 18 && age < 25) {
            return "care leaver aged 18 to 24 (para 29(2))";
        }
        if (e.homelessHostelResident() && age >= 16) {
            return "3 months or more in homeless hostels with resettlement services (para 29(4))";
        }
        QualifyingBenefits.Match match = QualifyingBenefits.SAR_EXCEPTION.match(renter.disabilityBenefits());
        if (match != QualifyingBenefits.Match.NONE) {
            if (match == QualifyingBenefits.Match.EQUIVALENT) {
                SizeCriteria.scottishEquivalent(explanation, "para 29(5) (shared accommodation exception)");
            }
            return "receives a qualifying disability benefit (para 29(5))";
        }
        if (e.mappaOffender()) {
            return "subject to multi-agency public protection arrangements (para 29(6)-(7))";
        }
        if (!periodStart.isBefore(SAR_ABUSE_AND_SLAVERY_FROM)) {
            if (e.domesticAbuseVictim()) {
                return "victim of domestic abuse after reaching 16 (para 29(9B))";
            }
            if (e.modernSlaveryVictim()) {
                return "positive conclusive grounds decision on modern slavery (para 29(9C))";
            }
        }
        FosterCarerStatus foster = input.fosterCaring() == null ? FosterCarerStatus.NONE : input.fosterCaring().status();
        if (foster != FosterCarerStatus.NONE) {
            explanation.assume(SAR_FOSTER_PARENT);
            return "foster parent or adopter (para 29, sub-paragraph not read)";
        }
        return null;
    }

    private static Pence lhaRate(LhaSource source, LhaCategory category, LocalDate periodStart,
                                 ExplanationBuilder explanation) {
        if (source instanceof LhaSource.Supplied supplied) {
            Pence rate = supplied.monthlyRatesPence().get(category);
            if (rate == null) {
                throw new InvalidInputException(List.of(new Violation("lha.monthlyRatesPence." + category.name(),
                        "rate_missing", "the monthly LHA rate for the " + describe(category) + " category is needed")));
            }
            explanation.step(HousingRules.LHA_RATE, () -> StepText.of("The monthly LHA rate supplied for the area",
                    List.of(Fact.of("category", describe(category))), rate.toString()));
            explanation.assume(LHA_SUPPLIED.get(category));
            return rate;
        }
        LhaSource.Brma brma = (LhaSource.Brma) source;
        LhaTable.Entry entry = LhaTable.find(brma.name(), periodStart).orElseThrow(() -> new InvalidInputException(
                List.of(new Violation("periodStart", "rates_not_available",
                        "Hearth's LHA table has no rates for this broad rental market area on this date; supply the "
                                + "monthly rate instead"))));
        Pence rate = entry.monthlyRates().get(category);
        explanation.step(HousingRules.LHA_RATE, "The monthly LHA rate from Hearth's LHA table",
                List.of(Fact.of("broad rental market area", entry.brma()),
                        Fact.of("category", describe(category)),
                        Fact.of("in force", entry.effectiveFrom() + " to " + entry.effectiveTo()),
                        Fact.of("source", entry.source())),
                rate);
        explanation.assume("housing.lha.table", AssumptionSource.UNCONFIRMED_RULE,
                "The LHA rate came from Hearth's small table (" + entry.brma() + ", " + entry.source() + "). The "
                        + "table is not the official VOA / Rent Service Scotland / Welsh Government data and its two "
                        + "sources disagree by small amounts for the same area; supply the official rate for an exact "
                        + "figure.");
        return rate;
    }

    private static List<HousingCostContribution> contributions(HousingCostsInput input, HousingRates rates,
                                                               LocalDate lastDay, ExplanationBuilder explanation) {
        int count = input.nonDependants().size();
        if (count == 0) {
            return List.of();
        }
        // One line per non-dependant, in their order; the list made from this array is also the result's list.
        HousingCostContribution[] lines = new HousingCostContribution[count];
        String renterExemption = renterExemption(input, explanation);
        if (renterExemption != null) {
            for (int i = 0; i < count; i++) {
                lines[i] = new HousingCostContribution(NON_DEPENDANT_PATHS.at(i), Pence.ZERO,
                        ContributionExemption.RENTER_EXEMPT);
            }
            explanation.step(HousingRules.RENTER_EXEMPT,
                    "No housing cost contributions are taken because a renter is exempt",
                    List.of(Fact.of("exempt because", renterExemption),
                            Fact.of("non-dependants", input.nonDependants().size())), Pence.ZERO);
            return List.of(lines);
        }
        for (int i = 0; i < count; i++) {
            String path = NON_DEPENDANT_PATHS.at(i);
            NonDependant n = input.nonDependants().get(i);
            ContributionExemption exemption = nonDependantExemption(n, rates, lastDay, explanation);
            Pence amount = exemption == null ? rates.nonDependantContribution() : Pence.ZERO;
            lines[i] = new HousingCostContribution(path, amount, exemption);
        }
        List<HousingCostContribution> shown = List.of(lines); // also the result's list
        Pence total = sum(shown);
        explanation.step(HousingRules.NON_DEPENDANT_CONTRIBUTION, () -> {
            List<Fact> facts = new ArrayList<>(shown.size() + 1);
            for (HousingCostContribution line : shown) {
                ContributionExemption exemption = line.exemption();
                facts.add(Fact.of(line.nonDependant(), exemption == null
                        ? line.amountPence() + " (no exemption applies)"
                        : "exempt: " + exemption.description() + " (" + exemption.legalReference() + ")"));
            }
            facts.add(Fact.of("contribution for each non-dependant (" + rates.rulesetLabel() + ")",
                    rates.nonDependantContribution()));
            return StepText.of("A housing cost contribution for each non-dependant who is not exempt", facts,
                    total.toString());
        });
        return shown;
    }

    private static Pence sum(List<HousingCostContribution> lines) {
        long total = 0;
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) { // by index: no iterator object
            HousingCostContribution line = lines.get(lineIndex);
            total = Math.addExact(total, line.amountPence().value());
        }
        return Pence.of(total);
    }

    private static String renterExemption(HousingCostsInput input, ExplanationBuilder explanation) {
        for (int i = 0; i < input.claimants().size(); i++) {
            Claimant c = input.claimants().get(i);
            String path = CLAIMANT_PATHS.at(i);
            if (c.severelySightImpaired()) {
                return path + " is blind (certified severely sight impaired)";
            }
            QualifyingBenefits.Match match = QualifyingBenefits.CONTRIBUTION_EXEMPTION.match(c.disabilityBenefits());
            if (match != QualifyingBenefits.Match.NONE) {
                if (match == QualifyingBenefits.Match.EQUIVALENT) {
                    SizeCriteria.scottishEquivalent(explanation, "para 15 (exempt renters)");
                }
                return path + " receives DLA care (middle or highest), attendance allowance or PIP daily living";
            }
            if (c.disabilityBenefitSuspendedInHospital()) {
                return path + " is entitled to a qualifying benefit not paid during a hospital or care-home stay";
            }
        }
        return null;
    }

    private static ContributionExemption nonDependantExemption(NonDependant n, HousingRates rates, LocalDate lastDay,
                                                               ExplanationBuilder explanation) {
        if (Age.completeYears(n.dateOfBirth(), lastDay) < rates.nonDependantExemptUnderAge()) {
            return ContributionExemption.UNDER_21;
        }
        if (n.receivesStatePensionCredit()) {
            return ContributionExemption.STATE_PENSION_CREDIT;
        }
        java.util.Set<DisabilityBenefit> b = n.disabilityBenefits();
        if (QualifyingBenefits.CONTRIBUTION_EXEMPTION.match(b) != QualifyingBenefits.Match.NONE) {
            if (QualifyingBenefits.CONTRIBUTION_EXEMPTION.match(b) == QualifyingBenefits.Match.EQUIVALENT) {
                SizeCriteria.scottishEquivalent(explanation, "para 16(2)(c)-(e) (exempt non-dependants)");
            }
            if (b.contains(DisabilityBenefit.DLA_CARE_MIDDLE) || b.contains(DisabilityBenefit.DLA_CARE_HIGHEST)
                    || b.contains(DisabilityBenefit.CDP_CARE_MIDDLE) || b.contains(DisabilityBenefit.CDP_CARE_HIGHEST)) {
                return ContributionExemption.DLA_CARE_MIDDLE_OR_HIGHEST;
            }
            if (b.contains(DisabilityBenefit.PIP_DAILY_LIVING_STANDARD) || b.contains(DisabilityBenefit.PIP_DAILY_LIVING_ENHANCED)
                    || b.contains(DisabilityBenefit.ADP_DAILY_LIVING_STANDARD)
                    || b.contains(DisabilityBenefit.ADP_DAILY_LIVING_ENHANCED)) {
                return ContributionExemption.PIP_DAILY_LIVING;
            }
            return ContributionExemption.ATTENDANCE_ALLOWANCE;
        }
        if (n.disabilityBenefitSuspendedInHospital()) {
            return ContributionExemption.BENEFIT_SUSPENDED_IN_HOSPITAL;
        }
        if (n.receivesCarersAllowance()) {
            return ContributionExemption.CARERS_ALLOWANCE;
        }
        if (n.prisoner()) {
            return ContributionExemption.PRISONER;
        }
        if (n.responsibleForChildUnder5()) {
            return ContributionExemption.RESPONSIBLE_FOR_CHILD_UNDER_5;
        }
        if (n.armedForcesAwayOnOperations()) {
            return ContributionExemption.ARMED_FORCES_AWAY_ON_OPERATIONS;
        }
        return null;
    }

    private static List<Fact> withExcess(List<Fact> in, int excess) {
        List<Fact> facts = new ArrayList<>(in);
        facts.add(Fact.of("excess bedrooms", excess));
        return facts;
    }

    static String describe(LhaCategory category) {
        return switch (category) {
            case SHARED_ACCOMMODATION -> "shared accommodation rate";
            case ONE_BEDROOM -> "1 bedroom";
            case TWO_BEDROOMS -> "2 bedrooms";
            case THREE_BEDROOMS -> "3 bedrooms";
            case FOUR_BEDROOMS -> "4 bedrooms";
        };
    }

    private static String frequencyName(RentFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "a week";
            case TWO_WEEKLY -> "every two weeks";
            case FOUR_WEEKLY -> "every four weeks";
            case MONTHLY -> "a month";
            case THREE_MONTHLY -> "every three months";
            case YEARLY -> "a year";
        };
    }
}
