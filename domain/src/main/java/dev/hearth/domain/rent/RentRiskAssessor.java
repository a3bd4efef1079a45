package dev.hearth.domain.rent;

import dev.hearth.domain.debt.SourceConfidence;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.timing.BankHolidays;
import dev.hearth.domain.timing.PaymentTiming;
import dev.hearth.domain.timing.UcPaymentTiming;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rent-risk assessor: how close a tenancy is to being lost over rent.
 *
 * <p>Entry point: {@link #assess(RentRiskRequest)}. Pure and deterministic: no clock; the same request always gives the
 * same assessment and explanation.
 *
 * <p>What it works out (rule ids in {@link RentRiskRules}): the monthly shortfall between rent and the Universal Credit
 * housing element; arrears in rent periods; the Universal Credit payment dates and the gap from rent due date to
 * payment; a day-by-day projection of rent due, UC paid, the tenant's own payments and the running balance (the first
 * three months are returned as the timeline); the date the arrears would reach the mandatory possession threshold under
 * the version of Housing Act 1988 Ground 8 in force on that date ({@link Ground8Version}), with the notice period; in
 * Scotland the confirmed absence of a mandatory ground for private tenancies; elsewhere an explicit "not modelled";
 * managed-payment eligibility and the third-party deduction band; and a risk level with every reason that raised it.
 */
public final class RentRiskAssessor {

    private static final RentRiskThresholds T = RentRiskThresholds.CURRENT;
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final LocalDate UC_BEGAN = LocalDate.of(2013, 4, 29);
    private static final Pence PLAUSIBLE_STANDARD_ALLOWANCE_LIMIT = Pence.ofPounds("2000");

    private RentRiskAssessor() {
    }

    /**
     * Assesses the risk.
     *
     * @throws InvalidInputException with every violation found, field paths as the caller named them; {@code
     *         assessmentDate} with {@code rates_not_available} before 6 April 2025
     */
    public static RentRiskAssessment assess(RentRiskRequest request) {
        validate(request);
        return new Work(request).run();
    }

    // ------------------------------------------------------------------------------------------------ validation

    private static void validate(RentRiskRequest r) {
        Violations v = new Violations();
        if (r == null) {
            v.add("request", "required", "an assessment request is required");
            v.throwIfAny();
            return;
        }
        LocalDate date = r.assessmentDate();
        if (date == null) {
            v.add("assessmentDate", "required", "the assessment date is required");
        } else if (date.isBefore(Ground8Version.RULES_FROM)) {
            v.add("assessmentDate", "rates_not_available",
                    "rent-risk rules are held only for assessment dates from " + Ground8Version.RULES_FROM);
        } else if (date.isAfter(LATEST)) {
            v.add("assessmentDate", "date_out_of_range", "the assessment date is too far in the future");
        }
        v.require(r.nation() != null, "nation", "required", "the nation the home is in is required");
        v.require(r.tenure() != null, "tenure", "required", "the tenure (private or social) is required");
        if (r.socialLandlord() != null && r.tenure() == Tenure.PRIVATE) {
            v.add("socialLandlord", "inconsistent_with_tenure", "a social landlord type applies only to social tenure");
        }
        boolean rentOk = true;
        if (r.rentPence() == null) {
            v.add("rentPence", "required", "the rent is required");
            rentOk = false;
        } else if (!r.rentPence().isPositive()) {
            v.add("rentPence", "must_be_positive", "the rent must be more than nil");
            rentOk = false;
        } else if (r.rentPence().isAboveInputLimit()) {
            v.requireWithinInputLimit(r.rentPence(), "rentPence");
            rentOk = false;
        }
        if (r.rentFrequency() == null) {
            v.add("rentFrequency", "required", "how often rent falls due is required");
            rentOk = false;
        }
        if (r.nextRentDueDate() == null) {
            v.add("nextRentDueDate", "required", "the next rent due date is required");
        } else if (date != null && r.rentFrequency() != null && (r.nextRentDueDate().isBefore(date)
                || r.nextRentDueDate().isAfter(step(date, r.rentFrequency(), 1)))) {
            v.add("nextRentDueDate", "not_next_due_date",
                    "the next rent due date must be on or after the assessment date and within one rent period of it");
        }
        if (r.arrearsPence() == null) {
            v.add("arrearsPence", "required", "the arrears are required (nil if none)");
        } else if (r.arrearsPence().isNegative()) {
            v.add("arrearsPence", "must_not_be_negative", "arrears cannot be negative; rent in credit is not arrears");
        } else if (r.arrearsPence().isAboveInputLimit()) {
            v.requireWithinInputLimit(r.arrearsPence(), "arrearsPence");
        } else if (rentOk && !r.largeArrearsAcknowledged()) {
            Pence limit = r.rentFrequency().toMonthly(r.rentPence()).times(T.plausibleArrearsMonths());
            if (r.arrearsPence().isGreaterThan(limit)) {
                v.add("arrearsPence", "implausible_without_acknowledgement", "arrears of more than "
                        + T.plausibleArrearsMonths() + " months' rent must be confirmed with largeArrearsAcknowledged");
            }
        }
        if (r.ucHousingElementMonthlyPence() != null && r.ucHousingElementMonthlyPence().isNegative()) {
            v.add("ucHousingElementMonthlyPence", "must_not_be_negative", "the housing element cannot be negative");
        }
        v.requireWithinInputLimit(r.ucHousingElementMonthlyPence(), "ucHousingElementMonthlyPence");
        if (r.ucPaymentDate() != null && r.ucAssessmentPeriodStartDate() != null) {
            v.add("ucPaymentDate", "ambiguous",
                    "give either the next UC payment date or an assessment period start date, not both");
        }
        boolean housing = r.ucHousingElementMonthlyPence() != null && r.ucHousingElementMonthlyPence().isPositive();
        if (housing && r.ucPaymentDate() == null && r.ucAssessmentPeriodStartDate() == null) {
            v.add("ucPaymentDate", "required",
                    "with a housing element, the next UC payment date or an assessment period start date is required");
        }
        if (r.ucPaymentDate() != null && date != null && (r.ucPaymentDate().isBefore(date)
                || r.ucPaymentDate().isAfter(date.plusMonths(1)))) {
            v.add("ucPaymentDate", "not_next_payment_date",
                    "the next UC payment date must be on or after the assessment date and within a month of it");
        }
        if (r.ucAssessmentPeriodStartDate() != null) {
            if (r.ucAssessmentPeriodStartDate().isBefore(UC_BEGAN)) {
                v.add("ucAssessmentPeriodStartDate", "before_universal_credit_began",
                        "the date is before Universal Credit began on 29 April 2013");
            } else if (date != null && r.ucAssessmentPeriodStartDate().isAfter(date)) {
                v.add("ucAssessmentPeriodStartDate", "after_assessment_date",
                        "give the start of an assessment period on or before the assessment date");
            }
        }
        if (r.tenantPaymentPerRentPeriodPence() != null && r.tenantPaymentPerRentPeriodPence().isNegative()) {
            v.add("tenantPaymentPerRentPeriodPence", "must_not_be_negative", "a payment cannot be negative");
        }
        v.requireWithinInputLimit(r.tenantPaymentPerRentPeriodPence(), "tenantPaymentPerRentPeriodPence");
        if (r.ucStandardAllowanceMonthlyPence() != null) {
            if (r.ucStandardAllowanceMonthlyPence().isNegative()) {
                v.add("ucStandardAllowanceMonthlyPence", "must_not_be_negative",
                        "the standard allowance cannot be negative");
            } else if (r.ucStandardAllowanceMonthlyPence().isGreaterThan(PLAUSIBLE_STANDARD_ALLOWANCE_LIMIT)) {
                v.add("ucStandardAllowanceMonthlyPence", "implausible",
                        "a monthly standard allowance above " + PLAUSIBLE_STANDARD_ALLOWANCE_LIMIT + " is not possible");
            }
        }
        v.throwIfAny();
    }

