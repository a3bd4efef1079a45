package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.rates.DatedValue;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.rates.UcRuleFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Deductions from the award (C&P Regs Sch 6; DWP deductions policy): the overall cap, last-resort deductions above it,
 * the rent arrears band, at most three third-party deductions, at least 1p paid, in Hearth's assumed priority order.
 */
final class DeductionRules {

    private static final RoundingRule HALF_UP = RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP;

    private static final Assumption ORDER_AND_CAP_POLICY = new Assumption(
            "uc.deductions.order_and_cap_policy", AssumptionSource.UNCONFIRMED_RULE,
            "Deductions are applied in Hearth's assumed priority order (rent arrears, fuel, child maintenance, "
                    + "advance, council tax, fines, water, overpayments, HMRC debts, other); last-resort deductions "
                    + "count towards the overall cap but may exceed it; percentages of the standard allowance are "
                    + "rounded to the nearest penny as in UC Regs reg 6(1). DWP's current Deductions guidance, which "
                    + "sets the order and the cap as policy, was not read.");

    private static final Assumption CHILD_MAINTENANCE_AFTER_APRIL_2026 = new Assumption(
            "uc.deductions.child_maintenance_after_april_2026", AssumptionSource.UNCONFIRMED_RULE,
            "Child maintenance may exceed the overall cap only for periods starting before 30 April "
                    + "2026 (SI 2025/387); after that it is treated as inside the cap, which was not confirmed.");

    private DeductionRules() {
    }

