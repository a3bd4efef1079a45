package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;

/**
 * Which mandatory rent-arrears possession rule governs a tenancy on a given day: a version of Housing Act 1988 Sch 2
 * Ground 8 ({@link Ground8Version}; England, assured tenancies), no mandatory ground at all
 * ({@code rent.threshold.scotland_private_discretionary}), or a plain "not modelled" with the reason
 * ({@code rent.threshold.not_modelled}).
 *
 * @param status  null when a Ground 8 version applies; otherwise why no threshold can be projected
 * @param version the Ground 8 version in force, or null
 * @param note    the reason, in plain English, when no version applies
 * @param rule    the rule the explanation cites
 */
record ThresholdRegime(ThresholdStatus status, Ground8Version version, String note, Rule rule) {

    static ThresholdRegime version(Ground8Version v) {
        return new ThresholdRegime(null, v, "", v == Ground8Version.RRA_2025 ? RentRiskRules.GROUND8_RRA
                : RentRiskRules.GROUND8_BEFORE_RRA);
    }

    static ThresholdRegime notModelled(String note) {
        return new ThresholdRegime(ThresholdStatus.NOT_MODELLED, null, note, RentRiskRules.THRESHOLD_NOT_MODELLED);
    }

    /**
     * The regime for this tenancy on {@code day}: Scotland (private tenancies: every ground discretionary, Coronavirus
     * (Recovery and Reform) (Scotland) Act 2022 s.43; social: not researched), Wales (Renting Homes (Wales) Act 2016,
     * not read), Northern Ireland (not researched), English council tenancies (secure, Housing Act 1985: not
     * researched), then the Ground 8 version in force for private or housing association assured tenancies
     * ({@link Ground8Version#inForce}; SI 2026/421 reg 2 for the 2025 Act's reach).
     */
    static ThresholdRegime applying(RentRiskRequest r, LocalDate day) {
        Nation nation = r.nation();
        TenancyType type = r.tenancyType();
        if (type == TenancyType.SECURE || type == TenancyType.FLEXIBLE || type == TenancyType.SCOTTISH_SECURE) {
            return new ThresholdRegime(ThresholdStatus.NO_MANDATORY_GROUND, null, "The rent-arrears ground for a "
                    + (type == TenancyType.SCOTTISH_SECURE ? "Scottish secure tenancy (Housing (Scotland) Act 2001 "
                    + "Sch 2 ground 1)" : "secure tenancy (Housing Act 1985 Sch 2 Ground 1)") + " is discretionary: "
                    + "the court must also be satisfied it is reasonable to order possession. There is no mandatory "
                    + "threshold; arrears still put the tenancy at risk.", RentRiskRules.SECURE_NO_MANDATORY_GROUND);
        }
        if (type == TenancyType.INTRODUCTORY) {
            return new ThresholdRegime(ThresholdStatus.NOT_MODELLED, null, "An introductory tenancy needs no ground: "
                    + "once the notice and review procedure is followed the court must order possession (Housing "
                    + "Act 1996 ss.127-129), so there is no arrears threshold to project; any arrears put it at risk.",
                    RentRiskRules.SECURE_NO_MANDATORY_GROUND);
        }
        if (nation == Nation.SCOTLAND) {
            return r.tenure() == Tenure.PRIVATE
                    ? new ThresholdRegime(ThresholdStatus.NO_MANDATORY_GROUND, null, "In Scotland every eviction ground "
                    + "for a private residential tenancy, including rent arrears (Sch 3 ground 12), is discretionary: "
                    + "the First-tier Tribunal must also be satisfied it is reasonable to evict. There is no "
                    + "mandatory threshold; arrears still put the tenancy at risk.",
                    RentRiskRules.SCOTLAND_NO_MANDATORY_GROUND)
                    : notModelled("Scottish social tenancies (Scottish secure tenancies) were not researched, so no "
                    + "possession threshold is modelled.");
        }
        if (nation == Nation.WALES) {
            return notModelled("Wales has its own regime (Renting Homes (Wales) Act 2016: occupation contracts; a "
                    + "serious rent arrears ground for standard contracts in ss.181 and 187). Its statutory text was "
                    + "not read, so the threshold is not modelled for Wales.");
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            return notModelled("Northern Ireland possession law was not researched, so no threshold is modelled.");
        }
        if (r.tenure() == Tenure.SOCIAL) {
            if (r.socialLandlord() == null) {
                return notModelled("The social landlord type was not given: a council tenancy is normally a secure "
                        + "tenancy (Housing Act 1985), a housing association tenancy an assured tenancy (Housing Act "
                        + "1988), and the rules differ.");
            }
            if (r.socialLandlord() == SocialLandlord.LOCAL_AUTHORITY) {
                return notModelled("A council tenancy is normally a secure tenancy under the Housing Act 1985, "
                        + "outside Housing Act 1988 Ground 8; secure-tenancy possession grounds were not researched, "
                        + "so no threshold is modelled.");
            }
            return Ground8Version.inForce(day, false).map(ThresholdRegime::version)
                    .orElseGet(() -> notModelled("The Renters' Rights Act 2025 changes came into force on "
                            + Prose.longDate(Ground8Version.RRA_COMMENCEMENT) + " only for assured tenancies "
                            + "that are not social housing (SI 2026/421 reg 2); when they apply to housing association "
                            + "tenancies was not confirmed, so the threshold is not modelled for them from that date."));
        }
        return Ground8Version.inForce(day, true).map(ThresholdRegime::version)
                .orElseGet(() -> notModelled("no Ground 8 version is held for this date"));
    }

    /**
     * Not modelled for this rent frequency: four-weekly rent is not named in Ground 8; the quarterly and yearly limbs
     * depend on how long rent has been unpaid (before the 2025 Act) or are omitted by it (RRA 2025 s.1, HA 1988 s.4A).
     */
    static ThresholdRegime frequencyNotModelled(RentRiskRequest r, Ground8Version v) {
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
        return notModelled(why);
    }

    /** Whether the version in force names a threshold for this rent frequency. */
    boolean coversFrequency(RentRiskRequest r) {
        return version.periodsUnpaid().containsKey(r.rentFrequency());
    }
}
