package dev.hearth.domain.debt;

import dev.hearth.domain.rates.Confidence;
import dev.hearth.domain.rates.Sourced;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What each kind of enforcement event threatens next, how soon, and when it stops counting: the figures behind
 * {@code debt.enforcement.urgency} and {@code debt.enforcement.stale}. Each figure carries its source and confidence
 * (marks as in {@code uk-rules.md}); none is invented: a period not found in a source read is stated as
 * {@link Confidence#UNCONFIRMED} or {@link Confidence#DERIVED} with the reasoning.
 *
 * <p>Severity orders the next irreversible step: 7 the home lost on a set date; 6 eviction by bailiffs at any time, or
 * committal to prison; 5 a possession order at a hearing, or a warrant after an order; 4 goods taken or a supply cut
 * off; 3 a possession claim on the home (a hearing to come); 2 a judgment or its enforcement; 1 termination or a court
 * claim. It is Hearth's stated scale, derived from the CPAG principle (home and liberty first, then essential
 * supplies) [D].
 */
final class EnforcementLadder {

    /**
     * One kind of event.
     *
     * @param severity   how severe the next irreversible step is (7 worst)
     * @param nextStep   that step, in plain English
     * @param scheduled  the event's date is the day the step itself happens (a hearing, an eviction): once that day has
     *                   passed the event is stale, because the step has happened or been adjourned
     * @param daysToStep for an event that has happened: days after its date on which the next step may first be taken
     *                   (0: at once), with source
     * @param staleAfter for an event that has happened: how long after its date it stops counting, with the rule
     *                   {@link Period#never()} when it never ages out on its own
     */
    record Stage(int severity, String nextStep, boolean scheduled, Sourced<Integer> daysToStep,
                 Sourced<Period> staleAfter) {
    }

    /**
     * How long an event that has happened keeps counting.
     *
     * @param years     years after the event's date
     * @param months    months after it
     * @param inclusive the event is stale on the day the period ends (not only after it)
     * @param never     the event never ages out on its own
     * @param words     the period in words
     */
    record Period(int years, int months, boolean inclusive, boolean never, String words) {
        /** Whether an event dated {@code date} is stale on {@code planDate}. */
        boolean staleOn(LocalDate date, LocalDate planDate) {
            if (never) {
                return false;
            }
            LocalDate end = date.plusYears(years).plusMonths(months);
            return inclusive ? !planDate.isBefore(end) : planDate.isAfter(end);
        }
    }

    /** Days before the plan date within which a next step makes the debt an emergency (Hearth's stated window). */
    static final Sourced<Integer> EMERGENCY_WINDOW_DAYS = new Sourced<>(14, "Hearth's stated window [D]: a step that "
            + "can happen within two weeks leaves time only for emergency action (CPAG: emergency action first)",
            Confidence.DERIVED);

    /**
     * The least severity that can make an emergency: steps that take goods, an essential supply, the home or liberty
     * (3 and above); court-process steps (a claim, a judgment, a default) are never emergencies on their own [D].
     */
    static final int EMERGENCY_MINIMUM_SEVERITY = 3;

    private static final Sourced<Integer> AT_ONCE = new Sourced<>(0, "the step may follow at any time [D]",
            Confidence.DERIVED);
    private static final Sourced<Period> ON_THE_DAY = new Sourced<>(new Period(0, 0, false, false, "once its date has passed"),
            "Hearth's stated rule [D]: a hearing or eviction date that has passed has happened or been adjourned; the "
                    + "adviser enters what followed (an order, a new date)", Confidence.DERIVED);
    private static final Sourced<Period> SIX_YEARS = new Sourced<>(new Period(6, 0, true, false, "6 years"),
            "CPR 83.2(3)(a): a warrant of control or possession must not be issued without the court's permission once "
                    + "six years have passed since the judgment or order [P] (legislation.gov.uk, SI 1998/3132 r.83.2)",
            Confidence.PRIMARY);
    private static final Sourced<Period> TWELVE_MONTHS_NO_STEP = new Sourced<>(new Period(0, 12, false, false, "12 months"),
            "Hearth's stated rule [D]: no source sets a life for this notice; one with no later step in 12 months is "
                    + "treated as spent (the debt keeps its priority by type)", Confidence.DERIVED);

    private static final Map<EnforcementAction, Stage> STAGES = new EnumMap<>(EnforcementAction.class);

