package dev.hearth.domain.rent;

import java.util.Objects;

/**
 * One reason that raised the risk level.
 *
 * @param ruleId  the rule (see {@link RentRiskRules})
 * @param raisesTo the level this reason alone raises the risk to
 * @param reason  what was seen, in plain English
 */
public record RiskReason(String ruleId, RiskLevel raisesTo, String reason) {
    public RiskReason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(raisesTo, "raisesTo");
        Objects.requireNonNull(reason, "reason");
    }
}
