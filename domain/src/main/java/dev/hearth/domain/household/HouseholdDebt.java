package dev.hearth.domain.household;

import dev.hearth.domain.debt.AdviserClassification;
import dev.hearth.domain.debt.DebtCircumstances;
import dev.hearth.domain.debt.DebtInput;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.debt.DebtPlanner;
import dev.hearth.domain.debt.Enforcement;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One debt a household owes, as it is kept with the household: the facts of a {@link DebtInput} (without the
 * per-request id; a stored debt has its own identifier) and an optional free-text note.
 *
 * @param type                   the {@code DebtType} constant name, e.g. {@code "COUNCIL_TAX"}
 * @param creditor               who is owed, or null when not given (stored encrypted, never copied into
 *                               explanations or logs)
 * @param balancePence           the amount owed now, in pence (more than zero)
 * @param monthlyInstalmentPence for a priority debt, the instalment agreed or required each month towards the arrears,
 *                               in pence, or null when not given
 * @param enforcement            an enforcement event, or null if none (counts like one of {@code enforcementEvents})
 * @param adviserClassification  an adviser's classification with its reason, or null if none (audited when saved)
 * @param largeBalanceConfirmed  set to confirm a balance above the plausibility limit
 * @param note                   the household's own note about this debt, at most 2,000 characters, or null when
 *                               none (stored encrypted, never searched, logged or used in a calculation)
 * @param enforcementEvents      every enforcement event on the debt with its date, as for the debt planner, or null
 * @param circumstances          facts that can change the classification, as for the debt planner, or null
 */
public record HouseholdDebt(String type, String creditor, Pence balancePence, Pence monthlyInstalmentPence,
                            Enforcement enforcement, AdviserClassification adviserClassification,
                            boolean largeBalanceConfirmed, String note, List<Enforcement> enforcementEvents,
                            DebtCircumstances circumstances) {

    public HouseholdDebt {
        enforcementEvents = enforcementEvents == null ? null
                : java.util.Collections.unmodifiableList(new ArrayList<>(enforcementEvents));
    }

    /** A debt without enforcement events or circumstances (the shape before they were added). */
    public HouseholdDebt(String type, String creditor, Pence balancePence, Pence monthlyInstalmentPence,
                         Enforcement enforcement, AdviserClassification adviserClassification,
                         boolean largeBalanceConfirmed, String note) {
        this(type, creditor, balancePence, monthlyInstalmentPence, enforcement, adviserClassification,
                largeBalanceConfirmed, note, null, null);
    }

    /** Longest note, in characters. */
    public static final int MAX_NOTE_LENGTH = 2_000;
    private static final String PLANNER_PREFIX = "debts[0].";

    /** This debt as the debt planner's input, under {@code id}. */
    public DebtInput toDebtInput(String id) {
        return new DebtInput(id, type, creditor, balancePence, monthlyInstalmentPence, enforcement,
                adviserClassification, largeBalanceConfirmed, enforcementEvents, circumstances);
    }

    /**
     * Checks this debt with the debt planner's own rules (known type, positive balance, plausibility acknowledgement,
     * enforcement facts ...) as they stand on {@code asOf} for a household in {@code nation}, plus the note's length.
     *
     * @return every violation, with field paths as written in this record (e.g. {@code balancePence}); empty when the
     *         debt is acceptable
     */
    public List<Violation> check(LocalDate asOf, Nation nation) {
        Objects.requireNonNull(asOf, "asOf");
        List<Violation> found = new ArrayList<>();
        if (note != null && (note.isBlank() || note.length() > MAX_NOTE_LENGTH)) {
            found.add(new Violation("note", "invalid_note",
                    "a note is 1 to " + MAX_NOTE_LENGTH + " characters and not blank; leave it out for none"));
        }
        try {
            DebtPlanner.plan(new DebtPlanRequest(asOf, nation == null ? Nation.ENGLAND : nation, List.of(), List.of(),
                    List.of(toDebtInput("debt")), null, null));
        } catch (InvalidInputException e) {
            for (Violation v : e.violations()) {
                if (v.field().startsWith(PLANNER_PREFIX)) {
                    found.add(new Violation(v.field().substring(PLANNER_PREFIX.length()), v.code(), v.message()));
                }
            }
        }
        return List.copyOf(found);
    }
}