    /** The date {@code n} rent periods after {@code anchor} (months counted from the anchor, so the 31st is kept). */
    static LocalDate step(LocalDate anchor, RentFrequency frequency, int n) {
        return switch (frequency) {
            case WEEKLY -> anchor.plusWeeks(n);
            case TWO_WEEKLY -> anchor.plusWeeks(2L * n);
            case FOUR_WEEKLY -> anchor.plusWeeks(4L * n);
            case MONTHLY -> anchor.plusMonths(n);
            case THREE_MONTHLY -> anchor.plusMonths(3L * n);
            case YEARLY -> anchor.plusYears(n);
        };
    }

    // ------------------------------------------------------------------------------------------------ the work

    /** One projected event. */
    private record Event(LocalDate date, TimelineEvent kind, Pence amount) {
    }

    /** The regime for the mandatory threshold on one date. */
    private record Regime(ThresholdStatus status, Ground8Version version, String note, Rule rule) {
        static Regime version(Ground8Version v) {
            return new Regime(null, v, "", v == Ground8Version.RRA_2025 ? RentRiskRules.GROUND8_RRA
                    : RentRiskRules.GROUND8_BEFORE_RRA);
        }

        static Regime notModelled(String note) {
            return new Regime(ThresholdStatus.NOT_MODELLED, null, note, RentRiskRules.THRESHOLD_NOT_MODELLED);
        }
    }

    private static final class Work {
        final RentRiskRequest r;
        final ExplanationBuilder explanation = new ExplanationBuilder(RentRiskRules.RULESET_VERSION);
        final LocalDate date;
        final LocalDate horizon;
        final LocalDate timelineEnd;
        final Pence housing;
        final Pence tenantPayment;
        Ground8Version described;
        Pence initialDueSinceUc = Pence.ZERO;
        boolean pendingAssumed;
        final java.util.Map<Ground8Version, Regime> regimes = new java.util.IdentityHashMap<>();
        final java.util.Map<Ground8Version, BigDecimal> exactThresholds = new java.util.IdentityHashMap<>();

