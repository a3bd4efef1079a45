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
 *   <li>Breathing Space: SI 2020/1311 reg 5(4)(d) court fines and (h) student loans [P]; UC advances as listed by
 *       peterborough.gov.uk [S]; reg 5(4)(f), (g), (i) and (j) were not read, so benefit and tax credit overpayments,
 *       Social Fund loans and child maintenance are "not confirmed"; everything else is a qualifying debt under
 *       reg 5(1) (secured debt only as arrears, reg 5(4)(a); council tax once instalments have fallen due, 5(4)(k))
 *       [P];</li>
 *   <li>Debt Relief Order: Insolvency Rules 2016 r.9.2(1)(a) fines, family-proceedings orders and child support
 *       maintenance calculations, (b) student loans [P]; Insolvency Act 1986 s.251A(3) secured debts [S];</li>
 *   <li>bankruptcy: not released on discharge: fines, family-proceedings orders and child support, Social Fund
 *       budgeting and crisis loans (petitions from 19 March 2012) and student loans (Insolvency Service technical
 *       manual 40.177, Insolvency Act 1986 s.281) [S]; secured creditors keep their security (s.281(2)) [P];</li>
 *   <li>IVA: secured creditors' rights are not affected and fines and maintenance are normally left out; not confirmed
 *       in a source read [U], so those debts are "not confirmed".</li>
 * </ul>
 * Scotland: the coverage of the Scottish options was not researched: every debt is "not confirmed".
 */
final class DebtOptions {

    private static final String BS_LAW = "Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis "
            + "Moratorium) (England and Wales) Regulations 2020 (SI 2020/1311) reg 5 [P]";
    private static final String DRO_LAW = "Insolvency Act 1986 s.251A [S]; Insolvency Rules 2016 r.9.2 [P]";
    private static final String BANKRUPTCY_LAW = "Insolvency Act 1986 s.281 [P]; Insolvency Service technical manual "
            + "40.177 [S]";
    private static final String IVA_LAW = "Insolvency Act 1986 Part 8; coverage of particular debts not confirmed [U]";
    private static final String SCOTLAND_LAW = "Bankruptcy (Scotland) Act 2016; Debt Arrangement and Attachment "
            + "(Scotland) Act 2002; coverage not researched [U]";

    private static final Map<DebtType, String> BS_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, String> DRO_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final Map<DebtType, String> BANKRUPTCY_EXCLUDED = new EnumMap<>(DebtType.class);
    private static final List<DebtType> BS_NOT_CONFIRMED = List.of(DebtType.BENEFIT_OVERPAYMENT,
            DebtType.TAX_CREDIT_OVERPAYMENT, DebtType.SOCIAL_FUND_LOAN, DebtType.CHILD_MAINTENANCE);
    private static final List<DebtType> IVA_NOT_CONFIRMED = List.of(DebtType.MORTGAGE_ARREARS,
            DebtType.SECURED_LOAN_ARREARS, DebtType.MAGISTRATES_COURT_FINE, DebtType.CHILD_MAINTENANCE,
            DebtType.STUDENT_LOAN);

    static {
        BS_EXCLUDED.put(DebtType.MAGISTRATES_COURT_FINE, "a fine imposed by a court for an offence (SI 2020/1311 "
                + "reg 5(4)(d)) [P]");
        BS_EXCLUDED.put(DebtType.STUDENT_LOAN, "a student loan (SI 2020/1311 reg 5(4)(h)) [P]");
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

    private DebtOptions() {
    }

    /** Coverage of every option for the nation, explained in one step. */
    static List<OptionCoverage> coverage(List<ClassifiedDebt> ordered, Nation nation, ExplanationBuilder explanation) {
        List<OptionCoverage> out = new ArrayList<>();
        if (nation == Nation.SCOTLAND) {
            for (DebtOption o : List.of(DebtOption.SCOTTISH_MORATORIUM, DebtOption.SEQUESTRATION,
                    DebtOption.PROTECTED_TRUST_DEED, DebtOption.DEBT_ARRANGEMENT_SCHEME)) {
                out.add(new OptionCoverage(o, SCOTLAND_LAW, List.of(), List.of(),
                        ordered.stream().map(c -> c.input.id()).toList()));
            }
        } else {
            out.add(of(DebtOption.BREATHING_SPACE, BS_LAW, ordered, BS_EXCLUDED, BS_NOT_CONFIRMED));
            out.add(of(DebtOption.MENTAL_HEALTH_CRISIS_BREATHING_SPACE, BS_LAW, ordered, BS_EXCLUDED,
                    BS_NOT_CONFIRMED));
            out.add(of(DebtOption.DEBT_RELIEF_ORDER, DRO_LAW, ordered, DRO_EXCLUDED, List.of()));
            out.add(of(DebtOption.BANKRUPTCY, BANKRUPTCY_LAW, ordered, BANKRUPTCY_EXCLUDED, List.of()));
            out.add(of(DebtOption.IVA, IVA_LAW, ordered, Map.of(), IVA_NOT_CONFIRMED));
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
            if (excluded.containsKey(c.type)) {
                out.add(new OptionCoverage.ExcludedDebt(c.input.id(), excluded.get(c.type)));
            } else if (notConfirmed.contains(c.type)) {
                unsure.add(c.input.id());
            } else {
                covered.add(c.input.id());
            }
        }
        return new OptionCoverage(option, law, covered, out, unsure);
    }

    private static String names(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
