package dev.hearth.domain.housing;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A disability or care benefit a person receives. Several housing rules turn on these: the extra bedroom for someone
 * who cannot share or needs overnight care (Sch 4 para 12), the shared accommodation rate exceptions (para 29(5)), the
 * non-dependant exemptions (para 16) and the claimant-side exemption from housing cost contributions (para 15).
 * Scottish benefits that replaced the GB ones are listed separately so the caller can say exactly what is paid.
 */
public enum DisabilityBenefit {
    /** Attendance Allowance at the lower rate. */
    ATTENDANCE_ALLOWANCE_LOWER,
    /** Attendance Allowance at the higher rate. */
    ATTENDANCE_ALLOWANCE_HIGHER,
    /** Disability Living Allowance care component, lowest rate. */
    DLA_CARE_LOWEST,
    /** Disability Living Allowance care component, middle rate. */
    DLA_CARE_MIDDLE,
    /** Disability Living Allowance care component, highest rate. */
    DLA_CARE_HIGHEST,
    /** Personal Independence Payment daily living component, standard rate. */
    PIP_DAILY_LIVING_STANDARD,
    /** Personal Independence Payment daily living component, enhanced rate. */
    PIP_DAILY_LIVING_ENHANCED,
    /** Adult Disability Payment (Scotland) daily living component, standard rate. */
    ADP_DAILY_LIVING_STANDARD,
    /** Adult Disability Payment (Scotland) daily living component, enhanced rate. */
    ADP_DAILY_LIVING_ENHANCED,
    /** Child Disability Payment (Scotland) care component, lowest rate. */
    CDP_CARE_LOWEST,
    /** Child Disability Payment (Scotland) care component, middle rate. */
    CDP_CARE_MIDDLE,
    /** Child Disability Payment (Scotland) care component, highest rate. */
    CDP_CARE_HIGHEST,
    /** Pension Age Disability Payment (Scotland, replaces Attendance Allowance), lower rate. */
    PENSION_AGE_DISABILITY_PAYMENT_LOWER,
    /** Pension Age Disability Payment (Scotland, replaces Attendance Allowance), higher rate. */
    PENSION_AGE_DISABILITY_PAYMENT_HIGHER,
    /** Armed Forces Independence Payment. */
    ARMED_FORCES_INDEPENDENCE_PAYMENT,
    /** Constant attendance allowance paid with industrial injuries or war disablement pension. */
    CONSTANT_ATTENDANCE_ALLOWANCE;

    /**
     * An unmodifiable copy of {@code benefits} that iterates in declaration order, whatever order or set type it was
     * given in. {@code Set.copyOf} iterates in an order that changes between JVM runs, and these sets are written into
     * explanations and stored documents: the same facts must give the same text, byte for byte, on every run (a saved
     * estimate's replay compares it).
     *
     * @throws NullPointerException when {@code benefits} holds a null
     */
    public static Set<DisabilityBenefit> copyOf(Collection<DisabilityBenefit> benefits) {
        if (benefits == null || benefits.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(benefits));
    }
}
