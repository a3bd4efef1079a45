package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.place.Nation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code debt.options.coverage}: for each debt option of the household's nation, which debts it would and would not
 * cover, with the legislation. England and Wales exclusions as read:
 * <ul>
 *   <li>Breathing Space: SI 2020/1311 reg 5(4)(d) court fines and (h) student loans [P: legislation.gov.uk, as made];
 *       UC advances as listed by peterborough.gov.uk [S]; child support arrears as listed among the debts that do not
 *       qualify by financialwellnessgroup.co.uk's summary of reg 5(4) [S]. The text of reg 5(4)(f), (g), (i) and (j)
 *       was not available in any source read (legislation.gov.uk's copies of the draft and the made regulation are cut
 *       off there), so benefit and tax credit overpayments and Social Fund loans stay "not confirmed" (Citizens Advice,
 *       via teacakeclub.org, says housing benefit overpayments owed to councils are included [S], which settles
 *       neither DWP overpayments nor tax credits). Everything else is a qualifying debt under reg 5(1) (secured debt
 *       only as arrears, reg 5(4)(a); council tax once instalments have fallen due, 5(4)(k)) [P];</li>
 *   <li>Debt Relief Order: Insolvency Rules 2016 r.9.2(1)(a) fines, family-proceedings orders and child support
 *       maintenance calculations, (b) student loans [P]; Insolvency Act 1986 s.251A(3) secured debts [S];</li>
 *   <li>bankruptcy: not released on discharge: fines, family-proceedings orders and child support, Social Fund
 *       budgeting and crisis loans (petitions from 19 March 2012) and student loans (Insolvency Service technical
 *       manual 40.177, Insolvency Act 1986 s.281) [S]; secured creditors keep their security (s.281(2)) [P];</li>
 *   <li>IVA: National Debtline's 'How to deal with debt' guide: IVAs do not include secured debts, current rent
 *       arrears, student loans, magistrates' court fines or maintenance arrears [S]; Citizens Advice (Northern
 *       Ireland, same Part 8 model) adds that secured, mortgage or rent arrears go in only with the creditor's
 *       permission, which it is unlikely to give [S]. Rent arrears for a former home are not "current" and are
 *       covered.</li>
 * </ul>
 * Scotland:
 * <ul>
 *   <li>moratorium on diligence: Bankruptcy (Scotland) Act 2016 Part 15 (ss.195-198): for six months creditors cannot
 *       enforce payment of any debt, serve a charge, do diligence or petition for sequestration (CPAG Debt Advice
 *       Handbook Scotland) [S]: every debt is covered;</li>
 *   <li>protected trust deed: discharge does not cover court fines, penalties, compensation and forfeiture orders,
 *       student loans (s.185(2)) or secured debts (AiB Notes for Guidance - Protected Trust Deeds, 8.4) [S];
 *       hire-purchase agreements are not included (trust-deed.co.uk, an adviser site) [S]; the rest not confirmed;</li>
 *   <li>sequestration (including the Minimal Asset Process) and the Debt Arrangement Scheme: which debts are excluded
 *       was not confirmed in a source read (CPAG Scotland says an obligation to pay aliment is not discharged, which
 *       does not settle child support arrears) (a DAS debt payment programme may leave rent and mortgage arrears out by
 *       choice: advicescotland.com [S]), so every debt is "not confirmed".</li>
 * </ul>
 */
final class DebtOptions {

    private static final String BS_LAW = "Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis "
            + "Moratorium) (England and Wales) Regulations 2020 (SI 2020/1311) reg 5 [P]";
    private static final String DRO_LAW = "Insolvency Act 1986 s.251A [S]; Insolvency Rules 2016 r.9.2 [P]";
    private static final String BANKRUPTCY_LAW = "Insolvency Act 1986 s.281 [P]; Insolvency Service technical manual "
            + "40.177 [S]";
    private static final String IVA_LAW = "Insolvency Act 1986 Part 8; debts not included: National Debtline 'How "
            + "to deal with debt' [S]";
    private static final String MORATORIUM_LAW = "Bankruptcy (Scotland) Act 2016 Part 15 (ss.195-198): six months "
            + "in which creditors cannot enforce payment of any debt (CPAG Debt Advice Handbook Scotland) [S]";
    private static final String SEQUESTRATION_LAW = "Bankruptcy (Scotland) Act 2016 (sequestration, including the "
            + "Minimal Asset Process; discharge Part 11); debts not discharged not confirmed beyond aliment (CPAG "
            + "Debt Advice Handbook Scotland) [U]";
    private static final String TRUST_DEED_LAW = "Bankruptcy (Scotland) Act 2016 (protected trust deeds, s.185(2)); "
            + "debts not discharged: AiB Notes for Guidance - Protected Trust Deeds 8.4 [S]; hire purchase: "
            + "trust-deed.co.uk [S]; the rest not confirmed [U]";
    private static final String DAS_LAW = "Debt Arrangement and Attachment (Scotland) Act 2002 and the Debt "
            + "Arrangement Scheme (Scotland) Regulations 2011; excluded debts not confirmed [U]; rent and mortgage "
            + "arrears may be left out by choice (advicescotland.com) [S]";