        Work(RentRiskRequest r) {
            this.r = r;
            this.date = r.assessmentDate();
            this.horizon = date.plusMonths(T.projectionMonths());
            this.timelineEnd = date.plusMonths(T.timelineMonths());
            this.housing = r.ucHousingElementMonthlyPence() == null ? Pence.ZERO : r.ucHousingElementMonthlyPence();
            this.tenantPayment = r.tenantPaymentPerRentPeriodPence() == null ? Pence.ZERO
                    : r.tenantPaymentPerRentPeriodPence();
        }

        RentRiskAssessment run() {
            RentFrequency frequency = r.rentFrequency();
            Pence monthlyRent = frequency.toMonthly(r.rentPence());
            explanation.step(RentRiskRules.MONTHLY_RENT, "Monthly equivalent of the rent (" + frequency.formula() + ", "
                            + frequency.paragraph() + ")",
                    List.of(Fact.of("rent", r.rentPence() + " " + frequency.name().toLowerCase().replace('_', '-')),
                            Fact.of("exact", frequency.exactMonthlyPence(r.rentPence())
                                    .setScale(4, RoundingMode.DOWN).toPlainString() + "p")),
                    monthlyRent + " a month", RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP);

            Pence shortfall = monthlyRent.minusFloorZero(housing);
            explanation.step(RentRiskRules.SHORTFALL, "Monthly shortfall = monthly rent - housing element",
                    List.of(Fact.of("monthly rent", monthlyRent), Fact.of("housing element", housing + " a month")),
                    shortfall + " a month");
            if (r.ucHousingElementMonthlyPence() == null) {
                explanation.assume("rent.no_housing_element", AssumptionSource.DEFAULTED,
                        "No Universal Credit housing element was given, so none is counted.");
            } else {
                explanation.assume("rent.housing_element_supplied", AssumptionSource.USER_SUPPLIED,
                        "The housing element is as supplied (from a Universal Credit estimate or award statement) and "
                                + "is assumed to reach the rent in full each month.");
            }

            BigDecimal inPeriods = r.arrearsPence().toBigDecimal()
                    .divide(r.rentPence().toBigDecimal(), 2, RoundingMode.DOWN);
            explanation.step(RentRiskRules.ARREARS_IN_PERIODS, "Arrears in rent periods = arrears / rent per period, "
                            + "cut to 2 decimal places",
                    List.of(Fact.of("arrears", r.arrearsPence()), Fact.of("rent per period", r.rentPence())),
                    inPeriods.toPlainString() + " rent periods");

            List<LocalDate> ucDates = ucPaymentDates();
            Integer gap = gap(ucDates);

            List<Event> events = events(ucDates);
            Projection projection = project(events, monthlyRent);
            List<TimelineEntry> timeline = projection.timeline;
            explanation.step(RentRiskRules.TIMELINE, "Project rent due, UC housing payments and the tenant's payments "
                            + "for " + T.timelineMonths() + " months (rent first on a shared day)",
                    List.of(Fact.of("opening arrears", r.arrearsPence()),
                            Fact.of("events in the timeline", timeline.size()),
                            Fact.of("tenant's payment each rent period", tenantPayment)),
                    timeline.isEmpty() ? "no events" : "balance " + timeline.get(timeline.size() - 1).balancePence()
                            + " after " + timeline.get(timeline.size() - 1).date());
            if (r.tenantPaymentPerRentPeriodPence() == null) {
                explanation.assume("rent.no_tenant_payment", AssumptionSource.DEFAULTED,
                        "No payment by the tenant from their own money was given, so none is projected.");
            }

            PossessionThreshold threshold = projection.threshold;
            ManagedPayment managed = managedPayment(monthlyRent);
            List<RiskReason> reasons = risk(shortfall, gap, managed, threshold);
            RiskLevel level = reasons.stream().map(RiskReason::raisesTo).max(Comparator.naturalOrder())
                    .orElse(RiskLevel.LOW);
            explanation.step(RentRiskRules.RISK_LEVEL, "The risk level is the highest raised by any reason",
                    reasons.stream().map(x -> Fact.of(x.ruleId(), x.raisesTo())).toList(), level);
            return new RentRiskAssessment(date, r.nation(), r.tenure(), frequency, monthlyRent, housing, shortfall,
                    r.arrearsPence(), inPeriods, gap, threshold, managed, timeline, level, reasons,
                    explanation.build());
        }

        // -------------------------------------------------------------------------------------------- UC dates

