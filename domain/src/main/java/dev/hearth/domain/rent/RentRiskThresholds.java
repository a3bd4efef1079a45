package dev.hearth.domain.rent;

import java.math.BigDecimal;

/**
 * The other figures the rent-risk assessor uses, with their sources. Figures marked [D] are Hearth's own product
 * choices for grading risk, not law, and are stated as such in the rules catalogue.
 *
 * @param apaArrearsMonths                managed payment and third-party deduction: arrears of at least this many
 *                                        months' rent (2) [S]
 * @param apaRepeatedUnderpaymentMonths   managed payment: at least this many months' arrears (1) with repeated
 *                                        underpayment [S]
 * @param deductionMinimumRate            third-party deduction for rent arrears: at least 10% of the standard allowance
 * @param deductionMaximumRate            ... at most 20%
 * @param projectionMonths                how far ahead the threshold date is looked for (24) [D]
 * @param timelineMonths                  length of the timeline (3)
 * @param ucGapDays                       a rent due date this many days or more before the UC payment raises the risk
 *                                        (7) [D]
 * @param criticalWindowDays              a threshold date within this many days is critical (31) [D]
 * @param plausibleArrearsMonths          arrears above this many months' rent must be acknowledged (12) [D]
 * @param apaSource                       where the managed payment figures come from
 */
public record RentRiskThresholds(int apaArrearsMonths, int apaRepeatedUnderpaymentMonths,
                                 BigDecimal deductionMinimumRate, BigDecimal deductionMaximumRate,
                                 int projectionMonths, int timelineMonths, int ucGapDays, int criticalWindowDays,
                                 int plausibleArrearsMonths, String apaSource) {

    /** The figures in use. */
    public static final RentRiskThresholds CURRENT = new RentRiskThresholds(2, 1, new BigDecimal("0.10"),
            new BigDecimal("0.20"), 24, 3, 7, 31, 12,
            "DWP Alternative Payment Arrangements guidance as reported by surreyheath.gov.uk, oxford.gov.uk, "
                    + "ucnotes.co.uk and Shelter (\"rent arrears to the value of two months' rent or more\"); "
                    + "deduction band SI 2013/380 Sch 6 para 7 as amended by SI 2014/2888 reg 6(2)(c) (nhas.org.uk, "
                    + "CPAG) [S]; DWP's own guidance was not read");
}
