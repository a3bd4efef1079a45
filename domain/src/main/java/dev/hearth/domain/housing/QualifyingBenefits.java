package dev.hearth.domain.housing;

import java.util.EnumSet;
import java.util.Set;

import static dev.hearth.domain.housing.DisabilityBenefit.*;

/**
 * Which disability benefits satisfy each benefit test in Schedule 4, split into those Hearth read in the legislation
 * text (or a specialist source quoting it) and Scottish benefits Hearth treats as equivalent without having read the
 * amendment that adds them to that provision. A test met only through an equivalent is reported as an
 * UNCONFIRMED_RULE assumption by the engine.
 *
 * <p>"Attendance allowance" in the UC Regulations (reg 2) includes constant attendance allowance paid with
 * industrial injuries or war disablement pension and armed forces independence payment, so both count wherever
 * attendance allowance (any rate) does.
 */
enum QualifyingBenefits {

    /** Overnight care condition, Sch 4 para 12(3)(a): current GB text read, including its Scottish insertions. */
    OVERNIGHT_CARE(EnumSet.of(DLA_CARE_MIDDLE, DLA_CARE_HIGHEST, CDP_CARE_MIDDLE, CDP_CARE_HIGHEST,
            ATTENDANCE_ALLOWANCE_LOWER, ATTENDANCE_ALLOWANCE_HIGHER, CONSTANT_ATTENDANCE_ALLOWANCE,
            ARMED_FORCES_INDEPENDENCE_PAYMENT, PENSION_AGE_DISABILITY_PAYMENT_LOWER,
            PENSION_AGE_DISABILITY_PAYMENT_HIGHER, PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED,
            ADP_DAILY_LIVING_STANDARD, ADP_DAILY_LIVING_ENHANCED),
            EnumSet.noneOf(DisabilityBenefit.class)),

    /** Disabled child condition, Sch 4 para 12(6)(a): DLA care middle/highest read (NI twin and 2013 text). */
    DISABLED_CHILD(EnumSet.of(DLA_CARE_MIDDLE, DLA_CARE_HIGHEST),
            EnumSet.of(CDP_CARE_MIDDLE, CDP_CARE_HIGHEST)),

    /**
     * Disabled person condition, Sch 4 para 12(6A): DLA care middle/highest, attendance allowance at the higher rate,
     * PIP daily living (quoted by housingsystems.co.uk) and armed forces independence payment (housingsystems.co.uk,
     * hinckley-bosworth.gov.uk).
     */
    DISABLED_PERSON(EnumSet.of(DLA_CARE_MIDDLE, DLA_CARE_HIGHEST, ATTENDANCE_ALLOWANCE_HIGHER,
            PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED, ARMED_FORCES_INDEPENDENCE_PAYMENT),
            EnumSet.of(ADP_DAILY_LIVING_STANDARD, ADP_DAILY_LIVING_ENHANCED, PENSION_AGE_DISABILITY_PAYMENT_HIGHER,
                    CDP_CARE_MIDDLE, CDP_CARE_HIGHEST)),

    /** SAR exception, Sch 4 para 29(5): current GB text read (DLA, CDP, attendance allowance, PIP, ADP). */
    SAR_EXCEPTION(EnumSet.of(DLA_CARE_MIDDLE, DLA_CARE_HIGHEST, CDP_CARE_MIDDLE, CDP_CARE_HIGHEST,
            ATTENDANCE_ALLOWANCE_LOWER, ATTENDANCE_ALLOWANCE_HIGHER, CONSTANT_ATTENDANCE_ALLOWANCE,
            ARMED_FORCES_INDEPENDENCE_PAYMENT, PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED,
            ADP_DAILY_LIVING_STANDARD, ADP_DAILY_LIVING_ENHANCED),
            EnumSet.of(PENSION_AGE_DISABILITY_PAYMENT_LOWER, PENSION_AGE_DISABILITY_PAYMENT_HIGHER)),

    /**
     * Claimant-side (para 15) and non-dependant (para 16(2)(c)-(e)) exemptions: DLA care middle/highest, attendance
     * allowance, PIP daily living (para 16 GB text of 2019 read; para 15 read in the NI twin and the GB opening).
     */
    CONTRIBUTION_EXEMPTION(EnumSet.of(DLA_CARE_MIDDLE, DLA_CARE_HIGHEST, ATTENDANCE_ALLOWANCE_LOWER,
            ATTENDANCE_ALLOWANCE_HIGHER, CONSTANT_ATTENDANCE_ALLOWANCE, ARMED_FORCES_INDEPENDENCE_PAYMENT,
            PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED),
            EnumSet.of(CDP_CARE_MIDDLE, CDP_CARE_HIGHEST, ADP_DAILY_LIVING_STANDARD, ADP_DAILY_LIVING_ENHANCED,
                    PENSION_AGE_DISABILITY_PAYMENT_LOWER, PENSION_AGE_DISABILITY_PAYMENT_HIGHER));

    /** How a person's benefits meet a test. */
    enum Match {
        /** No qualifying benefit. */
        NONE,
        /** A benefit named in the text Hearth read. */
        READ,
        /** Only a Scottish benefit Hearth treats as equivalent without having read the amending text. */
        EQUIVALENT
    }

    private final Set<DisabilityBenefit> read;
    private final Set<DisabilityBenefit> equivalent;

    QualifyingBenefits(Set<DisabilityBenefit> read, Set<DisabilityBenefit> equivalent) {
        this.read = read;
        this.equivalent = equivalent;
    }

    Match match(Set<DisabilityBenefit> received) {
        if (received.isEmpty()) {
            return Match.NONE;
        }
        boolean anyEquivalent = false;
        for (DisabilityBenefit benefit : received) {
            if (read.contains(benefit)) {
                return Match.READ;
            }
            anyEquivalent |= equivalent.contains(benefit);
        }
        return anyEquivalent ? Match.EQUIVALENT : Match.NONE;
    }
}