        List<LocalDate> ucPaymentDates() {
            List<LocalDate> dates = new ArrayList<>();
            if (r.ucPaymentDate() != null) {
                for (int k = 0; !r.ucPaymentDate().plusMonths(k).isAfter(horizon); k++) {
                    dates.add(r.ucPaymentDate().plusMonths(k));
                }
                explanation.step(RentRiskRules.UC_PAYMENT_DATES, "Universal Credit is paid monthly: the supplied next "
                                + "payment date, then the same day of each later month",
                        List.of(Fact.of("next payment (supplied)", r.ucPaymentDate())),
                        describeDates(dates));
                if (r.nation() == Nation.SCOTLAND) {
                    explanation.assume("rent.scottish_choices", AssumptionSource.DEFAULTED,
                            "In Scotland Universal Credit can be paid twice a month and the housing element paid "
                                    + "direct to the landlord (Scottish choices); the projection assumes one monthly "
                                    + "payment, with the housing element reaching the rent on the payment date.");
                }
                explanation.assume("rent.uc_same_day_each_month", AssumptionSource.INFERRED,
                        "Later Universal Credit payments are taken to fall on the same day of the month as the next "
                                + "one. A weekend or bank holiday brings a payment forward to the last working day "
                                + "before, so a real payment can be a few days earlier, never later.");
            } else if (r.ucAssessmentPeriodStartDate() != null) {
                AssessmentPeriod period = AssessmentPeriod.containing(r.ucAssessmentPeriodStartDate(),
                        later(r.ucAssessmentPeriodStartDate(), date.minusMonths(2)));
                boolean first = true;
                List<Integer> nominalYears = new ArrayList<>();
                while (true) {
                    LocalDate paid;
                    try {
                        PaymentTiming timing = UcPaymentTiming.forPeriod(period, r.nation());
                        paid = timing.paymentDate();
                        if (first && !paid.isBefore(date)) {
                            explanation.include(timing.explanation());
                            first = false;
                        }
                    } catch (InvalidInputException e) {
                        boolean calendar = e.violations().stream()
                                .anyMatch(x -> x.code().equals(BankHolidays.CALENDAR_NOT_AVAILABLE));
                        if (!calendar) {
                            throw e;
                        }
                        paid = period.end().plusDays(UcPaymentTiming.DAYS_AFTER_PERIOD_END);
                        if (!nominalYears.contains(paid.getYear())) {
                            nominalYears.add(paid.getYear());
                        }
                    }
                    if (paid.isAfter(horizon)) {
                        break;
                    }
                    if (!paid.isBefore(date)) {
                        dates.add(paid);
                    }
                    period = period.next();
                }
                explanation.step(RentRiskRules.UC_PAYMENT_DATES, "Universal Credit payment dates from the assessment "
                                + "periods, through the payment-timing engine",
                        List.of(Fact.of("an assessment period began", r.ucAssessmentPeriodStartDate()),
                                Fact.of("cycle day", r.ucAssessmentPeriodStartDate().getDayOfMonth())),
                        describeDates(dates));
                if (!nominalYears.isEmpty()) {
                    explanation.assume("rent.uc_dates_beyond_bank_holiday_calendar", AssumptionSource.UNCONFIRMED_RULE,
                            "Bank holidays are held only for " + BankHolidays.FIRST_YEAR + " to "
                                    + BankHolidays.LAST_YEAR + "; projected payments in " + nominalYears
                                    + " use the seventh day after the period without moving for weekends or holidays.");
                }
            }
            return dates;
        }

        String describeDates(List<LocalDate> dates) {
            List<LocalDate> shown = dates.stream().filter(d -> d.isBefore(timelineEnd)).toList();
            return shown.isEmpty() ? "no payment in the timeline" : "in the timeline: " + shown;
        }

        Integer gap(List<LocalDate> ucDates) {
            LocalDate due = r.nextRentDueDate();
            LocalDate paid = ucDates.stream().filter(d -> !d.isBefore(due)).findFirst().orElse(null);
            if (paid == null) {
                return null;
            }
            int days = (int) ChronoUnit.DAYS.between(due, paid);
            explanation.step(RentRiskRules.UC_GAP, "Days from the next rent due date to the first UC payment on or "
                            + "after it",
                    List.of(Fact.of("rent due", due), Fact.of("UC paid", paid)), days + " days");
            return days;
        }

        // -------------------------------------------------------------------------------------------- projection

