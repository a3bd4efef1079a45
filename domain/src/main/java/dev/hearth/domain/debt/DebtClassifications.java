package dev.hearth.domain.debt;

import dev.hearth.domain.place.Nation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The classification table: for each {@link DebtType}, priority or not, the sanction that makes it so and the source,
 * for England and Wales, with the rows that differ in Wales or Scotland. This is data an auditor can read without the
 * planner's logic; {@code docs/rules/debts.md} reproduces it.
 *
 * <p>Principle (CPAG Debt Advice Handbook, askcpag.org.uk/?id=-252277 [S]): a debt is a priority when not paying it
 * could let the creditor deprive the household of its home, liberty, or essential goods or services. Not by amount or
 * interest rate; a county court judgment alone does not make a debt a priority; nor does the creditor's power to deduct
 * from wages or benefits alone. Rows marked contested follow the council lists (newham.gov.uk, redbridge.gov.uk) by
 * default and may be reclassified by an adviser with a recorded justification.
 *
 * <p>Scotland: only council tax, rent and fines/maintenance were researched for Scotland (Citizens Advice Scotland,
 * StepChange; uk-rules.md §3.4). Every other Scottish row repeats the England and Wales row with
 * {@link SourceConfidence#UNCONFIRMED} and says so. Northern Ireland is not covered: the planner refuses it.
 */
public final class DebtClassifications {

    /** Version of this table; part of the debt ruleset version. */
    public static final String DATA_VERSION = "debt-classification.v1";

    private static final String CA = "Citizens Advice (England) 'Work out which debts to deal with first'";
    private static final String CPAG = "CPAG Debt Advice Handbook, priority debts table";
    private static final String COUNCILS = "newham.gov.uk and redbridge.gov.uk debt advice lists";
    private static final String STEPCHANGE = "StepChange 'What debts to pay first'";
    private static final String CPAG_PRINCIPLE = "derived from the CPAG principle (no loss of home, liberty or "
            + "essential goods or services)";
    private static final String SCOTLAND_NOT_RESEARCHED = "; Scottish position not separately researched: the England "
            + "and Wales classification is repeated";

    private static final Map<DebtType, ClassificationEntry> ENGLAND_AND_WALES = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, ClassificationEntry> WALES = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, ClassificationEntry> SCOTLAND = new EnumMap<>(DebtType.class);

    static {
        ew(DebtType.RENT_ARREARS, PriorityStatus.PRIORITY, SanctionCategory.HOME,
                "eviction: a possession order, then eviction on a date the court sets", CA + "; " + CPAG,
                SourceConfidence.SECONDARY, false);
        ew(DebtType.MORTGAGE_ARREARS, PriorityStatus.PRIORITY, SanctionCategory.HOME,
                "repossession of the home", CA + "; " + CPAG, SourceConfidence.SECONDARY, false);
        ew(DebtType.SECURED_LOAN_ARREARS, PriorityStatus.PRIORITY, SanctionCategory.HOME,
                "repossession of the home the loan is secured on", CA + "; " + CPAG, SourceConfidence.SECONDARY, false);
        ew(DebtType.GROUND_RENT_OR_SERVICE_CHARGE, PriorityStatus.PRIORITY, SanctionCategory.HOME,
                "forfeiture of the lease and repossession", CPAG + "; " + COUNCILS, SourceConfidence.SECONDARY, false);
        ew(DebtType.COUNCIL_TAX, PriorityStatus.PRIORITY, SanctionCategory.LIBERTY,
                "liability order, then enforcement agents, attachment of earnings or benefits, charging order (from "
                        + "£1,000), bankruptcy (from £5,000); committal to prison for wilful refusal or culpable neglect "
                        + "(England)",
                CA + "; National Debtline; " + STEPCHANGE + " (prison for council tax in England)",
                SourceConfidence.SECONDARY, false);
        ew(DebtType.GAS, PriorityStatus.PRIORITY, SanctionCategory.ESSENTIAL_SERVICES,
                "disconnection or a forced prepayment meter", CA + "; " + CPAG, SourceConfidence.SECONDARY, false);
        ew(DebtType.ELECTRICITY, PriorityStatus.PRIORITY, SanctionCategory.ESSENTIAL_SERVICES,
                "disconnection or a forced prepayment meter", CA + "; " + CPAG, SourceConfidence.SECONDARY, false);
        ew(DebtType.WATER, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE,
                "a domestic water supply cannot be disconnected; the company must sue like any unsecured creditor",
                COUNCILS + " (water listed as non-priority); the statutory ban on domestic disconnection (Water "
                        + "Industry Act 1999) was not read",
                SourceConfidence.SECONDARY, false);
        ew(DebtType.MAGISTRATES_COURT_FINE, PriorityStatus.PRIORITY, SanctionCategory.LIBERTY,
                "enforcement agents and deductions from earnings or benefits; imprisonment for wilful default",
                STEPCHANGE + "; " + COUNCILS, SourceConfidence.SECONDARY, false);
        ew(DebtType.CHILD_MAINTENANCE, PriorityStatus.PRIORITY, SanctionCategory.LIBERTY,
                "deduction orders and enforcement; committal to prison", STEPCHANGE, SourceConfidence.SECONDARY, false);
        ew(DebtType.HMRC_TAX, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY,
                "HMRC can collect without a court order (taking control of goods), and can petition for bankruptcy",
                STEPCHANGE + "; " + COUNCILS, SourceConfidence.SECONDARY, false);
        ew(DebtType.TV_LICENCE, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY,
                "using a television without a licence is a criminal offence punished by a fine", COUNCILS,
                SourceConfidence.SECONDARY, false);
        ew(DebtType.HIRE_PURCHASE_ESSENTIAL, PriorityStatus.PRIORITY, SanctionCategory.ESSENTIAL_GOODS,
                "repossession of goods the household needs (for example a car needed for work)", COUNCILS,
                SourceConfidence.SECONDARY, false);
        ew(DebtType.HIRE_PURCHASE_NON_ESSENTIAL, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE,
                "repossession of goods the household can do without", CPAG_PRINCIPLE + " (only essential goods make "
                        + "hire purchase a priority)",
                SourceConfidence.DERIVED, false);
        String deduction = "recovered by deductions from benefits";
        String contestedSource = COUNCILS + " list it as priority; CPAG: a power to deduct from benefits does not by "
                + "itself make a debt a priority, so an adviser may reclassify it";
        ew(DebtType.BENEFIT_OVERPAYMENT, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY, deduction,
                contestedSource, SourceConfidence.SECONDARY, true);
        ew(DebtType.TAX_CREDIT_OVERPAYMENT, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY,
                deduction + " or direct recovery by HMRC", contestedSource, SourceConfidence.SECONDARY, true);
        ew(DebtType.SOCIAL_FUND_LOAN, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY, deduction,
                contestedSource, SourceConfidence.SECONDARY, true);
        ew(DebtType.UC_ADVANCE, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY, deduction,
                "not on the council lists; treated like a Social Fund loan (same recovery by deduction) by us. "
                        + contestedSource,
                SourceConfidence.DERIVED, true);
        ew(DebtType.PARKING_PENALTY, PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY,
                "registered at the Traffic Enforcement Centre without a county court judgment, then enforcement agents",
                COUNCILS + " list it as priority; basis is council lists only, so an adviser may reclassify it",
                SourceConfidence.SECONDARY, true);
        String unsecured = "the creditor must first obtain a county court judgment; no loss of home, liberty or "
                + "essential goods or services follows from non-payment";
        for (DebtType t : new DebtType[]{DebtType.CREDIT_CARD, DebtType.STORE_CARD, DebtType.CATALOGUE,
                DebtType.PERSONAL_LOAN, DebtType.PAYDAY_LOAN, DebtType.OVERDRAFT, DebtType.BUY_NOW_PAY_LATER}) {
            ew(t, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE, unsecured, COUNCILS + "; " + CPAG,
                    SourceConfidence.SECONDARY, false);
        }
        ew(DebtType.STUDENT_LOAN, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE,
                "repaid through earnings or collected by the Student Loans Company; no loss of home, liberty or "
                        + "essentials", CPAG_PRINCIPLE, SourceConfidence.DERIVED, false);
        ew(DebtType.FRIENDS_AND_FAMILY, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE,
                "an informal debt; the lender would have to sue", CPAG_PRINCIPLE, SourceConfidence.DERIVED, false);
        ew(DebtType.OTHER, PriorityStatus.NON_PRIORITY, SanctionCategory.NONE,
                "unknown: treated as non-priority until an adviser classifies it",
                "default only; an adviser should classify this debt", SourceConfidence.UNCONFIRMED, true);

        // Wales differs for council tax: no committal to prison outside England.
        WALES.put(DebtType.COUNCIL_TAX, new ClassificationEntry(PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY,
                "liability order, then enforcement agents, attachment of earnings or benefits, charging order, "
                        + "bankruptcy; no committal to prison in Wales",
                STEPCHANGE + " (prison for council tax applies in England only)", SourceConfidence.SECONDARY, false));

        // Scotland: the rows that were researched.
        SCOTLAND.put(DebtType.RENT_ARREARS, new ClassificationEntry(PriorityStatus.PRIORITY, SanctionCategory.HOME,
                "eviction order, then eviction carried out by sheriff officers", "Citizens Advice Scotland",
                SourceConfidence.SECONDARY, false));
        SCOTLAND.put(DebtType.COUNCIL_TAX, new ClassificationEntry(PriorityStatus.PRIORITY,
                SanctionCategory.OTHER_PRIORITY,
                "summary warrant from the sheriff court and a charge for payment, then diligence (arrestment of wages "
                        + "or bank accounts) by sheriff officers; no prison",
                "Citizens Advice Scotland; " + STEPCHANGE + " (prison for council tax in England only)",
                SourceConfidence.SECONDARY, false));
        SCOTLAND.put(DebtType.MAGISTRATES_COURT_FINE, new ClassificationEntry(PriorityStatus.PRIORITY,
                SanctionCategory.LIBERTY, "criminal court fines: enforcement and imprisonment for default",
                STEPCHANGE + " (in Scotland prison only for criminal fines and maintenance)",
                SourceConfidence.SECONDARY, false));
        SCOTLAND.put(DebtType.CHILD_MAINTENANCE, new ClassificationEntry(PriorityStatus.PRIORITY,
                SanctionCategory.LIBERTY, "enforcement; imprisonment for maintenance is possible",
                STEPCHANGE + " (in Scotland prison only for criminal fines and maintenance)",
                SourceConfidence.SECONDARY, false));
        SCOTLAND.put(DebtType.WATER, new ClassificationEntry(PriorityStatus.PRIORITY, SanctionCategory.OTHER_PRIORITY,
                "water and sewerage charges are billed and collected with council tax, so the same summary warrant "
                        + "diligence may follow",
                "uk-rules.md §3.4: not confirmed in a source read; an adviser may reclassify it",
                SourceConfidence.UNCONFIRMED, true));
    }

    private DebtClassifications() {
    }

    /**
     * The row for a kind of debt in a nation: Wales and Scotland rows where they differ, otherwise the England and
     * Wales row (for Scotland, marked {@link SourceConfidence#UNCONFIRMED} unless the Scottish position was researched).
     * Empty for Northern Ireland, which is not covered.
     */
    public static Optional<ClassificationEntry> lookup(DebtType type, Nation nation) {
        ClassificationEntry base = ENGLAND_AND_WALES.get(type);
        return switch (nation) {
            case ENGLAND -> Optional.of(base);
            case WALES -> Optional.of(WALES.getOrDefault(type, base));
            case SCOTLAND -> Optional.of(SCOTLAND.containsKey(type) ? SCOTLAND.get(type)
                    : new ClassificationEntry(base.status(), base.category(), base.sanction(),
                    base.source() + SCOTLAND_NOT_RESEARCHED, SourceConfidence.UNCONFIRMED, base.contested()));
            case NORTHERN_IRELAND -> Optional.empty();
        };
    }

    /** Whether a row was researched for Scotland specifically (used to word assumptions). */
    static boolean researchedForScotland(DebtType type) {
        return SCOTLAND.containsKey(type);
    }

    private static void ew(DebtType type, PriorityStatus status, SanctionCategory category, String sanction,
                           String source, SourceConfidence confidence, boolean contested) {
        ENGLAND_AND_WALES.put(type, new ClassificationEntry(status, category, sanction, source, confidence, contested));
    }
}
