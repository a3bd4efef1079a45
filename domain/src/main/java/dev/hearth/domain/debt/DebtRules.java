package dev.hearth.domain.debt;

import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.money.Pence;

import java.util.List;

/**
 * Every rule the debt planner applies, with its legal reference or source. The ids appear in explanations, in advice
 * flags, in {@code docs/rules/debts.md} and in tests; a test keeps that document and {@link #all()} in step.
 */
public final class DebtRules {

    /** Ruleset version recorded in every plan's explanation; names the classification table version. */
    public static final String RULESET_VERSION = "debts.v2+" + DebtClassifications.DATA_VERSION;

    /** The most debts one plan accepts. */
    public static final int MAX_DEBTS = 200;

    /** The most enforcement events one debt accepts. */
    public static final int MAX_ENFORCEMENT_EVENTS = 20;

    /** Default token payment offered to each non-priority creditor when nothing is left: £1 a month. */
    public static final Pence DEFAULT_TOKEN_PAYMENT_PENCE = Pence.ofPounds("1");

    /** The largest token payment a caller may set: £10 a month. */
    public static final Pence MAX_TOKEN_PAYMENT_PENCE = Pence.ofPounds("10");

    /**
     * Typing-error guard, not law: a single balance above £250,000 (other than mortgage or secured loan arrears) must
     * be confirmed with {@code largeBalanceConfirmed}.
     */
    public static final Pence PLAUSIBLE_BALANCE_LIMIT_PENCE = Pence.ofPounds("250000");

    /** Typing-error guard for mortgage and secured loan arrears: £2,000,000. */
    public static final Pence PLAUSIBLE_SECURED_BALANCE_LIMIT_PENCE = Pence.ofPounds("2000000");

    private static final String CPAG_PRINCIPLE = "CPAG Debt Advice Handbook (askcpag.org.uk/?id=-252277): priority by "
            + "severity of the creditor's remedy (home, liberty, essential goods or services) [S]";

    /** Classification from the table by debt type and nation. */
    public static final Rule CLASSIFY_TABLE = new Rule("debt.classify.table",
            "Classify each debt as priority or non-priority, with the sanction that makes it so, from the table for "
                    + "its type and nation",
            CPAG_PRINCIPLE + "; Citizens Advice; StepChange; Citizens Advice Scotland; council lists (uk-rules.md "
                    + "§3.2, §3.4)");

    /** Circumstances that take the remedy away. */
    public static final Rule CLASSIFY_CIRCUMSTANCES = new Rule("debt.classify.circumstances",
            "A priority type becomes non-priority when its circumstances take the remedy away: arrears for a former "
                    + "home; fuel arrears for a former address or owed to a former supplier; a benefit overpayment, "
                    + "Social Fund loan or UC advance when no benefit is in payment to deduct it from; the reason is "
                    + "shown",
            "CPAG Debt Advice Handbook (fuel: disconnection only at the address the bill relates to; EA 1989 Sch 6 "
                    + "para 2, GA 1986 Sch 2B para 7) [S]; National Debtline (old addresses) [S]; Business Debtline "
                    + "(overpayment non-priority when not on benefits) [S]; former home derived from the CPAG "
                    + "principle [D]");

    /** Adviser classification. */
    public static final Rule CLASSIFY_ADVISER = new Rule("debt.classify.adviser",
            "An adviser's classification of any debt replaces the table's (and the circumstances'), with the "
                    + "adviser's justification recorded; overriding a type that is not contested is marked in the "
                    + "assumptions",
            CPAG_PRINCIPLE + " (a power to deduct from benefits does not by itself make a debt a priority)");

    /** Stale enforcement events. */
    public static final Rule ENFORCEMENT_STALE = new Rule("debt.enforcement.stale",
            "An enforcement event that has aged out no longer counts: a hearing or eviction date once passed; a notice "
                    + "of enforcement after 12 months; a judgment or possession order after 6 years (permission then "
                    + "needed); other notices after 12 months with no later step",
            "Taking Control of Goods Regulations 2013 reg 9 [S]; CPR 83.2(3)(a) [P]; Hearth's stated rule for dates "
                    + "passed and notices with no stated life [D] (EnforcementLadder)");