        List<Event> events(List<LocalDate> ucDates) {
            List<Event> events = new ArrayList<>();
            for (int k = 0; ; k++) {
                LocalDate due = step(r.nextRentDueDate(), r.rentFrequency(), k);
                if (due.isAfter(horizon)) {
                    break;
                }
                events.add(new Event(due, TimelineEvent.RENT_DUE, r.rentPence()));
                if (tenantPayment.isPositive()) {
                    events.add(new Event(due, TimelineEvent.TENANT_PAYMENT, tenantPayment));
                }
            }
            if (housing.isPositive()) {
                for (LocalDate d : ucDates) {
                    events.add(new Event(d, TimelineEvent.UC_HOUSING_PAYMENT, housing));
                }
            }
            events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.kind().ordinal()));
            return events;
        }

        record Projection(List<TimelineEntry> timeline, PossessionThreshold threshold) {
        }

        Projection project(List<Event> events, Pence monthlyRent) {
            List<TimelineEntry> timeline = new ArrayList<>();
            Pence balance = r.arrearsPence();
            Pence dueSinceUc = initialDueSinceLastUc(events);
            Regime start = regimeAt(date);
            PossessionThreshold result = null;
            if (start.status() != null) {
                result = notReachable(start);
            } else if (!start.version().periodsUnpaid().containsKey(r.rentFrequency())) {
                result = notReachable(frequencyNotModelled(start.version()));
            } else {
                describeRegime(start, date);
                result = check(start, date, balance, dueSinceUc, true);
            }
            boolean commencementChecked = !date.isBefore(Ground8Version.RRA_COMMENCEMENT);
            for (Event e : events) {
                if (result == null && !commencementChecked && e.date().isAfter(Ground8Version.RRA_COMMENCEMENT)) {
                    commencementChecked = true;
                    result = checkAt(Ground8Version.RRA_COMMENCEMENT, balance, dueSinceUc);
                }
                switch (e.kind()) {
                    case RENT_DUE -> {
                        balance = balance.plus(e.amount());
                        dueSinceUc = dueSinceUc.plus(e.amount());
                    }
                    case UC_HOUSING_PAYMENT -> {
                        balance = balance.minus(e.amount());
                        dueSinceUc = Pence.ZERO;
                    }
                    case TENANT_PAYMENT -> balance = balance.minus(e.amount());
                }
                if (e.date().isBefore(timelineEnd)) {
                    timeline.add(new TimelineEntry(e.date(), e.kind(), e.amount(), balance));
                }
                if (result == null) {
                    if (!e.date().isBefore(Ground8Version.RRA_COMMENCEMENT)) {
                        commencementChecked = true;
                    }
                    result = checkAt(e.date(), balance, dueSinceUc);
                }
            }
            if (result == null) {
                Regime end = regimeAt(horizon);
                Pence monthlyChange = monthlyRent.minus(housing).minus(r.rentFrequency().toMonthly(tenantPayment));
                explanation.step(RentRiskRules.GROUND8_DATE, "The arrears do not reach the threshold within "
                                + T.projectionMonths() + " months on the projection",
                        List.of(Fact.of("projection to", horizon), Fact.of("balance then", balance),
                                Fact.of("monthly change in arrears (approximate)", monthlyChange)),
                        "not reached");
                result = new PossessionThreshold(ThresholdStatus.NOT_REACHED_WITHIN_HORIZON, null, ground(),
                        end.version() == null ? "" : end.version().regime(),
                        end.version() == null ? "" : end.version().descriptions().get(r.rentFrequency()),
                        end.version() == null ? null : thresholdAmount(end.version()), null, null,
                        end.version() == null ? null : end.version().noticePeriodDays(), null,
                        end.version() == null ? "" : end.version().legalReference(),
                        "On the amounts given the arrears do not reach the mandatory threshold within "
                                + T.projectionMonths() + " months.");
            }
            return new Projection(timeline, result);
        }

        /** Checks on a date during the projection; null when not reached and still modelled. */
        PossessionThreshold checkAt(LocalDate day, Pence balance, Pence dueSinceUc) {
            Regime regime = regimeAt(day);
            if (regime.status() != null) {
                return notReachableFrom(regime, day);
            }
            if (!regime.version().periodsUnpaid().containsKey(r.rentFrequency())) {
                return notReachableFrom(frequencyNotModelled(regime.version()), day);
            }
            if (regime.version() != described) {
                describeRegime(regime, day);
            }
            return check(regime, day, balance, dueSinceUc, false);
        }

        PossessionThreshold check(Regime regime, LocalDate day, Pence balance, Pence dueSinceUc, boolean atStart) {
            Ground8Version v = regime.version();
            BigDecimal exact = exactThresholds.computeIfAbsent(v,
                    x -> r.rentPence().toBigDecimal().multiply(x.periodsUnpaid().get(r.rentFrequency())));
            Pence disregard = Pence.ZERO;
            if (v.ucDisregard() && housing.isPositive() && balance.isPositive()) {
                disregard = Pence.min(Pence.min(dueSinceUc, housing), balance);
            }
            if (!pendingAssumed && v.ucDisregard() && housing.isPositive() && initialDueSinceUc.isPositive()) {
                pendingAssumed = true;
                explanation.assume("rent.uc_pending_at_start", AssumptionSource.INFERRED,
                        "Rent of " + initialDueSinceUc + " fell due after the last Universal Credit payment (taken as "
                                + "one month before the next) and before the assessment date; the arrears given are "
                                + "taken to include it, so it counts as awaiting the next payment.");
            }
            Pence counted = balance.minus(disregard);
            if (counted.toBigDecimal().compareTo(exact) < 0) {
                return null;
            }
            Pence amount = thresholdAmount(v);
            List<Fact> inputs = new ArrayList<>();
            inputs.add(Fact.of("rent per period", r.rentPence() + " " + r.rentFrequency().name().toLowerCase()
                    .replace('_', '-')));
            inputs.add(Fact.of("threshold", v.descriptions().get(r.rentFrequency()) + " = " + amount));
            inputs.add(Fact.of("arrears", balance));
            if (v.ucDisregard() && housing.isPositive()) {
                explanation.step(RentRiskRules.GROUND8_UC_DISREGARD, "Ignore rent unpaid only because the UC housing "
                                + "payment has not yet been received",
                        List.of(Fact.of("rent fallen due since the last UC payment", dueSinceUc),
                                Fact.of("housing element", housing), Fact.of("arrears", balance)),
                        disregard + " ignored");
                inputs.add(Fact.of("ignored (UC not yet received)", disregard));
            }
            LocalDate proceedings = day.plusDays(v.noticePeriodDays());
            explanation.step(RentRiskRules.GROUND8_DATE, atStart ? "The counted arrears are already at the threshold "
                            + "on the assessment date" : "The counted arrears first reach the threshold on " + day,
                    inputs, (atStart ? "already reached: " : "threshold date ") + day,
                    RoundingRule.UP_TO_PENNY);
            explanation.step(RentRiskRules.NOTICE_PERIOD, "Notice before proceedings on the rent grounds under the "
                            + "rules of " + day,
                    List.of(Fact.of("notice period", v.noticePeriodDays() + " days"), Fact.of("from", day)),
                    "earliest proceedings " + proceedings);
            String note = "Ground 8 needs the arrears at or above the threshold both when the notice is served and at "
                    + "the hearing: bringing them below it before the hearing defeats this mandatory ground "
                    + "(the discretionary rent grounds 10 and 11 remain).";
            if (v == Ground8Version.BEFORE_RRA_2025) {
                note += " A notice served before 1 May 2026 under the old rules must be followed by proceedings by "
                        + "the earlier of 12 months from service and 31 July 2026 (mackenziesmith.co.uk [S]).";
            }
            return new PossessionThreshold(atStart ? ThresholdStatus.ALREADY_REACHED : ThresholdStatus.PROJECTED, day,
                    ground(), v.regime(), v.descriptions().get(r.rentFrequency()), amount, counted, disregard,
                    v.noticePeriodDays(), proceedings, v.legalReference(), note);
        }

        Pence thresholdAmount(Ground8Version v) {
            return RoundingRule.UP_TO_PENNY.round(r.rentPence().toBigDecimal()
                    .multiply(v.periodsUnpaid().get(r.rentFrequency())));
        }

        void describeRegime(Regime regime, LocalDate day) {
            Ground8Version v = regime.version();
            described = v;
            explanation.step(regime.rule(), "The version of Ground 8 in force on " + day + " for this tenancy",
                    List.of(Fact.of("nation", r.nation()), Fact.of("tenure", r.tenure()
                                    + (r.socialLandlord() == null ? "" : " (" + r.socialLandlord() + ")")),
                            Fact.of("rent frequency", r.rentFrequency()),
                            Fact.of("threshold", v.descriptions().get(r.rentFrequency()))),
                    thresholdAmount(v) + " (" + v.periodsUnpaid().get(r.rentFrequency()).toPlainString()
                            + " x " + r.rentPence() + ", rounded up)", RoundingRule.UP_TO_PENNY);
            if (v.confidence() != SourceConfidence.PRIMARY) {
                explanation.assume("rent." + v.id() + ".secondary_source", AssumptionSource.UNCONFIRMED_RULE,
                        "The " + v.regime() + " threshold was settled from specialist secondary sources, not read in "
                                + "the statute itself: " + v.legalReference());
            }
        }

        PossessionThreshold notReachable(Regime regime) {
            explanation.step(regime.rule(), regime.status() == ThresholdStatus.NO_MANDATORY_GROUND
                            ? "No mandatory rent-arrears ground applies to this tenancy"
                            : "The mandatory possession threshold is not modelled for this tenancy",
                    List.of(Fact.of("nation", r.nation()), Fact.of("tenure", r.tenure()
                                    + (r.socialLandlord() == null ? "" : " (" + r.socialLandlord() + ")")),
                            Fact.of("rent frequency", r.rentFrequency()), Fact.of("date", date)),
                    regime.note());
            return new PossessionThreshold(regime.status(), null, "", "", "", null, null, null, null, null,
                    regime.rule().legalReference(), regime.note());
        }

        PossessionThreshold notReachableFrom(Regime regime, LocalDate day) {
            String note = "Not reached before " + day + "; from then: " + regime.note();
            explanation.step(regime.rule(), "The rules change on " + day + " to ones Hearth does not model",
                    List.of(Fact.of("date", day), Fact.of("tenure", r.tenure()
                            + (r.socialLandlord() == null ? "" : " (" + r.socialLandlord() + ")"))), note);
            return new PossessionThreshold(regime.status(), null, "", "", "", null, null, null, null, null,
                    regime.rule().legalReference(), note);
        }

        Regime frequencyNotModelled(Ground8Version v) {
            String why = switch (r.rentFrequency()) {
                case FOUR_WEEKLY -> "four-weekly rent is not named in Ground 8 (weekly or fortnightly; monthly), so "
                        + "the threshold is not modelled for it";
                case THREE_MONTHLY, YEARLY -> v == Ground8Version.RRA_2025
                        ? "the quarterly and yearly limbs are omitted by the 2025 Act and rent periods longer than a "
                        + "month no longer have effect (HA 1988 s.4A as inserted by RRA 2025 s.1), so the threshold is "
                        + "not modelled"
                        : "the quarterly and yearly limbs depend on how long the rent has been unpaid, which this "
                        + "engine does not track, so the threshold is not modelled";
                default -> "not modelled";
            };
            return Regime.notModelled(why);
        }

        String ground() {
            return "Housing Act 1988 Sch 2 Ground 8";
        }

        /** Rent fallen due since the last UC payment before the assessment date (for the amended Ground 8). */
        Pence initialDueSinceLastUc(List<Event> events) {
            LocalDate firstUc = events.stream().filter(e -> e.kind() == TimelineEvent.UC_HOUSING_PAYMENT)
                    .map(Event::date).findFirst().orElse(null);
            if (firstUc == null) {
                return Pence.ZERO;
            }
            LocalDate previousUc = firstUc.minusMonths(1);
            Pence due = Pence.ZERO;
            for (int k = 1; k < 400; k++) {
                LocalDate d = step(r.nextRentDueDate(), r.rentFrequency(), -k);
                if (!d.isAfter(previousUc)) {
                    break;
                }
                if (d.isBefore(date)) {
                    due = due.plus(r.rentPence());
                }
            }
            initialDueSinceUc = due;
            return due;
        }

        Regime regimeAt(LocalDate day) {
            Nation nation = r.nation();
            if (nation == Nation.SCOTLAND) {
                return r.tenure() == Tenure.PRIVATE
                        ? new Regime(ThresholdStatus.NO_MANDATORY_GROUND, null, "In Scotland every eviction ground for "
                        + "a private residential tenancy, including rent arrears (Sch 3 ground 12), is discretionary: "
                        + "the First-tier Tribunal must also be satisfied it is reasonable to evict. There is no "
                        + "mandatory threshold; arrears still put the tenancy at risk.",
                        RentRiskRules.SCOTLAND_NO_MANDATORY_GROUND)
                        : Regime.notModelled("Scottish social tenancies (Scottish secure tenancies) were not "
                        + "researched, so no possession threshold is modelled.");
            }
            if (nation == Nation.WALES) {
                return Regime.notModelled("Wales has its own regime (Renting Homes (Wales) Act 2016: occupation "
                        + "contracts; a serious rent arrears ground for standard contracts in ss.181 and 187). Its "
                        + "statutory text was not read, so the threshold is not modelled for Wales.");
            }
            if (nation == Nation.NORTHERN_IRELAND) {
                return Regime.notModelled("Northern Ireland possession law was not researched, so no threshold is "
                        + "modelled.");
            }
            if (r.tenure() == Tenure.SOCIAL) {
                if (r.socialLandlord() == null) {
                    return Regime.notModelled("The social landlord type was not given: a council tenancy is normally "
                            + "a secure tenancy (Housing Act 1985), a housing association tenancy an assured tenancy "
                            + "(Housing Act 1988), and the rules differ.");
                }
                if (r.socialLandlord() == SocialLandlord.LOCAL_AUTHORITY) {
                    return Regime.notModelled("A council tenancy is normally a secure tenancy under the Housing Act "
                            + "1985, outside Housing Act 1988 Ground 8; secure-tenancy possession grounds were not "
                            + "researched, so no threshold is modelled.");
                }
                return Ground8Version.inForce(day, false).map(this::regimeOf)
                        .orElseGet(() -> Regime.notModelled("The Renters' Rights Act 2025 changes came into force on "
                                + "1 May 2026 only for assured tenancies that are not social housing (SI 2026/421 "
                                + "reg 2); when they apply to housing association tenancies was not confirmed, so the "
                                + "threshold is not modelled for them from that date."));
            }
            return Ground8Version.inForce(day, true).map(this::regimeOf)
                    .orElseGet(() -> Regime.notModelled("no Ground 8 version is held for this date"));
        }

        Regime regimeOf(Ground8Version v) {
            return regimes.computeIfAbsent(v, Regime::version);
        }

        // -------------------------------------------------------------------------------------------- managed payment

        ManagedPayment managedPayment(Pence monthlyRent) {
            Pence oneMonth = monthlyRent.times(T.apaRepeatedUnderpaymentMonths());
            Pence twoMonths = monthlyRent.times(T.apaArrearsMonths());
            boolean twoMonthLevel = !r.arrearsPence().isLessThan(twoMonths);
            boolean repeated = r.repeatedUnderpayment() && !r.arrearsPence().isLessThan(oneMonth);
            boolean requestable = twoMonthLevel || repeated;
            String basis = twoMonthLevel ? "arrears of at least " + T.apaArrearsMonths() + " months' rent ("
                    + twoMonths + ")"
                    : repeated ? "repeated underpayment with arrears of at least one month's rent (" + oneMonth + ")"
                    : "arrears below " + twoMonths + " (2 months' rent)" + (r.repeatedUnderpayment()
                    ? " and below one month's rent" : " and no repeated underpayment given");
            explanation.step(RentRiskRules.MANAGED_PAYMENT, "Can the landlord ask DWP to pay the housing element to "
                            + "them?",
                    List.of(Fact.of("arrears", r.arrearsPence()), Fact.of("2 months' rent", twoMonths),
                            Fact.of("repeated underpayment", r.repeatedUnderpayment())),
                    requestable ? "yes: " + basis : "no: " + basis);
            explanation.assume("rent.managed_payment_monthly_measure", AssumptionSource.INFERRED,
                    "\"Two months' rent\" is measured as twice the monthly equivalent of the rent, for every rent "
                            + "frequency; DWP's own guidance was not read.");
            Pence min = null;
            Pence max = null;
            if (r.ucStandardAllowanceMonthlyPence() != null) {
                BigDecimal sa = r.ucStandardAllowanceMonthlyPence().toBigDecimal();
                min = RoundingRule.UP_TO_PENNY.round(sa.multiply(T.deductionMinimumRate()));
                max = RoundingRule.DOWN_TO_PENNY.round(sa.multiply(T.deductionMaximumRate()));
                explanation.step(RentRiskRules.DEDUCTION_BAND, "Third-party deduction band: 10% (rounded up) to 20% "
                                + "(rounded down) of the standard allowance",
                        List.of(Fact.of("standard allowance", r.ucStandardAllowanceMonthlyPence() + " a month"),
                                Fact.of("10%", sa.multiply(T.deductionMinimumRate()).toPlainString() + "p"),
                                Fact.of("20%", sa.multiply(T.deductionMaximumRate()).toPlainString() + "p")),
                        min + " to " + max + " a month" + (twoMonthLevel ? "" : " (not yet available: arrears below "
                                + "2 months' rent)"), RoundingRule.UP_TO_PENNY);
                explanation.assume("rent.deduction_band_rounding_and_cap", AssumptionSource.UNCONFIRMED_RULE,
                        "The band's rounding (minimum up, maximum down) is Hearth's choice; how the rent-arrears "
                                + "deduction sits with the 15% overall cap on deductions from 30 April 2025 (it is a "
                                + "'last resort' deduction that may exceed it) was not confirmed in DWP guidance.");
            }
            String note = "Rent-arrears deductions are described as 'last resort' deductions that can go above the 15% "
                    + "overall cap (SI 2025/387 Explanatory Memorandum via PolicyEngine) [U]. DWP's Alternative "
                    + "Payment Arrangements guidance was not read directly.";
            return new ManagedPayment(requestable, basis, twoMonths, twoMonthLevel, min, max, note);
        }

        // -------------------------------------------------------------------------------------------- risk

        List<RiskReason> risk(Pence shortfall, Integer gap, ManagedPayment managed, PossessionThreshold threshold) {
            List<RiskReason> reasons = new ArrayList<>();
            if (shortfall.isPositive()) {
                reasons.add(reason(RentRiskRules.RISK_SHORTFALL, RiskLevel.MEDIUM, "The housing element leaves "
                        + shortfall + " a month of rent to find."));
            }
            if (gap != null && gap >= T.ucGapDays()) {
                reasons.add(reason(RentRiskRules.RISK_UC_GAP, RiskLevel.MEDIUM, "Rent falls due " + gap
                        + " days before the next Universal Credit payment: unless money from the previous payment is "
                        + "kept for it, the rent is paid late every month. Asking the landlord to move the due date "
                        + "can help."));
            }
            if (r.arrearsPence().isPositive()) {
                reasons.add(reason(RentRiskRules.RISK_ARREARS, RiskLevel.MEDIUM, "There are arrears of "
                        + r.arrearsPence() + "."));
            }
            if (managed.thirdPartyDeductionAvailable()) {
                reasons.add(reason(RentRiskRules.RISK_MANAGED_PAYMENT_LEVEL, RiskLevel.HIGH, "Arrears are at least "
                        + "2 months' rent (" + managed.twoMonthsRentPence() + "): the landlord can ask DWP for direct "
                        + "payment and a deduction."));
            }
            if (threshold.status() == ThresholdStatus.ALREADY_REACHED) {
                reasons.add(reason(RentRiskRules.RISK_THRESHOLD_IMMINENT, RiskLevel.CRITICAL, "The arrears are at the "
                        + "mandatory possession threshold (" + threshold.thresholdDescription() + ") now."));
            } else if (threshold.status() == ThresholdStatus.PROJECTED) {
                long days = ChronoUnit.DAYS.between(date, threshold.thresholdDate());
                if (days <= T.criticalWindowDays()) {
                    reasons.add(reason(RentRiskRules.RISK_THRESHOLD_IMMINENT, RiskLevel.CRITICAL, "The arrears reach "
                            + "the mandatory possession threshold on " + threshold.thresholdDate() + ", in " + days
                            + " days."));
                } else if (threshold.thresholdDate().isBefore(timelineEnd)) {
                    reasons.add(reason(RentRiskRules.RISK_THRESHOLD_WITHIN_TIMELINE, RiskLevel.HIGH, "The arrears "
                            + "reach the mandatory possession threshold on " + threshold.thresholdDate()
                            + ", within " + T.timelineMonths() + " months."));
                }
            }
            for (RiskReason reason : reasons) {
                Rule rule = RentRiskRules.all().stream().filter(x -> x.id().equals(reason.ruleId())).findFirst()
                        .orElseThrow();
                explanation.step(rule, reason.reason(), List.of(), "raises to " + reason.raisesTo());
            }
            return reasons;
        }

        RiskReason reason(Rule rule, RiskLevel level, String text) {
            return new RiskReason(rule.id(), level, text);
        }

        static LocalDate later(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