    static {
        STAGES.put(EnforcementAction.EVICTION_DATE, new Stage(7, "eviction: the home is lost on the date set", true,
                AT_ONCE, ON_THE_DAY));
        STAGES.put(EnforcementAction.WARRANT_OF_POSSESSION, new Stage(6, "bailiffs can evict once they give the "
                + "eviction date", false, AT_ONCE, new Sourced<>(new Period(0, 0, false, true, "never on its own"), "a warrant stays in force until it is executed "
                + "or suspended by the court [D]; the adviser removes it then", Confidence.DERIVED)));
        STAGES.put(EnforcementAction.COMMITTAL_HEARING, new Stage(6, "committal to prison may be ordered at the "
                + "hearing", true, AT_ONCE, ON_THE_DAY));
        STAGES.put(EnforcementAction.POSSESSION_HEARING, new Stage(5, "a possession order may be made at the hearing",
                true, AT_ONCE, ON_THE_DAY));
        STAGES.put(EnforcementAction.POSSESSION_ORDER, new Stage(5, "a warrant of possession once the date for "
                + "possession passes", false, Sourced.secondary(14, "Housing Act 1980 s.89: possession may not be "
                + "postponed beyond 14 days after the order (6 weeks for exceptional hardship) where the court has no "
                + "wider discretion; Shelter 'Varying or postponing a possession order' [S]"), SIX_YEARS));
        STAGES.put(EnforcementAction.ENFORCEMENT_AGENT_NOTICE, new Stage(4, "enforcement agents can take control of "
                + "goods", false, Sourced.secondary(8, "Taking Control of Goods Regulations 2013 (SI 2013/1894) reg 6: "
                + "the notice of enforcement must be given 7 clear days before goods are taken, so the eighth day after "
                + "the notice is the first [S] (dealingwithbailiffs.co.uk summary of the regulations)"),
                new Sourced<>(new Period(0, 12, false, false, "12 months"), "Taking Control of Goods Regulations 2013 reg 9: control "
                        + "of goods may not be taken more than 12 months after the notice of enforcement [S] "
                        + "(dealingwithbailiffs.co.uk summary of the regulations)", Confidence.SECONDARY)));
        STAGES.put(EnforcementAction.DISCONNECTION_WARNING, new Stage(4, "disconnection or a forced prepayment meter",
                false, new Sourced<>(0, "the supplier's notice period before disconnection was not confirmed in a "
                + "source read, so the step is treated as possible at once [U]", Confidence.UNCONFIRMED),
                TWELVE_MONTHS_NO_STEP));
        STAGES.put(EnforcementAction.LIABILITY_ORDER, new Stage(2, "enforcement agents, or deductions from earnings or "
                + "benefits", false, AT_ONCE, TWELVE_MONTHS_NO_STEP));
        STAGES.put(EnforcementAction.COUNTY_COURT_JUDGMENT, new Stage(2, "enforcement of the judgment (warrant of "
                + "control, attachment of earnings, charging order) if it is not paid as ordered", false, AT_ONCE,
                SIX_YEARS));
        STAGES.put(EnforcementAction.POSSESSION_CLAIM, new Stage(3, "a possession hearing (enter its date when it "
                + "is listed)", false, new Sourced<>(0, "the hearing date is set by the court; until it is entered the "
                + "step is treated as possible at once [D]", Confidence.DERIVED), TWELVE_MONTHS_NO_STEP));
        STAGES.put(EnforcementAction.COUNTY_COURT_CLAIM, new Stage(2, "a county court judgment if the claim is not "
                + "answered", false, new Sourced<>(0, "the time to reply to a claim was not confirmed in a source read, "
                + "so judgment is treated as possible at once [U]", Confidence.UNCONFIRMED), TWELVE_MONTHS_NO_STEP));
        STAGES.put(EnforcementAction.DEFAULT_NOTICE, new Stage(1, "termination of the agreement and court action",
                false, Sourced.primary(14, "Consumer Credit Act 1974 s.88(2): the date to remedy must be at least 14 "
                + "days after service, and the creditor may not act before it [P] (legislation.gov.uk)"),
                TWELVE_MONTHS_NO_STEP));
        STAGES.put(EnforcementAction.LETTER_BEFORE_ACTION, new Stage(1, "a court claim", false,
                Sourced.secondary(30, "Pre-Action Protocol for Debt Claims: 30 days to reply to the letter of claim "
                        + "before proceedings [S] (National Debtline and practitioner summaries)"),
                TWELVE_MONTHS_NO_STEP));
    }

    private EnforcementLadder() {
    }

    static Stage stage(EnforcementAction action) {
        return STAGES.get(action);
    }
}