    /** Urgency from the next irreversible step. */
    public static final Rule ENFORCEMENT_URGENCY = new Rule("debt.enforcement.urgency",
            "Each debt's urgency is the date and severity of its next irreversible enforcement step: a set date (hearing, "
                    + "eviction) or the first day the next step may follow an event (8th day after a notice of "
                    + "enforcement, 14 days after a default notice or a possession order, 30 days after a letter of "
                    + "claim); an emergency when that day is within 14 days and the step takes goods, a supply, the "
                    + "home or liberty",
            "Taking Control of Goods Regulations 2013 reg 6 [S]; Consumer Credit Act 1974 s.88(2) [P]; Housing Act 1980 "
                    + "s.89 via Shelter [S]; Pre-Action Protocol for Debt Claims [S]; the severity scale and the 14-day "
                    + "window are Hearth's stated rules from CPAG's 'emergency action first' [D]");

    /** Imminent enforcement first. */
    public static final Rule ORDER_IMMINENT_ENFORCEMENT = new Rule("debt.order.imminent_enforcement",
            "Debts with enforcement under way come first, whatever their type: emergencies, then the rest; each by "
                    + "the severity of the next step (loss of the home first), then its date",
            "uk-rules.md §3.3 item 1, derived from CPAG (emergency action first) and Citizens Advice [D]");

    /** Then by sanction. */
    public static final Rule ORDER_SANCTION = new Rule("debt.order.sanction",
            "Then: home, liberty, essential services, essential goods, other priority, then non-priority debts",
            "uk-rules.md §3.3 items 2-7, derived from the CPAG principle; no source gives a legally mandated order [D]");

    /** Tie-break. */
    public static final Rule ORDER_TIE_BREAK = new Rule("debt.order.tie_break",
            "Ties are broken by: the larger balance first; then the order the debts were given in",
            "Hearth's stated rule [D]: the larger balance carries the larger exposure, and input order makes the "
                    + "result deterministic (enforcement urgency is decided first, by debt.order.imminent_enforcement)");

    /** Income. */
    public static final Rule BUDGET_INCOME = new Rule("debt.budget.income",
            "Add up monthly income",
            "Standard Financial Statement income section (Money and Pensions Service), user-supplied figures [S]");

    /** Essential spending, SFS-shaped, no trigger figures. */
    public static final Rule BUDGET_ESSENTIAL_SPENDING = new Rule("debt.budget.essential_spending",
            "Add up essential spending in SFS-shaped categories, ongoing priority bills first; the household's own "
                    + "figures are used and never compared with licensed SFS spending guidelines",
            "Standard Financial Statement expenditure groups via Business Debtline's SFS-aligned budget [S]; SFS "
                    + "trigger figures are licensed to members and deliberately not embedded (uk-rules.md §3.6)");

    /** Available for debts. */
    public static final Rule BUDGET_AVAILABLE = new Rule("debt.budget.available",
            "What is available for debt repayments is income less essential spending (negative means a deficit)",
            "Standard Financial Statement surplus calculation [S]");

    /** Priority instalments first. */
    public static final Rule PAY_PRIORITY_INSTALMENTS = new Rule("debt.pay.priority_instalments",
            "Meet stated priority instalments group by group (enforcement under way, then home and liberty, then "
                    + "essential services and goods, then other priority); a group the money cannot cover shares it in "
                    + "proportion to the instalments (largest remainder); record any part that cannot be met",
            CPAG_PRINCIPLE + "; uk-rules.md §3.3; the proportional share within a group is Hearth's stated method so "
                    + "that no creditor of the same rank takes everything [D]");