    /**
     * Applies the requested deductions in priority order. C&P Regs Sch 6 para 3(1)(a): none from a nil award, and at
     * least 1p is paid. DWP policy: deductions other than last-resort ones are limited to the overall cap (a share of
     * the standard allowance, rounded half-up); rent arrears, fuel and (before 30 April 2026) child maintenance may
     * take the total above it. Para 3(1)(b), (2): at most three third-party deductions.
     */
    static List<DeductionLine> deductions(UcCalculation c, Pence award) {
        List<DeductionRequest> requested = c.request.deductions();
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
            c.explain.step(UcRules.DEDUCTIONS_MINIMUM_PAYMENT, "No deductions: there is no award to deduct from",
                    List.of(new Fact("deductions requested", String.valueOf(requested.size()))), Pence.ZERO.toString());
            return lines;
        }
        Pence cap = overallCap(c);
        c.explain.assume(ORDER_AND_CAP_POLICY);
        boolean maintenanceAboveCap = c.start.isBefore(UcRatesSchedule.CHILD_MAINTENANCE_ABOVE_CAP_UNTIL.value());
        List<DeductionRequest> ordered = inPriorityOrder(c, requested);
        int thirdPartyMaximum = UcRuleFigures.THIRD_PARTY_DEDUCTIONS_MAXIMUM.value();
        long room = award.value() - 1; // C&P Regs Sch 6 para 3(1)(a): at least 1p must remain
        long taken = 0;
        int thirdParty = 0;
        for (DeductionRequest r : ordered) {
            DeductionType type = r.type();
            Pence asked = r.amountPence();
            String note = "";
            Rule rule = UcRules.DEDUCTIONS_OVERALL_CAP;
            if (type == DeductionType.RENT_ARREARS) {
                Band band = rentArrearsBand(c, asked);
                asked = band.amount();
                note = band.note();
                rule = UcRules.DEDUCTIONS_RENT_ARREARS_BAND;
            }
            long want = asked.value();
            long applied;
            if (type.isThirdParty() && thirdParty >= thirdPartyMaximum) {
                applied = 0;
                note = join(note, "not taken: no more than " + inWords(thirdPartyMaximum)
                        + " third-party deductions in a period");
                rule = UcRules.DEDUCTIONS_THIRD_PARTY_LIMIT;
            } else {
                boolean aboveCap = type.isLastResort() || (type == DeductionType.CHILD_MAINTENANCE && maintenanceAboveCap);
                long limit = want;
                if (aboveCap) {
                    rule = UcRules.DEDUCTIONS_LAST_RESORT;
                } else {
                    long capRoom = Math.max(0, cap.value() - taken);
                    if (capRoom < want) {
                        limit = capRoom;
                        note = join(note, "limited by the overall cap");
                        rule = UcRules.DEDUCTIONS_OVERALL_CAP;
                    }
                    if (type == DeductionType.CHILD_MAINTENANCE) {
                        c.explain.assume(CHILD_MAINTENANCE_AFTER_APRIL_2026);
                    }
                }
                long floorRoom = Math.max(0, room - taken);
                if (floorRoom < limit) {
                    limit = floorRoom;
                    note = join(note, "limited so that at least 1p is paid");
                    rule = UcRules.DEDUCTIONS_MINIMUM_PAYMENT;
                }
                applied = limit;
                if (type.isThirdParty() && applied > 0) {
                    thirdParty++;
                }
            }
            taken += applied;
            lines.add(new DeductionLine(type, asked, Pence.of(applied), note, rule.id()));
            c.explain.step(rule, type.description() + (note.isEmpty() ? "" : ": " + note),
                    List.of(new Fact("requested", asked.toString()), new Fact("legal basis", type.legalReference()),
                            new Fact("deducted before this one", Pence.of(taken - applied).toString())),
                    Pence.of(applied).toString());
        }
        return lines;
    }

    /** The overall cap: the policy share of the standard allowance in force at the start of the period, half-up. */
    private static Pence overallCap(UcCalculation c) {
        DatedValue<BigDecimal> capRate = UcRatesSchedule.DEDUCTIONS_OVERALL_CAP.entryAt(c.start);
        if (capRate == null) {
            throw new IllegalStateException("no deductions cap for " + c.start + ": the rates data is incomplete");
        }
        Pence cap = HALF_UP.roundProduct(c.standardAllowance, capRate.value());
        c.explain.step(UcRules.DEDUCTIONS_OVERALL_CAP, "Overall cap on deductions other than last-resort ones",
                List.of(new Fact("standard allowance", c.standardAllowance.toString()),
                        new Fact("cap rate from " + capRate.from(), Prose.percent(capRate.value()))),
                cap.toString(), HALF_UP);
        return cap;
    }

    /** The requests in {@link DeductionType} declaration order (Hearth's assumed priority), with a step when two or more. */
    private static List<DeductionRequest> inPriorityOrder(UcCalculation c, List<DeductionRequest> requested) {
        List<DeductionRequest> ordered = new ArrayList<>(requested);
        ordered.sort(Comparator.comparingInt(r -> r.type().ordinal()));
        if (ordered.size() > 1) {
            StringBuilder order = new StringBuilder();
            for (DeductionRequest r : ordered) {
                order.append(order.length() == 0 ? "" : ", ").append(r.type().name().toLowerCase(Locale.ROOT));
            }
            c.explain.step(UcRules.DEDUCTIONS_ORDER, "Deductions are applied in priority order, so that those that do not "
                            + "fit under the cap or above the 1p floor are the lowest priority",
                    List.of(new Fact("deductions requested", String.valueOf(ordered.size()))), order.toString());
        }
        return ordered;
    }

    /** A rent arrears deduction brought within its band, and the note saying how. */
    private record Band(Pence amount, String note) {
    }

    /**
     * C&P Regs Sch 6 para 7 (SI 2014/2888 reg 6(2)(c)): a rent arrears deduction of at least 10% and at most 20% of the
     * standard allowance; 10% when no amount is asked for.
     */
    private static Band rentArrearsBand(UcCalculation c, Pence asked) {
        BigDecimal minimumRate = UcRuleFigures.RENT_ARREARS_MINIMUM.value();
        BigDecimal maximumRate = UcRuleFigures.RENT_ARREARS_MAXIMUM.value();
        String minimumShare = Prose.percent(minimumRate) + " of the standard allowance";
        String maximumShare = Prose.percent(maximumRate) + " of the standard allowance";
        Pence min = HALF_UP.roundProduct(c.standardAllowance, minimumRate);
        Pence max = HALF_UP.roundProduct(c.standardAllowance, maximumRate);
        Band band;
        if (asked == null) {
            band = new Band(min, "set at the minimum of " + minimumShare);
        } else if (asked.isLessThan(min)) {
            band = new Band(min, "raised to the minimum of " + minimumShare);
        } else if (asked.isGreaterThan(max)) {
            band = new Band(max, "limited to the maximum of " + maximumShare);
        } else {
            band = new Band(asked, "");
        }
        c.explain.step(UcRules.DEDUCTIONS_RENT_ARREARS_BAND, "Rent arrears deduction within " + Prose.percent(minimumRate)
                        + " to " + maximumShare,
                List.of(new Fact("requested", asked == null ? "not given" : asked.toString()),
                        new Fact(minimumShare, min.toString()),
                        new Fact(maximumShare, max.toString())),
                band.amount().toString(), HALF_UP);
        return band;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /** A small count as explanation text writes it ("three"). */
    private static String inWords(int count) {
        return switch (count) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            case 4 -> "four";
            case 5 -> "five";
            default -> String.valueOf(count);
        };
    }
}
