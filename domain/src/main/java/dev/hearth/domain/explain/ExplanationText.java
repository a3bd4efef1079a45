package dev.hearth.domain.explain;

/**
 * Renders an explanation as stable plain text: the format of the golden files, so a change in reasoning shows up as a
 * readable line diff in review. The format is part of the audit trail; change it only together with every golden file.
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String render(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        out.append("ruleset: ").append(explanation.rulesetVersion()).append('\n');
        int n = 1;
        for (Step step : explanation.steps()) {
            out.append('\n').append(n++).append(". [").append(step.ruleId()).append("] ").append(step.description()).append('\n');
            out.append("   law: ").append(step.legalReference()).append('\n');
            for (Fact fact : step.inputs()) {
                out.append("   - ").append(fact.name()).append(": ").append(fact.value()).append('\n');
            }
            out.append("   = ").append(step.output()).append('\n');
            if (!step.rounding().isEmpty()) {
                out.append("   rounding: ").append(step.rounding()).append('\n');
            }
        }
        out.append("\nassumptions:\n");
        for (Assumption assumption : explanation.assumptions()) {
            out.append("- (").append(assumption.source()).append(") ").append(assumption.id()).append(": ")
                    .append(assumption.text()).append('\n');
        }
        return out.toString();
    }
}