    /** Priority debts with no instalment take what is left. */
    public static final Rule PAY_PRIORITY_SURPLUS = new Rule("debt.pay.priority_surplus",
            "Priority debts with no stated instalment share what is left after stated instalments in proportion to "
                    + "their arrears (largest remainder), each up to its balance",
            CPAG_PRINCIPLE + "; Hearth's stated rule for a missing instalment [D]");

    /** Pro rata. */
    public static final Rule PAY_PRO_RATA = new Rule("debt.pay.non_priority_pro_rata",
            "Share what is left among non-priority creditors in proportion to their balances, each share rounded "
                    + "down to the penny",
            "Usual debt-advice practice (uk-rules.md §3.3 item 7) [U]: not confirmed in a source read");

    /** Remainder pennies. */
    public static final Rule PAY_REMAINDER = new Rule("debt.pay.non_priority_remainder",
            "The pennies left by rounding down are given one each to the creditors with the largest fractions of a "
                    + "penny cut off (ties: larger balance, then earlier in the order), so the shares add up exactly to "
                    + "what was available",
            "Largest-remainder (Hamilton) apportionment; Hearth's stated rule so that no penny is lost [D]");

    /** Paid in full. */
    public static final Rule PAY_IN_FULL = new Rule("debt.pay.non_priority_in_full",
            "When what is left covers every non-priority balance, each is paid in full and the rest is unallocated",
            "Arithmetic: a pro-rata share cannot exceed the balance owed [D]");

    /** Token payments. */
    public static final Rule PAY_TOKEN = new Rule("debt.pay.token_payments",
            "When too little is left to give every non-priority creditor the token amount, each is offered a token "
                    + "payment (default " + NonPriorityPayments.wholePounds(DEFAULT_TOKEN_PAYMENT_PENCE) + " a month, never "
                    + "more than the balance); any amount beyond the budget is shown",
            "Common debt-advice practice of offering token payments [U]: the "
                    + NonPriorityPayments.wholePounds(DEFAULT_TOKEN_PAYMENT_PENCE) + " figure is not from legislation");

    /** Deficit budget. */
    public static final Rule FLAG_BUDGET_DEFICIT = new Rule("debt.flag.budget_deficit",
            "Flag when essential spending is more than income",
            "Standard Financial Statement [S]");

    /** Unmet priority instalments. */
    public static final Rule FLAG_PRIORITY_UNMET = new Rule("debt.flag.priority_instalments_unmet",
            "Flag when the budget cannot give every priority creditor what it needs, naming each priority debt short "
                    + "(part of its instalment, or nothing when it has none), by how much and what that risks",
            CPAG_PRINCIPLE);

    /** The home is days from being lost. */
    public static final Rule FLAG_HOME_AT_RISK = new Rule("debt.flag.home_at_risk",
            "Flag when a debt on the home has an eviction date, warrant, possession hearing or possession order whose "
                    + "step can happen within 14 days: the home is days from being lost",
            "Housing Act 1985 s.85(2) [P]; Housing Act 1988 s.9 [S]; SI 2020/1311 reg 5(3)(a)(i) [P]; the 14-day "
                    + "window is Hearth's stated rule [D]");

    /** Breathing Space. */
    public static final Rule FLAG_BREATHING_SPACE = new Rule("debt.flag.breathing_space",
            "In England and Wales, flag that a standard Breathing Space may be worth advice when enforcement is under "
                    + "way or the budget cannot meet the priority payments, the person has a qualifying debt, is not in "
                    + "a formal insolvency procedure and has not had a standard Breathing Space in the last 12 months",
            "Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England and Wales) "
                    + "Regulations 2020 (SI 2020/1311), as described by MoneyHelper, Shelter and council guidance [S]");

    /** Mental health crisis Breathing Space. */
    public static final Rule FLAG_MENTAL_HEALTH_CRISIS = new Rule("debt.flag.mental_health_crisis_breathing_space",
            "In England and Wales, flag the mental health crisis Breathing Space when the person is receiving mental "
                    + "health crisis treatment",
            "SI 2020/1311 as described by MoneyHelper, staffordshire.gov.uk and camden.gov.uk [S]");

