package dev.hearth.domain.uc;

import dev.hearth.domain.person.Age;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.housing.HousingCostsElement;
import dev.hearth.domain.housing.HousingCostsInput;
import dev.hearth.domain.housing.HousingCostsResult;
import dev.hearth.domain.housing.HousingRates;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.rates.DatedValue;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.timing.PaymentTiming;
import dev.hearth.domain.timing.UcPaymentTiming;
import dev.hearth.domain.validation.IndexedPath;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import dev.hearth.domain.validation.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Universal Credit estimate engine: the one entry point for JVM services that embed the domain jar.
 *
 * <pre>{@code
 * UcEstimate estimate = UniversalCredit.estimate(request);
 * estimate.award();           // Pence for the assessment period
 * estimate.explanation();     // steps with rule ids, legal references, rounding, and assumptions
 * }</pre>
 *
 * <p>For one monthly assessment period it works out, in this order: the rates year; eligibility (State Pension age,
 * capital limit); the maximum amount (standard allowance, child elements with the two-child limit before 6 April 2026,
 * disabled child additions, LCW/LCWRA, carer, childcare costs, and the housing costs element from the housing engine);
 * the means test (work allowance, 55% taper, unearned income, tariff income); the benefit cap; deductions; and the
 * payment date from the timing engine. Rounding is reg 6(1) half-up at each calculated amount, and rounding steps say
 * so. See {@code docs/universal-credit-java-api.md} and {@code docs/rules/universal-credit.md}.
 *
 * <p>Pure and deterministic: no clock, no I/O; the same request gives an equal result and explanation. Bad input throws
 * {@link InvalidInputException} naming every violation; "not entitled" is a result with {@link NilAwardReason}s.
 */
public final class UniversalCredit {

    /** Field paths of list elements as the caller named them, e.g. {@code children[1]}. */
    private static final IndexedPath CHILD_PATHS = IndexedPath.of("children");
    private static final IndexedPath CLAIMANT_PATHS = IndexedPath.of("claimants");

    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal EARNINGS_THRESHOLD_HOURS = BigDecimal.valueOf(16);
    private static final BigDecimal RENT_ARREARS_MINIMUM = new BigDecimal("0.10");
    private static final BigDecimal RENT_ARREARS_MAXIMUM = new BigDecimal("0.20");
    private static final RoundingRule HALF_UP = RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP;

    private static final Map<UcElement, String> ELEMENT_LABELS = new java.util.EnumMap<>(UcElement.class);