    private static final Map<DebtType, String> BS_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, String> DRO_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, String> BANKRUPTCY_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, String> IVA_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, String> TRUST_DEED_EXCLUDED = new EnumMap<>(DebtType.class);
    /** Reg 5(4)(f), (g), (i) and (j) were not available in any source read: never guessed. */
    private static final List<DebtType> BS_NOT_CONFIRMED = List.of(DebtType.BENEFIT_OVERPAYMENT,
            DebtType.TAX_CREDIT_OVERPAYMENT, DebtType.SOCIAL_FUND_LOAN);
    private static final List<DebtType> EVERY_TYPE = List.of(DebtType.values());

    static {
        BS_EXCLUDED.put(DebtType.MAGISTRATES_COURT_FINE, "a fine imposed by a court for an offence (SI 2020/1311 "
                + "reg 5(4)(d)) [P]");
        BS_EXCLUDED.put(DebtType.STUDENT_LOAN, "a student loan (SI 2020/1311 reg 5(4)(h)) [P]");
        BS_EXCLUDED.put(DebtType.CHILD_MAINTENANCE, "child support arrears (listed as not qualifying in "
                + "financialwellnessgroup.co.uk's summary of SI 2020/1311 reg 5(4); the sub-paragraph was not read) "
                + "[S]");
        BS_EXCLUDED.put(DebtType.UC_ADVANCE, "a Universal Credit advance (peterborough.gov.uk summary of reg 5(4)) "
                + "[S]");
        DRO_EXCLUDED.put(DebtType.MAGISTRATES_COURT_FINE, "a fine imposed for an offence (Insolvency Rules 2016 "
                + "r.9.2(1)(a)) [P]");
        DRO_EXCLUDED.put(DebtType.CHILD_MAINTENANCE, "a maintenance calculation under the Child Support Act 1991 or "
                + "a family-proceedings order (Insolvency Rules 2016 r.9.2(1)(a)) [P]");
        DRO_EXCLUDED.put(DebtType.STUDENT_LOAN, "a student loan (Insolvency Rules 2016 r.9.2(1)(b)) [P]");
        DRO_EXCLUDED.put(DebtType.MORTGAGE_ARREARS, "a secured debt (Insolvency Act 1986 s.251A(3)) [S]");
        DRO_EXCLUDED.put(DebtType.SECURED_LOAN_ARREARS, "a secured debt (Insolvency Act 1986 s.251A(3)) [S]");
        BANKRUPTCY_EXCLUDED.put(DebtType.MAGISTRATES_COURT_FINE, "a fine is not released on discharge (Insolvency "
                + "Act 1986 s.281(4)) [S]");
        BANKRUPTCY_EXCLUDED.put(DebtType.CHILD_MAINTENANCE, "child support and family-proceedings orders are not "
                + "released on discharge (Insolvency Act 1986 s.281(5)) [S]");
        BANKRUPTCY_EXCLUDED.put(DebtType.STUDENT_LOAN, "a student loan is not released on discharge (Insolvency "
                + "Service technical manual 40.184) [S]");
        BANKRUPTCY_EXCLUDED.put(DebtType.SOCIAL_FUND_LOAN, "a Social Fund budgeting or crisis loan is not released "
                + "on discharge for petitions from 19 March 2012 (Insolvency Service technical manual 40.183) [S]");
        BANKRUPTCY_EXCLUDED.put(DebtType.MORTGAGE_ARREARS, "the lender keeps its security over the home (Insolvency "
                + "Act 1986 s.281(2)) [P]");
        BANKRUPTCY_EXCLUDED.put(DebtType.SECURED_LOAN_ARREARS, "the lender keeps its security (Insolvency Act 1986 "
                + "s.281(2)) [P]");
    }

