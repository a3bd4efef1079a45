package dev.hearth.domain.rent;

import dev.hearth.domain.debt.SourceConfidence;
import dev.hearth.domain.housing.RentFrequency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of Housing Act 1988 Schedule 2 Ground 8 (mandatory possession for serious rent arrears, England), as
 * versioned data: when it applies, to which tenancies, the threshold as a number of rent periods for each rent
 * frequency it covers, the notice period, and whether Universal Credit not yet received is disregarded.
 *
 * <p>Only the frequencies listed are modelled. Four-weekly rent is not named by either version's text as reported
 * ("weekly or fortnightly", "monthly"); quarterly and yearly limbs depend on how long the unpaid rent has been
 * outstanding, which this engine does not track, and are omitted by the 2025 Act. Those answer {@code NOT_MODELLED}.
 *
 * @param id               stable id, used in explanations
 * @param regime           plain-English name of the version
 * @param effectiveFrom    first date the version applies
 * @param effectiveUntil   first date it no longer applies, or null when open-ended
 * @param appliesToPrivate whether it applies to private sector assured tenancies
 * @param appliesToHousingAssociation whether it applies to housing association (social housing) assured tenancies
 * @param periodsUnpaid    threshold in rent periods unpaid, by frequency (e.g. monthly 2)
 * @param descriptions     the threshold in the statute's words, by frequency
 * @param noticePeriodDays minimum notice before proceedings on the rent grounds (8, 10, 11)
 * @param ucDisregard      whether rent unpaid only because a UC housing payment had not yet been received is ignored
 * @param legalReference   the law and where it was read
 * @param confidence       how well sourced the threshold is
 */
public record Ground8Version(String id, String regime, LocalDate effectiveFrom, LocalDate effectiveUntil,
                             boolean appliesToPrivate, boolean appliesToHousingAssociation,
                             Map<RentFrequency, BigDecimal> periodsUnpaid, Map<RentFrequency, String> descriptions,
                             int noticePeriodDays, boolean ucDisregard, String legalReference,
                             SourceConfidence confidence) {

    /** The day the Renters' Rights Act 2025 tenancy reforms came into force for private assured tenancies. */
    public static final LocalDate RRA_COMMENCEMENT = LocalDate.of(2026, 5, 1);

    /** First assessment date the rent-risk rules are held for (start of the 2025/26 ruleset). */
    public static final LocalDate RULES_FROM = LocalDate.of(2025, 4, 6);

    /** Before the Renters' Rights Act 2025. */
    public static final Ground8Version BEFORE_RRA_2025 = new Ground8Version("ground8.ha1988_before_rra_2025",
            "Housing Act 1988 Sch 2 Ground 8 before the Renters' Rights Act 2025",
            RULES_FROM, RRA_COMMENCEMENT, true, true,
            Map.of(RentFrequency.WEEKLY, new BigDecimal("8"), RentFrequency.TWO_WEEKLY, new BigDecimal("4"),
                    RentFrequency.MONTHLY, new BigDecimal("2")),
            Map.of(RentFrequency.WEEKLY, "at least eight weeks' rent unpaid",
                    RentFrequency.TWO_WEEKLY, "at least eight weeks' rent unpaid (4 fortnights)",
                    RentFrequency.MONTHLY, "at least two months' rent unpaid"),
            14, false,
            "Housing Act 1988 Sch 2 Ground 8 (as amended by the Housing Act 1996): at both the date of the section 8 "
                    + "notice and the hearing, weekly or fortnightly rent at least 8 weeks' unpaid, monthly at least 2 "
                    + "months' unpaid (Halsbury's Laws of England, Landlord and Tenant, para 944; lettingshub.co.uk) "
                    + "[S]; notice 2 weeks for the rent grounds, s.8(4) [S]",
            SourceConfidence.SECONDARY);

    /** As amended by the Renters' Rights Act 2025, for private assured tenancies from 1 May 2026. */
    public static final Ground8Version RRA_2025 = new Ground8Version("ground8.ha1988_as_amended_rra_2025",
            "Housing Act 1988 Sch 2 Ground 8 as amended by the Renters' Rights Act 2025",
            RRA_COMMENCEMENT, null, true, false,
            Map.of(RentFrequency.WEEKLY, new BigDecimal("13"), RentFrequency.TWO_WEEKLY, new BigDecimal("6.5"),
                    RentFrequency.MONTHLY, new BigDecimal("3")),
            Map.of(RentFrequency.WEEKLY, "at least 13 weeks' rent unpaid",
                    RentFrequency.TWO_WEEKLY, "at least 13 weeks' rent unpaid (6.5 fortnights)",
                    RentFrequency.MONTHLY, "at least 3 months' rent unpaid"),
            28, true,
            "Renters' Rights Act 2025 (c. 26) s.3(1) and Sch 1 (amendments of HA 1988 Sch 2), in force 1 May 2026 for "
                    + "assured tenancies that are not social housing assured tenancies: Renters' Rights Act 2025 "
                    + "(Commencement No. 2 and Transitional and Saving Provisions) Regulations 2026 (SI 2026/421) reg 2 "
                    + "[P: s.3 and the SI's provisions list read on legislation.gov.uk]. Threshold 13 weeks / 3 months, "
                    + "quarterly and yearly limbs omitted, 4 weeks' notice, UC disregard: the Sch 1 Ground 8 paragraph "
                    + "itself was not found in the sources available; settled on consistent practitioner accounts of "
                    + "the enacted Act (25 Canada Square Chambers and propertytaxpartners.co.uk, both post-enactment; "
                    + "grantsaw.com, dewarhogan.co.uk on the Bill) [S]",
            SourceConfidence.SECONDARY);

    /** Every version held, oldest first. */
    public static final List<Ground8Version> VERSIONS = List.of(BEFORE_RRA_2025, RRA_2025);

    /** The version in force on {@code date} for a private (or, if not private, housing association) tenancy. */
    public static Optional<Ground8Version> inForce(LocalDate date, boolean privateSector) {
        for (Ground8Version v : VERSIONS) {
            boolean inForce = !date.isBefore(v.effectiveFrom())
                    && (v.effectiveUntil() == null || date.isBefore(v.effectiveUntil()));
            if (inForce && (privateSector ? v.appliesToPrivate() : v.appliesToHousingAssociation())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