    /** Scotland. */
    public static final Rule FLAG_SCOTTISH_MORATORIUM = new Rule("debt.flag.scottish_moratorium",
            "In Scotland, where Breathing Space does not apply, flag that Scotland's own statutory moratorium may be "
                    + "worth advice on the same triggers",
            "Bankruptcy (Scotland) Act 2016 Part 15 (ss.195-198), moratorium on diligence, via CPAG Debt Advice "
                    + "Handbook Scotland [S]; MoneyHelper [S]");

    /** DRO. */
    public static final Rule FLAG_DEBT_RELIEF_ORDER = new Rule("debt.flag.debt_relief_order",
            "In England and Wales, flag that a Debt Relief Order may be worth advice when there is a qualifying debt and "
                    + "the known facts are within the DRO limits (qualifying debts, monthly surplus, assets, vehicle, "
                    + "not a home owner)",
            "Insolvency Act 1986 Part 7A, limits as described by Business Debtline and CAP UK [S] (DebtThresholds)");

    /** Formal options generally. */
    public static final Rule FLAG_FORMAL_OPTIONS = new Rule("debt.flag.formal_options",
            "Flag that formal options may be worth advice when non-priority debts would take longer than the stated "
                    + "period to clear, or only token payments are possible, stating the bankruptcy petition minimum",
            "StepChange (bankruptcy minimum £5,000 England and Wales, £3,000 Scotland) [S]; the repayment period is "
                    + "Hearth's own trigger, not law [D]");

    /** Option coverage. */
    public static final Rule OPTIONS_COVERAGE = new Rule("debt.options.coverage",
            "List, for each debt option of the nation (England and Wales: Breathing Space, mental health crisis "
                    + "Breathing Space, DRO, bankruptcy, IVA; Scotland: moratorium, sequestration, protected trust "
                    + "deed, DAS), the debts it would cover, those it would not with the provision, and those not "
                    + "confirmed",
            "SI 2020/1311 reg 5 [P]; Insolvency Rules 2016 r.9.2 [P]; Insolvency Act 1986 ss.251A and 281 [S]; "
                    + "Insolvency Service technical manual 40.177 [S]; IVA: National Debtline [S]; Scotland: "
                    + "Bankruptcy (Scotland) Act 2016 Part 15 via CPAG Scotland [S], trust deeds via AiB guidance "
                    + "[S]; SI 2020/1311 reg 5(4)(f), (g), (i), (j), sequestration and DAS exclusions not confirmed [U]");

    private static final List<Rule> ALL = List.of(CLASSIFY_TABLE, CLASSIFY_CIRCUMSTANCES, CLASSIFY_ADVISER,
            ENFORCEMENT_STALE,
            ENFORCEMENT_URGENCY, ORDER_IMMINENT_ENFORCEMENT,
            ORDER_SANCTION, ORDER_TIE_BREAK, BUDGET_INCOME, BUDGET_ESSENTIAL_SPENDING, BUDGET_AVAILABLE,
            PAY_PRIORITY_INSTALMENTS, PAY_PRIORITY_SURPLUS, PAY_PRO_RATA, PAY_REMAINDER, PAY_IN_FULL, PAY_TOKEN,
            FLAG_BUDGET_DEFICIT, FLAG_HOME_AT_RISK, FLAG_PRIORITY_UNMET, FLAG_BREATHING_SPACE, FLAG_MENTAL_HEALTH_CRISIS,
            FLAG_SCOTTISH_MORATORIUM, FLAG_DEBT_RELIEF_ORDER, FLAG_FORMAL_OPTIONS, OPTIONS_COVERAGE);

    private DebtRules() {
    }

    /** Every rule of the debt planner, in the order the rules catalogue lists them. */
    public static List<Rule> all() {
        return ALL;
    }
}
