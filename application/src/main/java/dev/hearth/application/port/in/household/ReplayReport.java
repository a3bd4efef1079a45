package dev.hearth.application.port.in.household;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a replay found: a saved estimate recomputed from its stored inputs with today's code, compared line by line
 * with the result that was stored (and shown). Each line is one value of the result, named by its path, such as
 * {@code award} or {@code explanation.steps[4].output}; the explanation's wording is compared as well as the amounts.
 *
 * @param estimateId             the saved estimate replayed
 * @param householdId            its household
 * @param replayedAt             when the replay ran
 * @param storedEngineVersion    the Hearth build that made the saved estimate
 * @param currentEngineVersion   the Hearth build that replayed it
 * @param storedRulesetVersion   the ruleset the saved estimate names
 * @param currentRulesetVersion  the ruleset of today's code
 * @param identical              true when every line is the same
 * @param linesCompared          how many lines the two results have between them (paths counted once)
 * @param differences            every line that differs, in the order of the result; when today's rules refuse the
 *                               stored inputs (a rule was corrected since), one line per refused field instead, at
 *                               {@code inputs.<field>}, stored {@code accepted}, replayed {@code refused: <code>}
 */
public record ReplayReport(UUID estimateId, UUID householdId, Instant replayedAt, String storedEngineVersion,
                           String currentEngineVersion, String storedRulesetVersion, String currentRulesetVersion,
                           boolean identical, int linesCompared, List<Difference> differences) {

    public ReplayReport {
        Objects.requireNonNull(estimateId, "estimateId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(replayedAt, "replayedAt");
        differences = List.copyOf(differences);
        if (identical != differences.isEmpty()) {
            throw new IllegalArgumentException("identical exactly when there are no differences");
        }
    }

    /**
     * One line that differs.
     *
     * @param path     the value's path in the result, e.g. {@code elements[2].amount}
     * @param stored   the value in the saved result, or null when the replay has a line the saved result did not
     * @param replayed the value today's code gives, or null when the saved result had a line the replay does not
     */
    public record Difference(String path, String stored, String replayed) {
        public Difference {
            Objects.requireNonNull(path, "path");
            if (stored == null && replayed == null) {
                throw new IllegalArgumentException("a difference has at least one side");
            }
        }
    }
}
