package dev.hearth.domain.rent;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Prose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rent.tenancy.grounds}: the rent-arrears possession grounds and notice periods a tenancy type faces on the
 * assessment date, with what the court must consider. Sources as read (marks as in {@code uk-rules.md}); a figure not
 * confirmed is said to be so, never guessed.
 */
final class TenancyGrounds {

    private static final String SHELTER_SECURE = "Shelter England 'Secure tenancy notice of seeking possession' [S]";
    private static final String NOTICE_TO_QUIT = "at least the longer of 4 weeks and one full rent period, ending on "
            + "the first or last day of a period";
    private static final String DISCRETIONARY = "whether it is reasonable to make an order; it may adjourn, or stay, "
            + "suspend or postpone possession on conditions about paying the rent and arrears";

    private TenancyGrounds() {
    }

    /** The grounds for the request's tenancy type on {@code date}, explained; empty when no type was given. */
    static List<PossessionGround> grounds(RentRiskRequest r, LocalDate date, ExplanationBuilder explanation) {
        TenancyType type = r.tenancyType();
        if (type == null) {
            return List.of();
        }
        List<PossessionGround> grounds = new ArrayList<>();
        boolean afterRra = !date.isBefore(Ground8Version.RRA_COMMENCEMENT);
        switch (type) {
            case SECURE -> grounds.add(secureGround1("secure tenancy"));
            case FLEXIBLE -> {
                grounds.add(secureGround1("flexible tenancy during its fixed term (a secure tenancy)"));
                grounds.add(new PossessionGround("end of the fixed term (Housing Act 1985 s.107D)", true,
                        "no ground needs to be proved: the fixed term has ended, no further tenancy has been "
                                + "granted and the landlord served the notices correctly",
                        "a notice of non-renewal of at least six months, in writing, with the reasons and the right "
                                + "to a review, which must be asked for within 21 days of it (s.107E(1)); then a "
                                + "notice seeking possession, which may be given on or before the day the term ends "
                                + "(s.107D(5)); that notice's own period was not confirmed in a source read",
                        "it must make an outright possession order if the term has ended, no further tenancy was "
                                + "granted and the notices were served; it may refuse if a review asked for in time "
                                + "was not carried out properly or its decision is otherwise wrong in law "
                                + "(s.107D(6)), and may direct a review",
                        "Housing Act 1985 ss.107D and 107E via Shelter England 'Flexible tenancy notice of seeking "
                                + "possession' [S]; s.107D(5)-(7) and s.107E(1) as in the Localism Bill (HL Bill 71) "
                                + "[S]"));
            }
            case INTRODUCTORY -> grounds.add(new PossessionGround("introductory tenancy notice of proceedings "
                    + "(Housing Act 1996 s.128)", true, "no ground needs to be proved: the landlord gives reasons "
                    + "(for example rent arrears) in the notice", NOTICE_TO_QUIT + "; the tenant may ask for a "
                    + "review within 14 days", "only whether the notice and review procedure was followed (and "
                    + "public law or Equality Act defences); it must otherwise make the order",
                    "Housing Act 1996 ss.127-129 via Shelter England 'Landlord's notice to end an introductory "
                            + "tenancy' and LexisNexis practice note [S]"));
            case ASSURED, ASSURED_SHORTHOLD -> {
                Ground8Version v = Ground8Version.inForce(date, r.tenure() != dev.hearth.domain.housing.Tenure.SOCIAL)
                        .orElse(null);
                String notice = v == null ? "not confirmed for this tenancy on this date"
                        : (v.noticePeriodDays() == 14 ? "2 weeks" : v.noticePeriodDays() / 7 + " weeks")
                        + " (section 8 notice)";
                String law = v == null ? "Housing Act 1988 s.8 and Sch 2 [S]" : v.legalReference();
                String threshold = v == null ? "serious arrears at the notice and the hearing (threshold not "
                        + "modelled for this tenancy on this date)" : String.join("; ",
                        new java.util.TreeMap<>(v.descriptions()).values()) + ", at the notice and at the hearing";
                grounds.add(new PossessionGround("Housing Act 1988 Sch 2 Ground 8", true, threshold, notice,
                        "only whether the ground is proved at the hearing; it cannot adjourn to let the tenant bring "
                                + "the arrears below it (North British Housing Association v Matthews)", law));
                grounds.add(new PossessionGround("Housing Act 1988 Sch 2 Grounds 10 and 11", false,
                        "some rent unpaid (Ground 10), or persistent delay in paying (Ground 11)", notice,
                        DISCRETIONARY + " (Housing Act 1988 s.9)", "Housing Act 1988 s.9 and Sch 2 via Shelter and "
                        + "the Law Gazette (District Judge Madge) [S]"));
                if (type == TenancyType.ASSURED_SHORTHOLD && !(afterRra
                        && r.tenure() == dev.hearth.domain.housing.Tenure.PRIVATE)) {
                    grounds.add(new PossessionGround("Housing Act 1988 s.21 (no fault)", true,
                            "no ground: the landlord only needs a valid notice", "2 months",
                            "only whether the notice is valid; possession no later than 14 days after the order "
                                    + "(6 weeks for exceptional hardship, Housing Act 1980 s.89)",
                            "Housing Act 1988 s.21 (two months' notice: Trinity Chambers on the Coronavirus Act "
                                    + "extension) [S]; Housing Act 1980 s.89 via Shelter [S]" + (afterRra
                                    ? "; the 2025 Act's changes came into force on 1 May 2026 only for tenancies "
                                    + "that are not social housing (SI 2026/421 reg 2)" : "")));
                }
            }
            case SCOTTISH_SECURE -> grounds.add(new PossessionGround("Housing (Scotland) Act 2001 Sch 2 ground 1",
                    false, "rent lawfully due has not been paid",
                    "at least 4 weeks (notice of proceedings, s.14(4)(b)), served only after the pre-action "
                            + "requirements of s.14A are met",
                    "whether it is reasonable to make the order, including whether the pre-action requirements "
                            + "were met (information, advice on housing costs, a reasonable payment plan, pending "
                            + "Universal Credit or housing benefit claims); s.16 itself was not read",
                    "Housing (Scotland) Act 2001 ss.14 and 14A [P: legislation.gov.uk]; Scottish Government "
                            + "repossession guidance for social landlords and CPAG [S]"));
            case SCOTTISH_PRIVATE_RESIDENTIAL -> grounds.add(new PossessionGround("Private Housing (Tenancies) "
                    + "(Scotland) Act 2016 Sch 3 ground 12", false, "rent arrears for three or more consecutive "
                    + "months (the ground's other conditions were not read)",
                    "notice to leave of 28 days when rent arrears is the ground, however long the tenant has lived "
                            + "there (84 days applies only to other grounds after six months' occupation); the "
                            + "notice is taken to arrive 48 hours after it is sent (s.62(5)); the landlord cannot "
                            + "apply to the Tribunal before it ends (s.54) and must apply within six months after "
                            + "(s.55)",
                    "whether it is reasonable to evict (every eviction ground discretionary, Coronavirus (Recovery "
                            + "and Reform) (Scotland) Act 2022 s.43); the First-tier Tribunal decides",
                    "Private Housing (Tenancies) (Scotland) Act 2016 ss.54, 55 and 62 [P: legislation.gov.uk, s.62 as "
                            + "enacted] and the Act's Explanatory Notes paras 87-88 [S]; mygov.scot 'Giving a tenant "
                            + "notice' (28 or 84 days) [S]; legislation.gov.uk holds versions of the Act from 1 April "
                            + "and 1 May 2026 that were not read, so a later change to these periods in force on the "
                            + "assessment date is not confirmed either way [U]"));
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of("tenancy type", type));
        facts.add(Fact.of("assessment date", date + (afterRra ? " (on or after " : " (before ")
                + Prose.longDate(Ground8Version.RRA_COMMENCEMENT) + ")"));
        for (PossessionGround g : grounds) {
            facts.add(Fact.of(g.ground(), (g.mandatory() ? "mandatory" : "discretionary") + "; notice "
                    + g.noticePeriod()));
        }
        explanation.step(RentRiskRules.TENANCY_GROUNDS, "The rent-arrears possession grounds a " + type + " tenancy "
                + "faces, with notice periods and what the court must consider", facts, grounds.size()
                + (grounds.size() == 1 ? " ground" : " grounds"));
        return grounds;
    }

    private static PossessionGround secureGround1(String what) {
        return new PossessionGround("Housing Act 1985 Sch 2 Ground 1", false,
                "rent lawfully due from the tenant has not been paid (" + what + ")",
                NOTICE_TO_QUIT + " (notice of seeking possession, Housing Act 1985 s.83)",
                DISCRETIONARY + " (Housing Act 1985 ss.84(2)(a) and 85)",
                "Housing Act 1985 s.85 [P: legislation.gov.uk]; s.84 and Sch 2 Ground 1 via " + SHELTER_SECURE);
    }
}