    static {
        for (UcElement element : UcElement.values()) {
            ELEMENT_LABELS.put(element, element.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }

    // ---- assumptions whose text never changes: one record each, shared by every calculation ----

    private static final Assumption FACTS_AS_GIVEN = new Assumption("uc.facts_as_given", AssumptionSource.USER_SUPPLIED,
            "The household's facts (people, ages, earnings, other income, capital, rent, disability and caring "
                    + "decisions) are as given; DWP's decision on the same facts can still differ.");

    private static final Assumption NOT_MODELLED = new Assumption("uc.not_modelled", AssumptionSource.DEFAULTED,
            "Not modelled: sanctions, hardship payments, the transitional element of managed migration, "
                    + "owner-occupier housing costs, the minimum income floor, surplus earnings, student income "
                    + "and fraud penalties.");

    private static final Assumption RATES_SWITCH_2026_DERIVED = new Assumption(
            "uc.rates.switch_2026_derived", AssumptionSource.UNCONFIRMED_RULE,
            "2026-27 rates are applied to a period starting 6-12 April 2026 because SSAA 1992 s.150(10ZA)-(10ZB) "
                    + "makes the switch the first assessment period beginning on or after the first Monday of the "
                    + "tax year (6 April 2026). Press reports said 13 April; the commencement article of the "
                    + "Up-rating Order 2026 (SI 2026/148) itself was not read.");

    private static final Assumption RATES_2026_27_SECONDARY = new Assumption(
            "uc.rates.2026_27_secondary", AssumptionSource.UNCONFIRMED_RULE,
            "2026-27 amounts come from the reg 36 table as amended by SI 2026/148 as quoted by secondary "
                    + "sources (rulespec-uk, PolicyEngine UK, benefitsandwork.co.uk); they have not yet been checked "
                    + "line by line against the gov.uk 2026-27 benefit rates page.");

    private static final Assumption CLAIMANT_AGED_16_OR_17 = new Assumption(
            "uc.claimant_aged_16_or_17", AssumptionSource.INFERRED,
            "A claimant aged 16 or 17 is entitled only in the cases listed in UC Regs reg 8 (for example "
                    + "limited capability for work, caring, responsibility for a child, or no parental "
                    + "support); the estimate assumes one of them applies.");

    private static final Assumption STANDARD_ALLOWANCE_TURNS_25_IN_PERIOD = new Assumption(
            "uc.standard_allowance.turns_25_in_period", AssumptionSource.INFERRED,
            "A claimant turns 25 during the assessment period; the 25-or-over amount is used for the whole "
                    + "period because a change of circumstances takes effect from the first day of the "
                    + "period in which it occurs (D&A Regs Sch 1 para 20).");

    private static final String TWO_CHILD_LIMIT_ORDER_TEXT = "Children are ordered by date of birth (reg 24B) and a child "
            + "with an exception also counts as one of the two; the finer ordering rules of reg 24B for adopted and "
            + "non-parental children were not read.";

    private static final Assumption TWO_CHILD_LIMIT_ORDER = new Assumption(
            "uc.two_child_limit.order", AssumptionSource.UNCONFIRMED_RULE, TWO_CHILD_LIMIT_ORDER_TEXT);

    private static final Assumption TWO_CHILD_LIMIT_ORDER_NONE_EXCLUDED = new Assumption(
            "uc.two_child_limit.order", AssumptionSource.UNCONFIRMED_RULE, TWO_CHILD_LIMIT_ORDER_TEXT + " No child was excluded.");

    private static final Assumption LCWRA_ATTRIBUTED = new Assumption("uc.lcwra_attributed", AssumptionSource.INFERRED,
            "Both claimants have LCWRA; the one element allowed is attributed to the claimant with the higher "
                    + "rate, or to the one who is not a carer, so the other may keep a carer element.");

    private static final Assumption LCWRA_IN_PAYMENT = new Assumption(
            "uc.lcwra_in_payment", AssumptionSource.USER_SUPPLIED,
            "The LCWRA element is included as already due. It is first included only after the relevant period "
                    + "(normally three months from when medical evidence was given, UC Regs reg 28), so a new "
                    + "claim may get it later than this estimate shows.");

    /**
     * Shown in the benefit-cap step when one of a couple has reached State Pension age: that is no exception to the
     * cap (reg 83(1) has none), and gov.uk says the cap may apply to a couple of whom one is under State Pension age.
     */
    private static final Fact MIXED_AGE_COUPLE_CAP_FACT = new Fact("one of the couple over State Pension age",
            "no exception: UC Regs reg 83(1) has none, and the cap may apply while one of a couple is under State Pension "
                    + "age (gov.uk benefit-cap/when-youre-not-affected)");

    private static final Assumption CHILDCARE_PAID_WORK_INFERRED = new Assumption(
            "uc.childcare.paid_work_inferred", AssumptionSource.INFERRED,
            "Whether a claimant is in paid work (childcare work condition, reg 32) was not given, so it "
                    + "is taken from whether they have earnings in the period.");

    private static final Assumption EARNINGS_NET = new Assumption("uc.earnings_net", AssumptionSource.USER_SUPPLIED,
            "Earnings are the net amounts for the assessment period after income tax, National Insurance and "
                    + "pension contributions, as reported through PAYE or by the self-employed claimant.");

    private static final Assumption BENEFIT_CAP_CHILD_DISABILITY_INFERRED = new Assumption(
            "uc.benefit_cap.child_disability_inferred", AssumptionSource.INFERRED,
            "A child with a disabled child addition is taken to receive DLA, PIP, Child or Adult "
                    + "Disability Payment (benefit cap exception, reg 83(1)(f)-(g)); a higher-rate "
                    + "addition given only for severe sight impairment would not be an exception.");

    private static final Assumption DEDUCTIONS_ORDER_AND_CAP_POLICY = new Assumption(
            "uc.deductions.order_and_cap_policy", AssumptionSource.UNCONFIRMED_RULE,
            "Deductions are applied in Hearth's assumed priority order (rent arrears, fuel, child maintenance, "
                    + "advance, council tax, fines, water, overpayments, HMRC debts, other); last-resort deductions "
                    + "count towards the overall cap but may exceed it; percentages of the standard allowance are "
                    + "rounded to the nearest penny as in UC Regs reg 6(1). DWP's current Deductions guidance, which "
                    + "sets the order and the cap as policy, was not read.");

    private static final Assumption DEDUCTIONS_CHILD_MAINTENANCE_AFTER_APRIL_2026 = new Assumption(
            "uc.deductions.child_maintenance_after_april_2026", AssumptionSource.UNCONFIRMED_RULE,
            "Child maintenance may exceed the overall cap only for periods starting before 30 April "
                    + "2026 (SI 2025/387); after that it is treated as inside the cap, which was not confirmed.");

    /**
     * What follows from one National Living Wage entry: the benefit-cap earnings threshold and the text of the
     * "secondary source" assumption. Both depend on the entry alone, and only a few entries exist, so the figures for
     * the entry last used are kept rather than worked out again for every estimate.
     */
    private record NlwFigures(DatedValue<BigDecimal> nlw, Pence threshold, Assumption secondarySource) {
    }

    private static volatile NlwFigures lastNlwFigures;

    private UniversalCredit() {
    }

    private static NlwFigures nlwFigures(DatedValue<BigDecimal> nlw) {
        NlwFigures cached = lastNlwFigures;
        if (cached == null || cached.nlw() != nlw) {
            cached = new NlwFigures(nlw, earningsThreshold(nlw.value()), new Assumption("uc.benefit_cap.nlw_secondary",
                    AssumptionSource.UNCONFIRMED_RULE, "The National Living Wage of £" + nlw.value().toPlainString()
                    + " is taken from a secondary source (" + nlw.source()
                    + "); no DWP publication of the resulting threshold was found."));
            lastNlwFigures = cached;
        }
        return cached;
    }

    /**
     * The benefit-cap earnings threshold (UC Regs reg 82(1)(a), (4)): 16 hours a week at the National Living Wage,
     * converted to a monthly amount (x 52 / 12), rounded down to the whole pound (reg 6(1A)(za)).
     */
    static Pence earningsThreshold(BigDecimal nationalLivingWagePounds) {
        BigDecimal exactPence = nationalLivingWagePounds.movePointRight(2).multiply(EARNINGS_THRESHOLD_HOURS)
                .multiply(WEEKS_PER_YEAR);
        exactPence = exactDivide(exactPence, MONTHS_PER_YEAR);
        return RoundingRule.UC_REG_6_1A_DOWN_TO_POUND.round(exactPence);
    }

    /** Powers of ten that fit in a {@code long}: {@code 10^0} to {@code 10^18}. */
    private static final long[] TEN_TO_THE = new long[19];

    static {
        TEN_TO_THE[0] = 1;
        for (int i = 1; i < TEN_TO_THE.length; i++) {
            TEN_TO_THE[i] = TEN_TO_THE[i - 1] * 10;
        }
    }

    /**
     * An amount times a rate (e.g. the 55% taper), rounded to whole pence under {@code rule}: always the same as
     * {@code rule.round(amount.toBigDecimal().multiply(rate))}. A rate such as 0.55 is 55 / 10^2, so the exact product
     * is the whole number {@code amount x 55} divided by 100, which {@link RoundingRule#roundQuotient} rounds in
     * whole numbers; anything unusual (a negative figure, a rate with more than 18 digits, a product too large for a
     * {@code long}) is multiplied in {@link BigDecimal} as before.
     */
    static Pence roundedProduct(RoundingRule rule, Pence amount, BigDecimal rate) {
        return roundedProduct(rule, amount, Rate.of(rate));
    }

    /** As {@link #roundedProduct(RoundingRule, Pence, BigDecimal)}, for a rate already taken apart by {@link Rate#of}. */
    static Pence roundedProduct(RoundingRule rule, Pence amount, Rate rate) {
        long unscaled = rate.unscaled();
        if (amount.value() >= 0 && unscaled >= 0) {
            long numerator = amount.value() * unscaled;
            // Both factors are not negative: the product fits in a long when its high half is 0 and its sign bit clear.
            if (Math.multiplyHigh(amount.value(), unscaled) == 0 && numerator >= 0) {
                return rule.roundQuotient(numerator, TEN_TO_THE[rate.scale()]);
            }
        }
        return rule.round(amount.toBigDecimal().multiply(rate.value()));
    }

    /**
     * A rate such as the 55% taper as a whole number over a power of ten (0.55 = 55 / 10^2), for
     * {@link #roundedProduct}. {@code unscaled} is -1 when the rate does not fit that form (a negative rate, a negative
     * scale, or more than 18 digits); a product with it is then worked out in {@link BigDecimal}.
     */
    record Rate(BigDecimal value, long unscaled, int scale) {
        static Rate of(BigDecimal value) {
            int scale = value.scale();
            boolean fits = value.signum() >= 0 && scale >= 0 && scale < TEN_TO_THE.length && value.precision() <= 18;
            return new Rate(value, fits ? value.unscaledValue().longValueExact() : -1, scale);
        }
    }

    /**
     * Figures that depend only on a rates year, worked out once for each year shipped (two at present) when the class
     * loads rather than on every estimate: the housing engine's figures, the taper and childcare rates taken apart for
     * {@link #roundedProduct}, and each monthly benefit cap (the annual limit / 12, rounded under reg 6(1), exactly as
     * the cap step describes it).
     */
    private record YearFigures(HousingRates housingRates, Rate taper, Rate childcareShare,
                               Pence capLondonCoupleOrWithChild, Pence capLondonSingle,
                               Pence capElsewhereCoupleOrWithChild, Pence capElsewhereSingle) {

        static YearFigures of(UcRates year) {
            return new YearFigures(new HousingRates(year.taxYear(), year.nonDependantContribution().value(), 21,
                    new BigDecimal("0.14"), new BigDecimal("0.25"), 35, 4,
                    "Hearth UC rates " + year.taxYear() + ": non-dependant contribution from " + year.nonDependantContribution().source()
                            + "; under 21 exempt (Sch 4 para 16(2)(a)); 14% / 25% (para 36(3)); shared accommodation "
                            + "age 35 (para 28); at most 4 bedrooms (para 26)"),
                    Rate.of(year.taperRate().value()), Rate.of(year.childcareCostsRate().value()),
                    monthlyCap(year.benefitCapAnnualLondonCoupleOrWithChild().value()),
                    monthlyCap(year.benefitCapAnnualLondonSingle().value()),
                    monthlyCap(year.benefitCapAnnualElsewhereCoupleOrWithChild().value()),
                    monthlyCap(year.benefitCapAnnualElsewhereSingle().value()));
        }

        /** The monthly benefit cap: the annual limit divided by 12, rounded to the nearest penny (reg 6(1)). */
        private static Pence monthlyCap(Pence annual) {
            return HALF_UP.round(exactDivide(annual.toBigDecimal(), MONTHS_PER_YEAR));
        }

        Pence monthlyCap(boolean london, boolean coupleOrChild) {
            return london ? (coupleOrChild ? capLondonCoupleOrWithChild : capLondonSingle)
                    : (coupleOrChild ? capElsewhereCoupleOrWithChild : capElsewhereSingle);
        }
    }

    /** The figures for each rates year shipped, by identity: the rates objects come from {@link UcRatesSchedule}. */
    private static final Map<UcRates, YearFigures> YEAR_FIGURES = new IdentityHashMap<>();

    static {
        for (UcRates year : UcRatesSchedule.years()) {
            YEAR_FIGURES.put(year, YearFigures.of(year));
        }
    }

    private static YearFigures figuresFor(UcRates rates) {
        YearFigures figures = YEAR_FIGURES.get(rates);
        if (figures == null) { // the message is written only when it is needed
            throw new NullPointerException("no housing rates for " + rates.taxYear());
        }
        return figures;
    }

    /** The housing figures passed to the housing engine for a rates year. */
    public static HousingRates housingRatesFor(UcRates rates) {
        return figuresFor(rates).housingRates();
    }

    /**
     * Estimates Universal Credit for one assessment period.
     *
     * @param request the household's facts (see {@link UcEstimateRequest} for units and field names)
     * @return the award or nil award with reasons, its breakdown and explanation
     * @throws InvalidInputException with every violation: negative money, impossible or future dates of birth, a child
     *         too old to count, rents without a frequency, a period with no rates ({@code rates_not_available} on
     *         {@code assessmentPeriodStart}), and the housing engine's own checks under {@code housing.*}
     */
    public static UcEstimate estimate(UcEstimateRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("request", "required", "a request is required")));
        }
        Violations violations = new Violations();
        UcRates rates = UcValidation.validate(request, violations);
        PaymentTiming timing = null;
        AssessmentPeriod period = null;
        if (rates != null && request.nation() != null) {
            try {
                period = AssessmentPeriod.startingOn(request.assessmentPeriodStart());
                timing = UcPaymentTiming.forPeriod(period, request.nation());
            } catch (InvalidInputException e) {
                for (Violation violation : e.violations()) {
                    violations.add("nation".equals(violation.field()) ? "nation" : "assessmentPeriodStart",
                            violation.code(), violation.message());
                }
            }
        }
        HousingCostsInput housingInput = request.housing() == null || request.claimants() == null
                ? null : HousingMapping.toInput(request);
        if (!violations.isEmpty()) {
            List<Violation> all = new ArrayList<>(violations.list());
            if (housingInput != null && rates != null) {
                all.addAll(HousingMapping.violationsOf(housingInput, housingRatesFor(rates), request.assessmentPeriodStart()));
            }
            throw new InvalidInputException(dedupe(all));
        }
        return new Calculation(request, rates, period, timing, housingInput).run();
    }

    /**
     * Divides for a fractional step. Division by 12 never ends in a long run of 9s or 0s near half a penny, so 10
     * decimal places followed by the named rounding rule gives the same result as exact arithmetic.
     */
    static BigDecimal exactDivide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 10, java.math.RoundingMode.HALF_EVEN);
    }

    /**
     * The indexes of the children, oldest first; children born on the same day stay in the order given (a stable
     * insertion sort: a family has a handful of children, and this avoids boxing every index).
     */
    static int[] orderOfBirth(List<Child> children) {
        int n = children.size();
        int[] order = new int[n];
        LocalDate[] born = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            LocalDate dob = children.get(i).dateOfBirth();
            int j = i;
            while (j > 0 && born[j - 1].compareTo(dob) > 0) {
                order[j] = order[j - 1];
                born[j] = born[j - 1];
                j--;
            }
            order[j] = i;
            born[j] = dob;
        }
        return order;
    }

    /**
     * Whether {@code dateOfBirth.plusYears(years)} falls after {@code day}, worked out without making the date: the
     * anniversary keeps the month and day of birth, except that 29 February becomes 28 February in a common year, as
     * {@link LocalDate#plusYears} does (tested against it).
     */
    static boolean anniversaryAfter(LocalDate dateOfBirth, int years, LocalDate day) {
        int year = dateOfBirth.getYear() + years;
        int month = dateOfBirth.getMonthValue();
        int dayOfMonth = dateOfBirth.getDayOfMonth();
        if (month == 2 && dayOfMonth == 29 && !java.time.Year.isLeap(year)) {
            dayOfMonth = 28;
        }
        if (year != day.getYear()) {
            return year > day.getYear();
        }
        if (month != day.getMonthValue()) {
            return month > day.getMonthValue();
        }
        return dayOfMonth > day.getDayOfMonth();
    }

    /** {@code a - b}; {@code a} itself when {@code b} is zero (the same amount, without a new object). */
    private static Pence minus(Pence a, Pence b) {
        return b.isZero() ? a : a.minus(b);
    }

    /**
     * An unmodifiable copy of a short list: {@code List.copyOf(list)}, except that one or two elements are handed to
     * {@code List.of} directly, which keeps them without an array.
     */
    private static <T> List<T> copyOfShort(List<T> list) {
        return switch (list.size()) {
            case 0 -> List.of();
            case 1 -> List.of(list.get(0));
            case 2 -> List.of(list.get(0), list.get(1));
            default -> List.copyOf(list);
        };
    }

    /** Keeps the request's own violations and adds the housing engine's only for fields not already reported. */
    private static List<Violation> dedupe(List<Violation> all) {
        Map<String, Violation> unique = new LinkedHashMap<>();
        for (Violation violation : all) {
            unique.putIfAbsent(violation.field(), violation);
        }
        return List.copyOf(unique.values());
    }

    /** One run of the engine; holds the working state so each step can be a short method. */
    private static final class Calculation {
        private final UcEstimateRequest request;
        private final UcRates rates;
        /** The figures worked out once for this rates year. */
        private final YearFigures figures;
        private final AssessmentPeriod period;
        private final PaymentTiming timing;
        private final HousingCostsInput housingInput;
        /** About 25 steps for a family with rent: the UC steps, the housing engine's and the timing engine's. */
        private final ExplanationBuilder explain = new ExplanationBuilder(UcRules.RULESET_VERSION, 32);
        private final List<ElementAmount> elements = new ArrayList<>();
        /** Empty for most estimates: no array is made until a reason is added. */
        private final List<NilAwardReason> nilReasons = new ArrayList<>(0);
        private final List<Claimant> claimants;
        private final LocalDate start;

        private Pence standardAllowance = Pence.ZERO;
        private Pence childcareElement = Pence.ZERO;
        private boolean lcwraIncluded;
        private boolean carerIncluded;
        private HousingCostsResult housing;
        /** The elements as an unmodifiable list once the maximum amount is known ({@code null} before). */
        private List<ElementAmount> finalElements;

        Calculation(UcEstimateRequest request, UcRates rates, AssessmentPeriod period, PaymentTiming timing,
                    HousingCostsInput housingInput) {
            this.request = request;
            this.rates = rates;
            this.figures = figuresFor(rates);
            this.period = period;
            this.timing = timing;
            this.housingInput = housingInput;
            this.claimants = request.claimants();
            this.start = request.assessmentPeriodStart();
        }

        UcEstimate run() {
            ratesYear();
            explain.assume(FACTS_AS_GIVEN);
            explain.assume(NOT_MODELLED);
            if (!statePensionAge() || !capitalLimit()) {
                return finish(Pence.ZERO, null, Pence.ZERO, notConsidered(), List.of(), Pence.ZERO);
            }
            standardAllowance();
            childElements();
            healthAndCarer();
            childcare();
            housing();
            Pence maximum = maximumAmount();
            MeansTest means = meansTest();
            Pence awardBeforeCap = awardBeforeCap(maximum, means);
            BenefitCapOutcome cap = benefitCap(awardBeforeCap, means.earnedIncomePence());
            Pence award = minus(awardBeforeCap, cap.reductionPence());
            if (award.isZero() && awardBeforeCap.isPositive()) {
                nilReasons.add(NilAwardReason.BENEFIT_CAP);
            }
            List<DeductionLine> deductions = deductions(award);
            long total = 0;
            for (int lineIndex = 0; lineIndex < deductions.size(); lineIndex++) { // by index: no iterator object
                DeductionLine line = deductions.get(lineIndex);
                total += line.appliedPence().value();
            }
            return finish(maximum, means, awardBeforeCap, cap, deductions, total == 0 ? Pence.ZERO : Pence.of(total));
        }

        private UcEstimate finish(Pence maximum, MeansTest means, Pence awardBeforeCap, BenefitCapOutcome cap,
                                  List<DeductionLine> deductions, Pence totalDeductions) {
            Pence award = minus(awardBeforeCap, cap.reductionPence());
            Pence payment = minus(award, totalDeductions);
            String description = nilReasons.isEmpty()
                    ? "The monthly award is the award after the benefit cap; the payment is the award less deductions"
                    : "No award: " + reasonsText();
            Pence capReduction = cap.reductionPence();
            explain.step(UcRules.AWARD, () -> StepText.of(description,
                    List.of(new Fact("award before the benefit cap", Fmt.gbp(awardBeforeCap)),
                            new Fact("benefit cap reduction", Fmt.gbp(capReduction)),
                            new Fact("award", Fmt.gbp(award)),
                            new Fact("deductions", Fmt.gbp(totalDeductions))),
                    "award " + Fmt.gbp(award) + ", payment " + Fmt.gbp(payment)));
            explain.include(timing.explanation());
            return new UcEstimate(award, payment, nilReasons.isEmpty() ? List.of() : nilReasons, period.start(), period.end(),
                    payment.isPositive() ? timing.paymentDate() : null, rates.taxYear(), maximum,
                    finalElements != null ? finalElements : elements, housing,
                    means, awardBeforeCap, cap, deductions, totalDeductions, explain.build());
        }

        private String reasonsText() {
            StringBuilder sb = new StringBuilder();
            for (NilAwardReason reason : nilReasons) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(reason.description()).append(" (").append(reason.legalReference()).append(')');
            }
            return sb.toString();
        }

        // ---- rates year ------------------------------------------------------------------------------------------

        private void ratesYear() {
            UcRates rates = this.rates;
            LocalDate start = this.start;
            explain.step(UcRules.RATES_YEAR, () -> StepText.of(
                    "The assessment period begins on or after the " + rates.taxYear() + " up-rating day, so "
                            + rates.taxYear() + " rates apply",
                    List.of(new Fact("assessment period starts", Fmt.date(start)),
                            new Fact(rates.taxYear() + " rates apply to periods starting", Fmt.date(rates.firstPeriodStart())
                                    + " to " + Fmt.date(rates.lastPeriodStart()))),
                    rates.taxYear()));
            if (!start.isBefore(UcRatesSchedule.SWITCH_2026_DERIVED_FROM) && start.isBefore(UcRatesSchedule.SWITCH_2026_PRESS_DATE)) {
                explain.assume(RATES_SWITCH_2026_DERIVED);
            }
            if ("2026-27".equals(rates.taxYear())) {
                explain.assume(RATES_2026_27_SECONDARY);
            }
        }

        // ---- eligibility -----------------------------------------------------------------------------------------

        private boolean statePensionAge() {
            int reached = 0;
            for (int claimantIndex = 0; claimantIndex < claimants.size(); claimantIndex++) { // by index: no iterator object
                Claimant claimant = claimants.get(claimantIndex);
                if (claimant.reachedStatePensionAge()) {
                    reached++;
                }
            }
            if (reached == 0) {
                return true;
            }
            List<Fact> inputs = List.of(new Fact("claimants", String.valueOf(claimants.size())),
                    new Fact("claimants over State Pension age", String.valueOf(reached)),
                    new Fact("award from before 15 May 2019", request.mixedAgeCoupleExistingAward() ? "yes" : "no"));
            if (reached == claimants.size()) {
                nilReasons.add(NilAwardReason.STATE_PENSION_AGE);
                explain.step(UcRules.STATE_PENSION_AGE, "Every claimant has reached State Pension age, so there is no "
                        + "entitlement to Universal Credit", inputs, "not entitled");
                return false;
            }
            if (!request.mixedAgeCoupleExistingAward()) {
                nilReasons.add(NilAwardReason.MIXED_AGE_COUPLE);
                explain.step(UcRules.STATE_PENSION_AGE, "One of the couple has reached State Pension age and they have "
                        + "no award from before 15 May 2019, so they claim Pension Credit instead", inputs, "not entitled");
                return false;
            }
            explain.step(UcRules.STATE_PENSION_AGE, "One of the couple has reached State Pension age but the couple keeps "
                    + "an award made before 15 May 2019, so Universal Credit continues", inputs, "entitled");
            return true;
        }

        private boolean capitalLimit() {
            Pence capital = request.capitalPence();
            Pence limit = rates.capitalUpperLimit().value();
            boolean over = capital.isGreaterThan(limit);
            explain.step(UcRules.CAPITAL_LIMIT, () -> StepText.of(over
                            ? "Capital is above the upper limit, so there is no entitlement"
                            : "Capital is not above the upper limit (exactly the limit is still entitled)",
                    List.of(new Fact("capital", Fmt.gbp(capital)), new Fact("upper limit", Fmt.gbp(limit))),
                    over ? "not entitled" : "within the limit"));
            if (over) {
                nilReasons.add(NilAwardReason.CAPITAL_ABOVE_LIMIT);
            }
            return !over;
        }

        private BenefitCapOutcome notConsidered() {
            return new BenefitCapOutcome(false, List.of(), Pence.ZERO, Pence.ZERO, Pence.ZERO, Pence.ZERO);
        }

        // ---- maximum amount --------------------------------------------------------------------------------------

        private void standardAllowance() {
            boolean anyOver25 = false;
            int over25ByClaimant = 0; // bit i set: claimants[i] is 25 or over for this period
            for (int i = 0; i < claimants.size(); i++) {
                LocalDate dob = claimants.get(i).dateOfBirth();
                if (anniversaryAfter(dob, 18, start)) { // dob.plusYears(18).isAfter(start)
                    explain.assume(CLAIMANT_AGED_16_OR_17);
                }
                boolean over25 = !anniversaryAfter(dob, 25, period.end()); // !dob.plusYears(25).isAfter(end)
                anyOver25 |= over25;
                if (over25) {
                    over25ByClaimant |= 1 << i;
                }
                if (over25 && anniversaryAfter(dob, 25, start)) { // 25th birthday within the period, after its first day
                    explain.assume(STANDARD_ALLOWANCE_TURNS_25_IN_PERIOD);
                }
            }
            int over25Bits = over25ByClaimant;
            boolean couple = claimants.size() == 2;
            var amount = couple
                    ? (anyOver25 ? rates.standardAllowanceJointOneOrBoth25OrOver() : rates.standardAllowanceJointBothUnder25())
                    : (anyOver25 ? rates.standardAllowanceSingle25OrOver() : rates.standardAllowanceSingleUnder25());
            String kind = couple
                    ? (anyOver25 ? "joint claimants, one or both aged 25 or over" : "joint claimants, both under 25")
                    : (anyOver25 ? "single claimant aged 25 or over" : "single claimant under 25");
            Pence allowance = amount.value();
            standardAllowance = allowance;
            List<Claimant> claimants = this.claimants;
            LocalDate start = this.start;
            String taxYear = rates.taxYear();
            explain.step(UcRules.STANDARD_ALLOWANCE, () -> {
                List<Fact> inputs = new ArrayList<>(3);
                for (int i = 0; i < claimants.size(); i++) {
                    inputs.add(new Fact("claimants[" + i + "] age on " + Fmt.date(start),
                            Age.completeYears(claimants.get(i).dateOfBirth(), start)
                                    + ((over25Bits & 1 << i) != 0 ? " (25 or over for this period)" : " (under 25)")));
                }
                inputs.add(new Fact("rate (" + taxYear + ")", kind));
                return StepText.of("Standard allowance for " + kind, inputs, Fmt.gbp(allowance));
            });
            elements.add(new ElementAmount(UcElement.STANDARD_ALLOWANCE, null, standardAllowance, UcRules.STANDARD_ALLOWANCE.id()));
        }

        private void childElements() {
            List<Child> children = request.children();
            if (children.isEmpty()) {
                return;
            }
            int[] order = orderOfBirth(children);
            boolean limitApplies = start.isBefore(UcRatesSchedule.TWO_CHILD_LIMIT_ABOLISHED.value());
            int included = 0;
            boolean excludedAny = false;
            for (int position = 0; position < order.length; position++) {
                int index = order[position];
                Child child = children.get(index);
                String path = CHILD_PATHS.at(index);
                boolean bornBefore2017 = child.dateOfBirth().isBefore(UcRatesSchedule.TWO_CHILD_LIMIT_BIRTH_DATE);
                boolean exception = child.twoChildLimitException() != TwoChildLimitException.NONE;
                boolean include = !limitApplies || bornBefore2017 || included < 2 || exception;
                int birthOrder = position + 1;
                if (!include) {
                    excludedAny = true;
                    explain.step(UcRules.TWO_CHILD_LIMIT, () -> StepText.of("No child element: a third or later child "
                                    + "born on or after 6 April 2017 with no exception, in a period before the limit was abolished",
                            childFacts(path, child, birthOrder,
                                    new Fact("two-child limit", "applies to periods starting before 2026-04-06")),
                            Fmt.gbp(0)));
                } else {
                    boolean higher = position == 0 && bornBefore2017;
                    Pence amount = higher ? rates.childElementFirstBornBefore6April2017().value() : rates.childElement().value();
                    String why;
                    if (higher) {
                        why = "Child element at the higher rate: the first child, born before 6 April 2017";
                    } else if (!limitApplies || position < 2) {
                        why = "Child element";
                    } else if (bornBefore2017) {
                        why = "Child element: born before 6 April 2017, so outside the two-child limit";
                    } else {
                        why = "Child element: an exception to the two-child limit applies ("
                                + child.twoChildLimitException().name().toLowerCase(java.util.Locale.ROOT) + ")";
                    }
                    boolean underLimit = limitApplies && position >= 2;
                    String reason = why;
                    explain.step(underLimit ? UcRules.TWO_CHILD_LIMIT : UcRules.CHILD_ELEMENT, () -> StepText.of(reason,
                            childFacts(path, child, birthOrder, !underLimit ? null : new Fact("two-child limit",
                                    bornBefore2017 ? "born before 2017-04-06" : "exception: " + child.twoChildLimitException())),
                            Fmt.gbp(amount)));
                    elements.add(new ElementAmount(UcElement.CHILD_ELEMENT, path, amount, UcRules.CHILD_ELEMENT.id()));
                    included++;
                }
                disabledChildAddition(child, path);
            }
            if (limitApplies && order.length > 2) {
                explain.assume(excludedAny ? TWO_CHILD_LIMIT_ORDER : TWO_CHILD_LIMIT_ORDER_NONE_EXCLUDED);
            }
            if (!limitApplies && order.length > 2) {
                explain.step(UcRules.TWO_CHILD_LIMIT, "The two-child limit does not apply: it was abolished for assessment "
                                + "periods starting on or after 6 April 2026",
                        List.of(new Fact("children", String.valueOf(order.length)),
                                new Fact("abolished from", Fmt.date(UcRatesSchedule.TWO_CHILD_LIMIT_ABOLISHED.value()))),
                        "a child element for every child");
            }
        }

        /** The facts shown for one child's element: who, when born, place in the order of birth, and one more if given. */
        private static List<Fact> childFacts(String path, Child child, int birthOrder, Fact extra) {
            Fact who = new Fact("child", path + ", born " + Fmt.date(child.dateOfBirth()));
            Fact order = new Fact("position in order of birth", String.valueOf(birthOrder));
            return extra == null ? List.of(who, order) : List.of(who, order, extra);
        }

        private void disabledChildAddition(Child child, String path) {
            if (child.disabledChildRate() == DisabledChildRate.NONE) {
                return;
            }
            boolean higher = child.disabledChildRate() == DisabledChildRate.HIGHER;
            Pence amount = higher ? rates.disabledChildHigherRate().value() : rates.disabledChildLowerRate().value();
            explain.step(UcRules.DISABLED_CHILD_ADDITION, () -> StepText.of(
                    "Disabled child addition at the " + (higher ? "higher" : "lower") + " rate (paid whatever the two-child limit)",
                    List.of(new Fact("child", path)), Fmt.gbp(amount)));
            elements.add(new ElementAmount(UcElement.DISABLED_CHILD_ADDITION, path, amount, UcRules.DISABLED_CHILD_ADDITION.id()));
        }

        private void healthAndCarer() {
            int lcwraFor = -1;
            Pence lcwraAmount = Pence.ZERO;
            for (int i = 0; i < claimants.size(); i++) {
                Claimant c = claimants.get(i);
                if (c.workCapability() != WorkCapability.LCWRA) {
                    continue;
                }
                Pence amount = lcwraAmountFor(c);
                // Prefer the higher rate; on a tie prefer a claimant who is not a carer, so the other can keep the carer element.
                if (lcwraFor < 0 || amount.isGreaterThan(lcwraAmount)
                        || (amount.equals(lcwraAmount) && claimants.get(lcwraFor).carer() && !c.carer())) {
                    lcwraFor = i;
                    lcwraAmount = amount;
                }
            }
            int lcwFor = -1;
            if (lcwraFor < 0) {
                for (int i = 0; i < claimants.size(); i++) {
                    Claimant c = claimants.get(i);
                    if (c.workCapability() == WorkCapability.LCW && c.lcwElementFromBeforeApril2017()
                            && (lcwFor < 0 || (claimants.get(lcwFor).carer() && !c.carer()))) {
                        lcwFor = i;
                    }
                }
            }
            if (lcwraFor >= 0) {
                lcwraStep(lcwraFor, lcwraAmount);
            }
            int carers = 0;
            for (int i = 0; i < claimants.size(); i++) {
                Claimant c = claimants.get(i);
                if (!c.carer()) {
                    continue;
                }
                String path = CLAIMANT_PATHS.at(i);
                if (i == lcwraFor) {
                    explain.step(UcRules.CARER_HEALTH_OVERLAP, "This claimant has the LCWRA element, so no carer element "
                                    + "is included for them", List.of(new Fact("claimant", path)), Fmt.gbp(0));
                    continue;
                }
                if (carers == 1 && request.claimantsCareForTheSamePerson()) {
                    explain.step(UcRules.CARER_ELEMENT, "Both claimants care for the same person, so only one carer "
                                    + "element is included", List.of(new Fact("claimant", path)), Fmt.gbp(0));
                    continue;
                }
                if (i == lcwFor) {
                    explain.step(UcRules.CARER_HEALTH_OVERLAP, "This claimant qualifies for both the LCW element and the "
                                    + "carer element; only the carer element (the higher) is included",
                            List.of(new Fact("claimant", path), new Fact("LCW element", Fmt.gbp(rates.lcwElement().value())),
                                    new Fact("carer element", Fmt.gbp(rates.carerElement().value()))),
                            Fmt.gbp(rates.carerElement().value()));
                    lcwFor = -1;
                }
                Pence amount = rates.carerElement().value();
                explain.step(UcRules.CARER_ELEMENT, "Carer element: regular and substantial caring for a severely disabled "
                        + "person", List.of(new Fact("claimant", path)), Fmt.gbp(amount));
                elements.add(new ElementAmount(UcElement.CARER_ELEMENT, path, amount, UcRules.CARER_ELEMENT.id()));
                carerIncluded = true;
                carers++;
            }
            if (lcwFor >= 0) {
                Pence amount = rates.lcwElement().value();
                String path = CLAIMANT_PATHS.at(lcwFor);
                explain.step(UcRules.LCW_ELEMENT, "LCW element: limited capability for work with the element kept since "
                        + "before 3 April 2017", List.of(new Fact("claimant", path)), Fmt.gbp(amount));
                elements.add(new ElementAmount(UcElement.LCW_ELEMENT, path, amount, UcRules.LCW_ELEMENT.id()));
            }
        }

        private Pence lcwraAmountFor(Claimant claimant) {
            if (!rates.hasLcwraNewClaimRate()) {
                return rates.lcwraElement().value();
            }
            LcwraRate rate = claimant.lcwraRate();
            return rate != null && rate.isProtected() ? rates.lcwraElement().value() : rates.lcwraNewClaimElement().value();
        }

        private void lcwraStep(int index, Pence amount) {
            Claimant c = claimants.get(index);
            String path = CLAIMANT_PATHS.at(index);
            List<Fact> inputs = new ArrayList<>(3);
            inputs.add(new Fact("claimant", path));
            String description;
            if (!rates.hasLcwraNewClaimRate()) {
                description = "LCWRA element (one per award)";
            } else if (c.lcwraRate() == null) {
                description = "LCWRA element at the new-claim rate: whether this claimant is in a protected group was not given";
                inputs.add(new Fact("LCWRA rate group", "not given"));
                explain.assume("uc.lcwra_rate_defaulted", AssumptionSource.DEFAULTED,
                        "The LCWRA element is worked out at the new-claim rate (" + Fmt.gbp(rates.lcwraNewClaimElement().value())
                                + ") because the claimant's group was not given. Pre-2026 claimants, claimants meeting the "
                                + "severe conditions criteria and terminally ill claimants get " + Fmt.gbp(rates.lcwraElement().value()) + ".");
            } else {
                description = c.lcwraRate().isProtected()
                        ? "LCWRA element at the protected rate (" + c.lcwraRate().name().toLowerCase(java.util.Locale.ROOT) + ")"
                        : "LCWRA element at the new-claim rate for LCWRA found on a claim from 6 April 2026";
                inputs.add(new Fact("LCWRA rate group", c.lcwraRate().name()));
            }
            int others = 0;
            for (int otherIndex = 0; otherIndex < claimants.size(); otherIndex++) { // by index: no iterator object
                Claimant other = claimants.get(otherIndex);
                if (other.workCapability() == WorkCapability.LCWRA) {
                    others++;
                }
            }
            if (others > 1) {
                inputs.add(new Fact("claimants with LCWRA", String.valueOf(others) + " (one element per award, reg 27(4))"));
                explain.assume(LCWRA_ATTRIBUTED);
            }
            explain.step(UcRules.LCWRA_ELEMENT, description, inputs, Fmt.gbp(amount));
            explain.assume(LCWRA_IN_PAYMENT);
            elements.add(new ElementAmount(UcElement.LCWRA_ELEMENT, path, amount, UcRules.LCWRA_ELEMENT.id()));
            lcwraIncluded = true;
        }

        private void childcare() {
            Childcare childcare = request.childcare();
            if (childcare == null || childcare.costsPaidPence().isZero()) {
                return;
            }
            List<Fact> inputs = new ArrayList<>(6);
            boolean met = workConditionMet(inputs);
            Pence costs = childcare.costsPaidPence();
            inputs.add(new Fact("childcare costs paid", Fmt.gbp(costs)));
            if (!met) {
                explain.step(UcRules.CHILDCARE_COSTS_ELEMENT, "No childcare costs element: the work condition is not met",
                        inputs, Fmt.gbp(0));
                return;
            }
            Pence eightyFive = roundedProduct(HALF_UP, costs, figures.childcareShare());
            Pence maximum = childcare.childrenCared() >= 2
                    ? rates.childcareMaximumTwoOrMoreChildren().value() : rates.childcareMaximumOneChild().value();
            inputs.add(new Fact("85% of costs", Fmt.gbp(eightyFive)));
            inputs.add(new Fact("maximum for " + (childcare.childrenCared() >= 2 ? "two or more children" : "one child"),
                    Fmt.gbp(maximum)));
            Pence amount = Pence.min(eightyFive, maximum);
            explain.step(UcRules.CHILDCARE_COSTS_ELEMENT, amount.equals(maximum) && eightyFive.isGreaterThan(maximum)
                            ? "Childcare costs element: 85% of costs, limited to the monthly maximum"
                            : "Childcare costs element: 85% of costs paid",
                    inputs, Fmt.gbp(amount), HALF_UP);
            childcareElement = amount;
            elements.add(new ElementAmount(UcElement.CHILDCARE_COSTS_ELEMENT, null, amount, UcRules.CHILDCARE_COSTS_ELEMENT.id()));
        }

        private boolean workConditionMet(List<Fact> inputs) {
            boolean[] working = new boolean[claimants.size()];
            for (int i = 0; i < claimants.size(); i++) {
                Claimant c = claimants.get(i);
                if (c.inPaidWork() == null) {
                    working[i] = c.netEarningsPence().isPositive();
                    explain.assume(CHILDCARE_PAID_WORK_INFERRED);
                } else {
                    working[i] = c.inPaidWork();
                }
                inputs.add(new Fact("claimants[" + i + "] in paid work", working[i] ? "yes" : "no"));
            }
            if (claimants.size() == 1) {
                return working[0];
            }
            if (working[0] && working[1]) {
                return true;
            }
            for (int i = 0; i < 2; i++) {
                Claimant other = claimants.get(1 - i);
                if (working[i] && (other.workCapability() != WorkCapability.NONE || other.carer())) {
                    inputs.add(new Fact("claimants[" + (1 - i) + "]", "has limited capability for work or is a carer"));
                    return true;
                }
            }
            return false;
        }

        private void housing() {
            if (housingInput == null) {
                return;
            }
            try {
                housing = HousingCostsElement.calculate(housingInput, figures.housingRates(), start, explain);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(HousingMapping.remap(e.violations()));
            }
            Pence amount = housing.monthlyAmountPence();
            boolean nil = housing.isNil();
            String tenure = housing.tenure().name();
            explain.step(UcRules.HOUSING_COSTS_ELEMENT, () -> StepText.of(nil
                            ? "The housing costs element works out at nil"
                            : "The housing costs element is included in the maximum amount",
                    List.of(new Fact("tenure", tenure), new Fact("housing costs element", Fmt.gbp(amount))),
                    Fmt.gbp(amount)));
            elements.add(new ElementAmount(UcElement.HOUSING_COSTS_ELEMENT, null, amount, UcRules.HOUSING_COSTS_ELEMENT.id()));
        }

        private Pence maximumAmount() {
            long sum = 0;
            List<ElementAmount> lines = List.copyOf(elements);
            finalElements = lines; // no element is added after the maximum amount; the estimate keeps this copy
            for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) { // by index: no iterator object
                ElementAmount line = lines.get(lineIndex);
                sum = Math.addExact(sum, line.amountPence().value());
            }
            Pence maximum = Pence.of(sum);
            explain.step(UcRules.MAXIMUM_AMOUNT, () -> {
                List<Fact> inputs = new ArrayList<>(lines.size());
                for (ElementAmount line : lines) {
                    inputs.add(new Fact(label(line), Fmt.gbp(line.amountPence())));
                }
                return StepText.of("Maximum amount: the standard allowance plus every element", inputs, Fmt.gbp(maximum));
            });
            return maximum;
        }

        private static String label(ElementAmount line) {
            String name = ELEMENT_LABELS.get(line.element());
            return line.person() == null ? name : name + " (" + line.person() + ")";
        }

        // ---- means test ------------------------------------------------------------------------------------------

        private MeansTest meansTest() {
            long earned = 0;
            for (int claimantIndex = 0; claimantIndex < claimants.size(); claimantIndex++) { // by index: no iterator object
                Claimant claimant = claimants.get(claimantIndex);
                earned = Math.addExact(earned, claimant.netEarningsPence().value());
            }
            Pence earnedIncome = Pence.of(earned);
            List<Claimant> claimants = this.claimants;
            explain.step(UcRules.EARNED_INCOME, () -> {
                List<Fact> earningsInputs = new ArrayList<>(2);
                for (int i = 0; i < claimants.size(); i++) {
                    earningsInputs.add(new Fact("claimants[" + i + "] net earnings", Fmt.gbp(claimants.get(i).netEarningsPence())));
                }
                return StepText.of(claimants.size() == 2
                                ? "Earned income: the joint claimants' net earnings added together" : "Earned income: net earnings",
                        earningsInputs, Fmt.gbp(earnedIncome));
            });
            if (earnedIncome.isPositive()) {
                explain.assume(EARNINGS_NET);
            }

            Pence workAllowance = workAllowance();
            Pence excess = earnedIncome.minusFloorZero(workAllowance);
            BigDecimal taperRate = rates.taperRate().value();
            Pence reduction = roundedProduct(HALF_UP, excess, figures.taper());
            explain.step(UcRules.EARNINGS_TAPER, () -> StepText.rounded("55% of earned income above the work allowance is deducted",
                    List.of(new Fact("earned income", Fmt.gbp(earnedIncome)), new Fact("work allowance", Fmt.gbp(workAllowance)),
                            new Fact("earnings above the allowance", Fmt.gbp(excess)),
                            new Fact("taper rate", taperRate.toPlainString())),
                    Fmt.gbp(reduction), HALF_UP));

            Pence unearned = unearnedIncome();
            Pence tariff = tariffIncome();
            Pence total = Pence.of(Math.addExact(Math.addExact(reduction.value(), unearned.value()), tariff.value()));
            return new MeansTest(earnedIncome, workAllowance, reduction, unearned, tariff, total);
        }

        private Pence workAllowance() {
            boolean children = !request.children().isEmpty();
            boolean anyLcw = false;
            for (int cIndex = 0; cIndex < claimants.size(); cIndex++) { // by index: no iterator object
                Claimant c = claimants.get(cIndex);
                anyLcw |= c.workCapability() != WorkCapability.NONE;
            }
            boolean lcw = anyLcw;
            if (!children && !lcw) {
                explain.step(UcRules.WORK_ALLOWANCE, () -> StepText.of(
                        "No work allowance: no child and no limited capability for work",
                        List.of(new Fact("responsible for a child or qualifying young person", "no"),
                                new Fact("limited capability for work", "no")),
                        Fmt.gbp(0)));
                return Pence.ZERO;
            }
            boolean housingAmount = housing != null && housing.monthlyAmountPence().isPositive();
            Pence amount = housingAmount ? rates.workAllowanceWithHousing().value() : rates.workAllowanceWithoutHousing().value();
            explain.step(UcRules.WORK_ALLOWANCE, () -> StepText.of(housingAmount
                            ? "Lower work allowance: the award contains an amount for housing costs"
                            : "Higher work allowance: the award contains no amount for housing costs",
                    List.of(new Fact("responsible for a child or qualifying young person", children ? "yes" : "no"),
                            new Fact("limited capability for work", lcw ? "yes" : "no"),
                            new Fact("award contains an amount for housing costs", housingAmount ? "yes" : "no")),
                    Fmt.gbp(amount)));
            if (housing != null && housing.isNil()) {
                explain.assume("uc.work_allowance.nil_housing", AssumptionSource.UNCONFIRMED_RULE,
                        "The housing costs element works out at nil, and the higher work allowance is used because reg "
                                + "22(2) gives it where the award \"contains no amount for the housing costs element\". "
                                + "Whether a nil element counts as no amount is not settled; if it does not, the lower "
                                + "work allowance (" + Fmt.gbp(rates.workAllowanceWithHousing().value()) + ") applies.");
            }
            return amount;
        }

        private Pence unearnedIncome() {
            if (request.otherIncome().isEmpty()) {
                return Pence.ZERO; // nothing to count, and no step
            }
            long counted = 0;
            List<Fact> inputs = new ArrayList<>();
            for (int i = 0; i < request.otherIncome().size(); i++) {
                OtherIncome income = request.otherIncome().get(i);
                OtherIncomeType type = income.type();
                inputs.add(new Fact("otherIncome[" + i + "] " + type.description(), Fmt.gbp(income.amountPence())
                        + (type.isUnearnedIncome() ? " counted" : " disregarded") + " (" + type.legalBasis() + ")"));
                if (type.isUnearnedIncome()) {
                    counted = Math.addExact(counted, income.amountPence().value());
                }
            }
            Pence unearned = Pence.of(counted);
            if (!request.otherIncome().isEmpty()) {
                explain.step(UcRules.UNEARNED_INCOME, "Unearned income counted by reg 66 is deducted in full; the rest "
                        + "is disregarded", inputs, Fmt.gbp(unearned));
            }
            return unearned;
        }

        private Pence tariffIncome() {
            Pence capital = request.capitalPence();
            Pence lower = rates.capitalLowerLimit().value();
            if (!capital.isGreaterThan(lower)) {
                if (capital.isPositive()) {
                    explain.step(UcRules.TARIFF_INCOME, "No tariff income: capital is not above the lower limit",
                            List.of(new Fact("capital", Fmt.gbp(capital)), new Fact("lower limit", Fmt.gbp(lower))),
                            Fmt.gbp(0));
                }
                return Pence.ZERO;
            }
            long above = capital.minus(lower).value();
            long step = rates.tariffIncomeStep().value().value();
            long steps = (above + step - 1) / step;
            Pence perStep = rates.tariffIncomePerStep().value();
            Pence tariff = perStep.times(steps);
            explain.step(UcRules.TARIFF_INCOME, () -> StepText.of("Tariff income: " + Fmt.gbp(perStep)
                            + " for each " + Fmt.gbp(step) + ", or part of it, above the lower limit",
                    List.of(new Fact("capital", Fmt.gbp(capital)), new Fact("lower limit", Fmt.gbp(lower)),
                            new Fact("capital above the limit", Fmt.gbp(above)),
                            new Fact("steps of " + Fmt.gbp(step) + " or part", String.valueOf(steps))),
                    Fmt.gbp(tariff)));
            return tariff;
        }

        private Pence awardBeforeCap(Pence maximum, MeansTest means) {
            Pence award = maximum.minusFloorZero(means.totalIncomeDeductionPence());
            explain.step(UcRules.AWARD_BEFORE_CAP, () -> StepText.of(
                    "Award: the maximum amount less the income deductions, not less than nil",
                    List.of(new Fact("maximum amount", Fmt.gbp(maximum)),
                            new Fact("earnings deduction", Fmt.gbp(means.earningsReductionPence())),
                            new Fact("unearned income", Fmt.gbp(means.unearnedIncomePence())),
                            new Fact("tariff income", Fmt.gbp(means.tariffIncomePence()))),
                    Fmt.gbp(award)));
            if (award.isZero()) {
                nilReasons.add(NilAwardReason.INCOME_TOO_HIGH);
            }
            return award;
        }

        // ---- benefit cap -----------------------------------------------------------------------------------------

        private BenefitCapOutcome benefitCap(Pence awardBeforeCap, Pence earnedIncome) {
            if (awardBeforeCap.isZero()) {
                return notConsidered();
            }
            List<BenefitCapException> exceptions = new ArrayList<>(3);
            Pence threshold = earningsThreshold(earnedIncome, exceptions);
            if (request.benefitCapGracePeriod()) {
                exceptions.add(BenefitCapException.GRACE_PERIOD);
                explain.step(UcRules.CAP_EXCEPTION_GRACE_PERIOD, "The benefit cap does not apply: the period is in a grace period",
                        List.of(new Fact("grace period", "yes (as given)")), "exception applies");
            }
            benefitExceptions(exceptions);
            if (!exceptions.isEmpty()) {
                return new BenefitCapOutcome(true, copyOfShort(exceptions), threshold, Pence.ZERO, Pence.ZERO, Pence.ZERO);
            }
            boolean coupleOrChild = claimants.size() == 2 || !request.children().isEmpty();
            boolean london = request.livesInGreaterLondon();
            var annual = london
                    ? (coupleOrChild ? rates.benefitCapAnnualLondonCoupleOrWithChild() : rates.benefitCapAnnualLondonSingle())
                    : (coupleOrChild ? rates.benefitCapAnnualElsewhereCoupleOrWithChild() : rates.benefitCapAnnualElsewhereSingle());
            Pence relevant = figures.monthlyCap(london, coupleOrChild); // annual / 12, rounded half-up (reg 6(1))
            List<Fact> capFacts = new ArrayList<>(4);
            capFacts.add(new Fact("household", coupleOrChild ? "couple, or single with a child" : "single, no child"));
            capFacts.add(new Fact("area", london ? "Greater London" : "outside Greater London"));
            capFacts.add(new Fact("annual limit", Fmt.gbp(annual.value())));
            if (anyClaimantOverStatePensionAge()) {
                capFacts.add(MIXED_AGE_COUPLE_CAP_FACT);
            }
            explain.step(UcRules.CAP_RELEVANT_AMOUNT, "Monthly benefit cap: the annual limit divided by 12",
                    capFacts, Fmt.gbp(relevant), HALF_UP);
            long counted = awardBeforeCap.value();
            List<Fact> inputs = new ArrayList<>();
            inputs.add(new Fact("Universal Credit before the cap", Fmt.gbp(awardBeforeCap)));
            for (int i = 0; i < request.otherIncome().size(); i++) {
                OtherIncome income = request.otherIncome().get(i);
                if (income.type().isWelfareBenefitForCap()) {
                    counted = Math.addExact(counted, income.amountPence().value());
                    inputs.add(new Fact("otherIncome[" + i + "] " + income.type().description(), Fmt.gbp(income.amountPence())));
                }
            }
            Pence total = Pence.of(counted);
            inputs.add(new Fact("total welfare benefits", Fmt.gbp(total)));
            inputs.add(new Fact("relevant amount", Fmt.gbp(relevant)));
            inputs.add(new Fact("childcare costs element", Fmt.gbp(childcareElement)));
            Pence excess = total.minusFloorZero(relevant);
            Pence reduction = Pence.min(excess.minusFloorZero(childcareElement), awardBeforeCap);
            explain.step(UcRules.CAP_REDUCTION, reduction.isPositive()
                            ? "The benefit cap applies: the award is reduced by the welfare benefits above the cap, less the childcare costs element"
                            : "The benefit cap does not reduce the award: welfare benefits, less the childcare costs element, are within the cap",
                    inputs, Fmt.gbp(reduction));
            return new BenefitCapOutcome(true, List.of(), threshold, relevant, total, reduction);
        }

        private boolean anyClaimantOverStatePensionAge() {
            for (int cIndex = 0; cIndex < claimants.size(); cIndex++) { // by index: no iterator object
                if (claimants.get(cIndex).reachedStatePensionAge()) {
                    return true;
                }
            }
            return false;
        }

        private Pence earningsThreshold(Pence earnedIncome, List<BenefitCapException> exceptions) {
            DatedValue<BigDecimal> nlw = UcRatesSchedule.NATIONAL_LIVING_WAGE.entryAt(start);
            if (nlw == null) {
                throw new IllegalStateException("no National Living Wage for " + start + ": the rates data is incomplete");
            }
            NlwFigures figures = nlwFigures(nlw);
            Pence threshold = figures.threshold();
            boolean met = !earnedIncome.isLessThan(threshold);
            LocalDate start = this.start;
            explain.step(UcRules.CAP_EXCEPTION_EARNINGS, () -> StepText.rounded(met
                            ? "The benefit cap does not apply: earned income is at least the earnings threshold"
                            : "Earned income is below the earnings threshold, so this exception does not apply",
                    List.of(new Fact("National Living Wage on " + Fmt.date(start), "£" + nlw.value().toPlainString()
                                    + " an hour (from " + Fmt.date(nlw.from()) + ")"),
                            new Fact("threshold", "16 hours x £" + nlw.value().toPlainString() + " x 52 / 12, rounded down to the pound"),
                            new Fact("earned income", Fmt.gbp(earnedIncome))),
                    "threshold " + Fmt.gbp(threshold) + (met ? ": exception applies" : ": no exception"),
                    RoundingRule.UC_REG_6_1A_DOWN_TO_POUND));
            if (nlw.confidence() != dev.hearth.domain.rates.Confidence.PRIMARY) {
                explain.assume(figures.secondarySource());
            }
            if (met) {
                exceptions.add(BenefitCapException.EARNINGS_AT_THRESHOLD);
            }
            return threshold;
        }

        private void benefitExceptions(List<BenefitCapException> exceptions) {
            boolean esaSupport = false;
            boolean carersAllowance = false;
            boolean otherBenefit = false;
            List<OtherIncome> otherIncome = request.otherIncome();
            for (int incomeIndex = 0; incomeIndex < otherIncome.size(); incomeIndex++) { // by index: no iterator object
                OtherIncome income = otherIncome.get(incomeIndex);
                OtherIncomeType type = income.type();
                if (!type.isBenefitCapException()) {
                    continue;
                }
                switch (type) {
                    case NEW_STYLE_ESA_WITH_SUPPORT_COMPONENT -> esaSupport = true;
                    case CARERS_ALLOWANCE -> carersAllowance = true;
                    default -> otherBenefit = true;
                }
            }
            boolean lcwra = lcwraIncluded;
            boolean carer = carerIncluded;
            if (lcwra || esaSupport) {
                exceptions.add(BenefitCapException.LCWRA_OR_ESA_SUPPORT);
            }
            if (carer || carersAllowance) {
                exceptions.add(BenefitCapException.CARER);
            }
            boolean claimantDisability = otherBenefit;
            for (int cIndex = 0; cIndex < claimants.size(); cIndex++) { // by index: no iterator object
                claimantDisability |= !claimants.get(cIndex).disabilityBenefits().isEmpty();
            }
            if (claimantDisability) {
                exceptions.add(BenefitCapException.CLAIMANT_DISABILITY_OR_INJURY_BENEFIT);
            }
            boolean childDisability = false;
            List<Child> children = request.children();
            for (int childIndex = 0; childIndex < children.size(); childIndex++) { // by index: no iterator object
                Child child = children.get(childIndex);
                if (child.disabledChildRate() != DisabledChildRate.NONE || !child.disabilityBenefits().isEmpty()) {
                    childDisability = true;
                    if (child.disabilityBenefits().isEmpty()) {
                        explain.assume(BENEFIT_CAP_CHILD_DISABILITY_INFERRED);
                    }
                }
            }
            if (childDisability) {
                exceptions.add(BenefitCapException.CHILD_DISABILITY_BENEFIT);
            }
            // Reaching State Pension age is no exception: reg 83(1) lists none, and a couple of whom one is under
            // State Pension age may be capped (gov.uk benefit-cap/when-youre-not-affected). See mixedAgeCoupleFact.
            boolean any = lcwra || esaSupport || carer || carersAllowance || claimantDisability || childDisability;
            if (any) {
                // The facts are written when the explanation is read; the request and these flags do not change.
                boolean esa = esaSupport;
                boolean carersAllowanceReceived = carersAllowance;
                List<Claimant> claimants = this.claimants;
                explain.step(UcRules.CAP_EXCEPTION_BENEFITS, () -> StepText.of("The benefit cap does not apply because of "
                        + "the benefits or elements received",
                        benefitExceptionFacts(otherIncome, lcwra, esa, carer, carersAllowanceReceived, claimants, children),
                        "exception applies"));
            }
        }

        /** The facts of the benefit-cap exceptions step, in the order the exceptions are checked. */
        private static List<Fact> benefitExceptionFacts(List<OtherIncome> otherIncome, boolean lcwraIncluded,
                                                        boolean esaSupport, boolean carerIncluded, boolean carersAllowance,
                                                        List<Claimant> claimants, List<Child> children) {
            List<Fact> inputs = new ArrayList<>(4);
            for (int incomeIndex = 0; incomeIndex < otherIncome.size(); incomeIndex++) { // by index: no iterator object
                OtherIncome income = otherIncome.get(incomeIndex);
                if (income.type().isBenefitCapException()) {
                    inputs.add(new Fact("receives", income.type().description()));
                }
            }
            if (lcwraIncluded || esaSupport) {
                inputs.add(new Fact("exception", lcwraIncluded ? "the award includes the LCWRA element" : "ESA support component"));
            }
            if (carerIncluded || carersAllowance) {
                inputs.add(new Fact("exception", carerIncluded ? "the award includes the carer element" : "Carer's Allowance"));
            }
            for (int i = 0; i < claimants.size(); i++) {
                Claimant c = claimants.get(i);
                if (!c.disabilityBenefits().isEmpty()) {
                    inputs.add(new Fact("claimants[" + i + "] receives", c.disabilityBenefits().toString()));
                }
            }
            for (int i = 0; i < children.size(); i++) {
                Child child = children.get(i);
                if (child.disabledChildRate() != DisabledChildRate.NONE || !child.disabilityBenefits().isEmpty()) {
                    inputs.add(new Fact(CHILD_PATHS.at(i), child.disabilityBenefits().isEmpty()
                            ? "disabled child addition (" + child.disabledChildRate() + ")" : child.disabilityBenefits().toString()));
                }
            }
            return inputs;
        }

        // ---- deductions ------------------------------------------------------------------------------------------

        private List<DeductionLine> deductions(Pence award) {
            List<DeductionRequest> requested = request.deductions();
            if (requested.isEmpty()) {
                return List.of();
            }
            List<DeductionLine> lines = new ArrayList<>(requested.size());
            if (award.isZero()) {
                for (DeductionRequest r : requested) {
                    Pence amount = r.amountPence() == null ? Pence.ZERO : r.amountPence();
                    lines.add(new DeductionLine(r.type(), amount, Pence.ZERO, "no award to deduct from",
                            UcRules.DEDUCTIONS_MINIMUM_PAYMENT.id()));
                }
                explain.step(UcRules.DEDUCTIONS_MINIMUM_PAYMENT, "No deductions: there is no award to deduct from",
                        List.of(new Fact("deductions requested", String.valueOf(requested.size()))), Fmt.gbp(0));
                return lines;
            }
            DatedValue<BigDecimal> capRate = UcRatesSchedule.DEDUCTIONS_OVERALL_CAP.entryAt(start);
            if (capRate == null) {
                throw new IllegalStateException("no deductions cap for " + start + ": the rates data is incomplete");
            }
            Pence cap = roundedProduct(HALF_UP, standardAllowance, capRate.value());
            explain.step(UcRules.DEDUCTIONS_OVERALL_CAP, "Overall cap on deductions other than last-resort ones",
                    List.of(new Fact("standard allowance", Fmt.gbp(standardAllowance)),
                            new Fact("cap rate from " + Fmt.date(capRate.from()), percent(capRate.value()))),
                    Fmt.gbp(cap), HALF_UP);
            explain.assume(DEDUCTIONS_ORDER_AND_CAP_POLICY);
            boolean maintenanceAboveCap = start.isBefore(UcRatesSchedule.CHILD_MAINTENANCE_ABOVE_CAP_UNTIL.value());
            List<DeductionRequest> ordered = new ArrayList<>(requested);
            ordered.sort(Comparator.comparingInt(r -> r.type().ordinal()));
            if (ordered.size() > 1) {
                StringBuilder order = new StringBuilder();
                for (DeductionRequest r : ordered) {
                    order.append(order.length() == 0 ? "" : ", ").append(r.type().name().toLowerCase(java.util.Locale.ROOT));
                }
                explain.step(UcRules.DEDUCTIONS_ORDER, "Deductions are applied in priority order, so that those that do not "
                                + "fit under the cap or above the 1p floor are the lowest priority",
                        List.of(new Fact("deductions requested", String.valueOf(ordered.size()))), order.toString());
            }
            long room = award.value() - 1; // C&P Regs Sch 6 para 3(1)(a): at least 1p must remain
            long taken = 0;
            int thirdParty = 0;
            for (DeductionRequest r : ordered) {
                DeductionType type = r.type();
                Pence asked = r.amountPence();
                String note = "";
                String ruleId = UcRules.DEDUCTIONS_OVERALL_CAP.id();
                if (type == DeductionType.RENT_ARREARS) {
                    Pence min = roundedProduct(HALF_UP, standardAllowance, RENT_ARREARS_MINIMUM);
                    Pence max = roundedProduct(HALF_UP, standardAllowance, RENT_ARREARS_MAXIMUM);
                    Pence set;
                    if (asked == null) {
                        set = min;
                        note = "set at the minimum of 10% of the standard allowance";
                    } else if (asked.isLessThan(min)) {
                        set = min;
                        note = "raised to the minimum of 10% of the standard allowance";
                    } else if (asked.isGreaterThan(max)) {
                        set = max;
                        note = "limited to the maximum of 20% of the standard allowance";
                    } else {
                        set = asked;
                    }
                    explain.step(UcRules.DEDUCTIONS_RENT_ARREARS_BAND, "Rent arrears deduction within 10% to 20% of the "
                                    + "standard allowance",
                            List.of(new Fact("requested", asked == null ? "not given" : Fmt.gbp(asked)),
                                    new Fact("10% of the standard allowance", Fmt.gbp(min)),
                                    new Fact("20% of the standard allowance", Fmt.gbp(max))),
                            Fmt.gbp(set), HALF_UP);
                    asked = set;
                    ruleId = UcRules.DEDUCTIONS_RENT_ARREARS_BAND.id();
                }
                long want = asked.value();
                long applied;
                if (type.isThirdParty() && thirdParty >= 3) {
                    applied = 0;
                    note = join(note, "not taken: no more than three third-party deductions in a period");
                    ruleId = UcRules.DEDUCTIONS_THIRD_PARTY_LIMIT.id();
                } else {
                    boolean aboveCap = type.isLastResort() || (type == DeductionType.CHILD_MAINTENANCE && maintenanceAboveCap);
                    long limit = want;
                    if (aboveCap) {
                        ruleId = UcRules.DEDUCTIONS_LAST_RESORT.id();
                    } else {
                        long capRoom = Math.max(0, cap.value() - taken);
                        if (capRoom < want) {
                            limit = capRoom;
                            note = join(note, "limited by the overall cap");
                            ruleId = UcRules.DEDUCTIONS_OVERALL_CAP.id();
                        }
                        if (type == DeductionType.CHILD_MAINTENANCE) {
                            explain.assume(DEDUCTIONS_CHILD_MAINTENANCE_AFTER_APRIL_2026);
                        }
                    }
                    long floorRoom = Math.max(0, room - taken);
                    if (floorRoom < limit) {
                        limit = floorRoom;
                        note = join(note, "limited so that at least 1p is paid");
                        ruleId = UcRules.DEDUCTIONS_MINIMUM_PAYMENT.id();
                    }
                    applied = limit;
                    if (type.isThirdParty() && applied > 0) {
                        thirdParty++;
                    }
                }
                taken += applied;
                DeductionLine line = new DeductionLine(type, asked, Pence.of(applied), note, ruleId);
                lines.add(line);
                explain.step(ruleFor(ruleId), type.description() + (note.isEmpty() ? "" : ": " + note),
                        List.of(new Fact("requested", Fmt.gbp(asked)), new Fact("legal basis", type.legalReference()),
                                new Fact("deducted before this one", Fmt.gbp(taken - applied))),
                        Fmt.gbp(applied));
            }
            return lines;
        }

        private static dev.hearth.domain.explain.Rule ruleFor(String id) {
            for (dev.hearth.domain.explain.Rule rule : UcRules.all()) {
                if (rule.id().equals(id)) {
                    return rule;
                }
            }
            throw new IllegalStateException(id);
        }

        private static String join(String a, String b) {
            return a.isEmpty() ? b : a + "; " + b;
        }

        private static String percent(BigDecimal fraction) {
            return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }

    /** Maps the UC request onto the housing engine's input and its field paths back onto the request's. */
    static final class HousingMapping {

        private static final Set<String> HOME_FIELDS = Set.of("tenure", "rent", "eligibleServiceCharges", "chargesNotCovered",
                "bedrooms", "sharedOwnership", "fosterCaring", "sanctuaryScheme", "lha");

        private HousingMapping() {
        }

        static HousingCostsInput toInput(UcEstimateRequest request) {
            RentedHome home = request.housing();
            // The request's lists hold no null (its constructor copies them with List.copyOf). The lists made here are
            // List.of lists, which HousingCostsInput keeps as they are rather than copying them again.
            List<Claimant> requestClaimants = request.claimants();
            HousingCostsInput.Claimant[] claimants = new HousingCostsInput.Claimant[requestClaimants.size()];
            for (int i = 0; i < claimants.length; i++) {
                Claimant c = requestClaimants.get(i);
                claimants[i] = new HousingCostsInput.Claimant(c.dateOfBirth(), c.severelySightImpaired(),
                        c.disabilityBenefits(), c.disabilityBenefitSuspendedInHospital(), c.needsOvernightCare(),
                        c.cannotShareBedroomBecauseOfDisability(), c.sharedAccommodationExceptions());
            }
            List<Child> requestChildren = request.children();
            HousingCostsInput.Child[] children = new HousingCostsInput.Child[requestChildren.size()];
            for (int i = 0; i < children.length; i++) {
                Child c = requestChildren.get(i);
                children[i] = new HousingCostsInput.Child(c.dateOfBirth(), c.sex(), c.disabilityBenefits(),
                        c.cannotShareBedroomBecauseOfDisability(), c.needsOvernightCare());
            }
            return new HousingCostsInput(home.tenure(), home.rent(), home.eligibleServiceCharges(), home.chargesNotCovered(),
                    home.bedrooms(), home.sharedOwnership(), List.of(claimants), List.of(children), request.nonDependants(),
                    home.fosterCaring(), home.sanctuaryScheme(), home.lha());
        }

        /** The housing engine's violations for an input, remapped; empty if it calculates (or fails in another way). */
        static List<Violation> violationsOf(HousingCostsInput input, HousingRates rates, LocalDate start) {
            try {
                HousingCostsElement.calculate(input, rates, start, new ExplanationBuilder("scratch"));
                return List.of();
            } catch (InvalidInputException e) {
                return remap(e.violations());
            } catch (RuntimeException e) {
                // The request already has violations of its own (for example a missing date of birth) that can make the
                // housing engine fail in other ways; those violations are reported instead.
                return List.of();
            }
        }

        static List<Violation> remap(List<Violation> violations) {
            List<Violation> out = new ArrayList<>(violations.size());
            for (Violation v : violations) {
                String field = v.field();
                int end = field.length();
                for (int i = 0; i < field.length(); i++) {
                    char ch = field.charAt(i);
                    if (ch == '.' || ch == '[') {
                        end = i;
                        break;
                    }
                }
                String head = field.substring(0, end);
                if (HOME_FIELDS.contains(head)) {
                    out.add(new Violation("housing." + field, v.code(), v.message()));
                } else if ("periodStart".equals(head)) {
                    out.add(new Violation("assessmentPeriodStart", v.code(), v.message()));
                } else {
                    out.add(v);
                }
            }
            return out;
        }
    }
}
