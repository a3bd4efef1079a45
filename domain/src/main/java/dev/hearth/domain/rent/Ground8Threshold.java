package dev.hearth.domain.rent;

import dev.hearth.domain.debt.SourceConfidence;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mandatory possession threshold, checked on each day of the projection ({@link RentProjection}):
 * <ul>
 *   <li>{@code rent.ground8.before_rra_2025} / {@code rent.ground8.rra_2025}: the threshold of the Ground 8 version in
 *       force that day, {@link Ground8Version#periodsUnpaid()} x the rent per period, rounded up to the penny;</li>
 *   <li>{@code rent.ground8.uc_disregard}: under the amended Ground 8 (Renters' Rights Act 2025 Sch 1), rent unpaid only
 *       because a UC housing payment has not yet been received is ignored: the rent fallen due since the last UC
 *       payment, up to one housing element;</li>
 *   <li>{@code rent.ground8.threshold_date}: the first day the counted arrears are at least the threshold;</li>
 *   <li>{@code rent.ground8.notice_period}: the earliest proceedings date is that day plus the version's
 *       {@link Ground8Version#noticePeriodDays()} (HA 1988 s.8);</li>
 *   <li>{@code rent.threshold.not_modelled} / {@code rent.threshold.scotland_private_discretionary}: where no version
 *       applies ({@link ThresholdRegime}).</li>
 * </ul>
 * One instance serves one assessment: it remembers which version it has described and whether the pending-UC
 * assumption has been recorded, so each appears once in the explanation.
 */
final class Ground8Threshold {

    static final String GROUND = "Housing Act 1988 Sch 2 Ground 8";

    private final RentCase c;
    private final ExplanationBuilder explanation;
    private final Pence initialDueSinceUc;
    private Ground8Version described;
    private boolean pendingAssumed;

    /**
     * @param initialDueSinceUc rent fallen due after the last UC payment before the assessment date, taken to be in
     *                          the arrears given ({@link RentProjection#dueSinceLastUcBeforeStart})
     */
    Ground8Threshold(RentCase c, ExplanationBuilder explanation, Pence initialDueSinceUc) {
        this.c = c;
        this.explanation = explanation;
        this.initialDueSinceUc = initialDueSinceUc;
    }

    /** On the assessment date: already reached, not modelled, or null when not reached yet. */
    PossessionThreshold onAssessmentDate(Pence balance, Pence dueSinceUc) {
        ThresholdRegime start = ThresholdRegime.applying(c.request(), c.date());
        if (start.status() != null) {
            return notReachable(start);
        }
        if (!start.coversFrequency(c.request())) {
            return notReachable(ThresholdRegime.frequencyNotModelled(c.request(), start.version()));
        }
        describeVersion(start, c.date());
        return check(start, c.date(), balance, dueSinceUc, true);
    }

    /** On a later day of the projection: projected, no longer modelled, or null when not reached and still modelled. */
    PossessionThreshold onDay(LocalDate day, Pence balance, Pence dueSinceUc) {
        ThresholdRegime regime = ThresholdRegime.applying(c.request(), day);
        if (regime.status() != null) {
            return notReachableFrom(regime, day);
        }
        if (!regime.coversFrequency(c.request())) {
            return notReachableFrom(ThresholdRegime.frequencyNotModelled(c.request(), regime.version()), day);
        }
        if (regime.version() != described) {
            describeVersion(regime, day);
        }
        return check(regime, day, balance, dueSinceUc, false);
    }

    /** Not reached by the end of the projection: the threshold under the version in force then, if any. */
    PossessionThreshold notReachedWithinHorizon(Pence balance, Pence monthlyRent) {
        RentRiskThresholds t = c.thresholds();
        Ground8Version end = ThresholdRegime.applying(c.request(), c.horizon()).version();
        Pence monthlyChange = monthlyRent.minus(c.housing()).minus(c.frequency().toMonthly(c.tenantPayment()));
        explanation.step(RentRiskRules.GROUND8_DATE, "The arrears do not reach the threshold within "
                        + t.projectionMonths() + " months on the projection",
                List.of(Fact.of("projection to", c.horizon()), Fact.of("balance then", balance),
                        Fact.of("monthly change in arrears (approximate)", monthlyChange)),
                "not reached");
        return new PossessionThreshold(ThresholdStatus.NOT_REACHED_WITHIN_HORIZON, null, GROUND,
                end == null ? "" : end.regime(),
                end == null ? "" : end.descriptions().get(c.frequency()),
                end == null ? null : thresholdAmount(end), null, null,
                end == null ? null : end.noticePeriodDays(), null,
                end == null ? "" : end.legalReference(),
                "On the amounts given the arrears do not reach the mandatory threshold within "
                        + t.projectionMonths() + " months.");
    }

    /** The threshold in pence: periods unpaid x rent per period, rounded up to the least whole penny that meets it. */
    Pence thresholdAmount(Ground8Version v) {
        return RoundingRule.UP_TO_PENNY.round(exactThreshold(v));
    }

    private BigDecimal exactThreshold(Ground8Version v) {
        return c.rent().toBigDecimal().multiply(v.periodsUnpaid().get(c.frequency()));
    }

    /** {@code rent.ground8.uc_disregard}: rent fallen due since the last UC payment, up to one housing element. */
    private Pence ucDisregard(Ground8Version v, Pence balance, Pence dueSinceUc) {
        if (v.ucDisregard() && c.housing().isPositive() && balance.isPositive()) {
            return Pence.min(Pence.min(dueSinceUc, c.housing()), balance);
        }
        return Pence.ZERO;
    }

    private PossessionThreshold check(ThresholdRegime regime, LocalDate day, Pence balance, Pence dueSinceUc,
                                      boolean atStart) {
        Ground8Version v = regime.version();
        boolean disregardApplies = v.ucDisregard() && c.housing().isPositive();
        Pence disregard = ucDisregard(v, balance, dueSinceUc);
        if (!pendingAssumed && disregardApplies && initialDueSinceUc.isPositive()) {
            pendingAssumed = true;
            explanation.assume("rent.uc_pending_at_start", AssumptionSource.INFERRED,
                    "Rent of " + initialDueSinceUc + " fell due after the last Universal Credit payment (taken as "
                            + "one month before the next) and before the assessment date; the arrears given are "
                            + "taken to include it, so it counts as awaiting the next payment.");
        }
        Pence counted = balance.minus(disregard);
        if (counted.toBigDecimal().compareTo(exactThreshold(v)) < 0) {
            return null;
        }
        Pence amount = thresholdAmount(v);
        String description = v.descriptions().get(c.frequency());
        List<Fact> inputs = new ArrayList<>();
        inputs.add(Fact.of("rent per period", c.rent() + " " + c.frequency().name().toLowerCase().replace('_', '-')));
        inputs.add(Fact.of("threshold", description + " = " + amount));
        inputs.add(Fact.of("arrears", balance));
        if (disregardApplies) {
            explanation.step(RentRiskRules.GROUND8_UC_DISREGARD, "Ignore rent unpaid only because the UC housing "
                            + "payment has not yet been received",
                    List.of(Fact.of("rent fallen due since the last UC payment", dueSinceUc),
                            Fact.of("housing element", c.housing()), Fact.of("arrears", balance)),
                    disregard + " ignored");
            inputs.add(Fact.of("ignored (UC not yet received)", disregard));
        }
        LocalDate proceedings = day.plusDays(v.noticePeriodDays());
        explanation.step(RentRiskRules.GROUND8_DATE, atStart ? "The counted arrears are already at the threshold "
                        + "on the assessment date" : "The counted arrears first reach the threshold on " + day,
                inputs, (atStart ? "already reached: " : "threshold date ") + day, RoundingRule.UP_TO_PENNY);
        explanation.step(RentRiskRules.NOTICE_PERIOD, "Notice before proceedings on the rent grounds under the "
                        + "rules of " + day,
                List.of(Fact.of("notice period", v.noticePeriodDays() + " days"), Fact.of("from", day)),
                "earliest proceedings " + proceedings);
        String note = "Ground 8 needs the arrears at or above the threshold both when the notice is served and at "
                + "the hearing: bringing them below it before the hearing defeats this mandatory ground "
                + "(the discretionary rent grounds 10 and 11 remain).";
        if (v == Ground8Version.BEFORE_RRA_2025) {
            note += " " + Ground8Transition.RRA_2025.note();
        }
        return new PossessionThreshold(atStart ? ThresholdStatus.ALREADY_REACHED : ThresholdStatus.PROJECTED, day,
                GROUND, v.regime(), description, amount, counted, disregard, v.noticePeriodDays(), proceedings,
                v.legalReference(), note);
    }

    /** {@code rent.ground8.*}: the version in force on {@code day}, stated once each time it changes. */
    private void describeVersion(ThresholdRegime regime, LocalDate day) {
        Ground8Version v = regime.version();
        described = v;
        explanation.step(regime.rule(), "The version of Ground 8 in force on " + day + " for this tenancy",
                List.of(Fact.of("nation", c.request().nation()), Fact.of("tenure", c.tenureText()),
                        Fact.of("rent frequency", c.frequency()),
                        Fact.of("threshold", v.descriptions().get(c.frequency()))),
                thresholdAmount(v) + " (" + v.periodsUnpaid().get(c.frequency()).toPlainString()
                        + " x " + c.rent() + ", rounded up)", RoundingRule.UP_TO_PENNY);
        if (v.confidence() != SourceConfidence.PRIMARY) {
            explanation.assume("rent." + v.id() + ".secondary_source", AssumptionSource.UNCONFIRMED_RULE,
                    "The " + v.regime() + " threshold was settled from specialist secondary sources, not read in "
                            + "the statute itself: " + v.legalReference());
        }
    }

    private PossessionThreshold notReachable(ThresholdRegime regime) {
        explanation.step(regime.rule(), regime.status() == ThresholdStatus.NO_MANDATORY_GROUND
                        ? "No mandatory rent-arrears ground applies to this tenancy"
                        : "The mandatory possession threshold is not modelled for this tenancy",
                List.of(Fact.of("nation", c.request().nation()), Fact.of("tenure", c.tenureText()),
                        Fact.of("rent frequency", c.frequency()), Fact.of("date", c.date())),
                regime.note());
        return new PossessionThreshold(regime.status(), null, "", "", "", null, null, null, null, null,
                regime.rule().legalReference(), regime.note());
    }

    private PossessionThreshold notReachableFrom(ThresholdRegime regime, LocalDate day) {
        String note = "Not reached before " + day + "; from then: " + regime.note();
        explanation.step(regime.rule(), "The rules change on " + day + " to ones Hearth does not model",
                List.of(Fact.of("date", day), Fact.of("tenure", c.tenureText())), note);
        return new PossessionThreshold(regime.status(), null, "", "", "", null, null, null, null, null,
                regime.rule().legalReference(), note);
    }
}