    static {
        String iva = " (National Debtline 'How to deal with debt': not included in an IVA) [S]";
        IVA_EXCLUDED.put(DebtType.MORTGAGE_ARREARS, "a secured debt; the lender keeps its security" + iva);
        IVA_EXCLUDED.put(DebtType.SECURED_LOAN_ARREARS, "a secured debt; the lender keeps its security" + iva);
        IVA_EXCLUDED.put(DebtType.RENT_ARREARS, "current rent arrears" + iva);
        IVA_EXCLUDED.put(DebtType.STUDENT_LOAN, "a student loan" + iva);
        IVA_EXCLUDED.put(DebtType.MAGISTRATES_COURT_FINE, "a magistrates' court fine" + iva);
        IVA_EXCLUDED.put(DebtType.CHILD_MAINTENANCE, "maintenance arrears" + iva);
        String aib = " (not discharged by a protected trust deed: AiB Notes for Guidance - Protected Trust Deeds 8.4) "
                + "[S]";
        String hp = " (trust-deed.co.uk: not included in a trust deed) [S]";
        TRUST_DEED_EXCLUDED.put(DebtType.MORTGAGE_ARREARS, "a secured debt (mortgage)" + aib);
        TRUST_DEED_EXCLUDED.put(DebtType.SECURED_LOAN_ARREARS, "a secured debt" + aib);
        TRUST_DEED_EXCLUDED.put(DebtType.MAGISTRATES_COURT_FINE, "a fine imposed by a court" + aib);
        TRUST_DEED_EXCLUDED.put(DebtType.STUDENT_LOAN, "a student loan (Bankruptcy (Scotland) Act 2016 s.185(2))"
                + aib);
        TRUST_DEED_EXCLUDED.put(DebtType.HIRE_PURCHASE_ESSENTIAL, "a hire-purchase agreement" + hp);
        TRUST_DEED_EXCLUDED.put(DebtType.HIRE_PURCHASE_NON_ESSENTIAL, "a hire-purchase agreement" + hp);
    }

    private DebtOptions() {
    }

    /** Coverage of every option for the nation, explained in one step. */
    static List<OptionCoverage> coverage(List<ClassifiedDebt> ordered, Nation nation, ExplanationBuilder explanation) {
        List<OptionCoverage> out = new ArrayList<>();
        if (nation == Nation.SCOTLAND) {
            out.add(of(DebtOption.SCOTTISH_MORATORIUM, MORATORIUM_LAW, ordered, Map.of(), List.of()));
            out.add(of(DebtOption.SEQUESTRATION, SEQUESTRATION_LAW, ordered, Map.of(), EVERY_TYPE));
            out.add(of(DebtOption.PROTECTED_TRUST_DEED, TRUST_DEED_LAW, ordered, TRUST_DEED_EXCLUDED, EVERY_TYPE));
            out.add(of(DebtOption.DEBT_ARRANGEMENT_SCHEME, DAS_LAW, ordered, Map.of(), EVERY_TYPE));
        } else {
            out.add(of(DebtOption.BREATHING_SPACE, BS_LAW, ordered, BS_EXCLUDED, BS_NOT_CONFIRMED));
            out.add(of(DebtOption.MENTAL_HEALTH_CRISIS_BREATHING_SPACE, BS_LAW, ordered, BS_EXCLUDED,
                    BS_NOT_CONFIRMED));
            out.add(of(DebtOption.DEBT_RELIEF_ORDER, DRO_LAW, ordered, DRO_EXCLUDED, List.of()));
            out.add(of(DebtOption.BANKRUPTCY, BANKRUPTCY_LAW, ordered, BANKRUPTCY_EXCLUDED, List.of()));
            out.add(of(DebtOption.IVA, IVA_LAW, ordered, IVA_EXCLUDED, List.of()));
        }
        if (!ordered.isEmpty()) {
            List<Fact> facts = new ArrayList<>();
            for (OptionCoverage o : out) {
                facts.add(Fact.of(o.option().name(), "covers " + names(o.covered()) + "; excludes "
                        + names(o.excluded().stream().map(OptionCoverage.ExcludedDebt::id).toList())
                        + "; not confirmed " + names(o.notConfirmed())));
            }
            explanation.step(DebtRules.OPTIONS_COVERAGE, "Which debts each option would and would not cover", facts,
                    out.size() + " options listed");
        }
        return out;
    }

    /** Whether a debt would be covered by a Breathing Space (not excluded; "not confirmed" counts as possible). */
    static boolean breathingSpaceCovers(DebtType type) {
        return !BS_EXCLUDED.containsKey(type);
    }

    /** Whether a debt is a qualifying debt for a Debt Relief Order. */
    static boolean droCovers(DebtType type) {
        return !DRO_EXCLUDED.containsKey(type);
    }

    private static OptionCoverage of(DebtOption option, String law, List<ClassifiedDebt> ordered,
                                     Map<DebtType, String> excluded, List<DebtType> notConfirmed) {
        List<String> covered = new ArrayList<>();
        List<OptionCoverage.ExcludedDebt> out = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        for (ClassifiedDebt c : ordered) {
            if (excluded.containsKey(c.type) && !formerHomeRentInIva(option, c)) {
                out.add(new OptionCoverage.ExcludedDebt(c.input.id(), excluded.get(c.type)));
            } else if (notConfirmed.contains(c.type)) {
                unsure.add(c.input.id());
            } else {
                covered.add(c.input.id());
            }
        }
        return new OptionCoverage(option, law, covered, out, unsure);
    }

    /** An IVA leaves out current rent arrears only: arrears for a former home are an ordinary unsecured debt. */
    private static boolean formerHomeRentInIva(DebtOption option, ClassifiedDebt c) {
        return option == DebtOption.IVA && c.type == DebtType.RENT_ARREARS && c.input.circumstances() != null
                && Boolean.FALSE.equals(c.input.circumstances().forCurrentHome());
    }

    private static String names(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
