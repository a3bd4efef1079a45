package dev.hearth.domain.rent;

/** How close the home is to being at risk, lowest first. The level is the highest any reason raised it to. */
public enum RiskLevel {
    /** No reason for concern was found. */
    LOW,
    /** Rent is not fully covered, or arrears or a payment-timing gap exist. */
    MEDIUM,
    /** Arrears at the level where the landlord can ask DWP for direct payment, or the mandatory threshold is near. */
    HIGH,
    /** The mandatory possession threshold is reached now or within about a month. */
    CRITICAL
}
