package dev.hearth.application.service.access;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.access.AddAdviserNoteCommand;
import dev.hearth.application.port.in.access.AddAdviserNoteUseCase;
import dev.hearth.application.port.in.access.ExportHouseholdQuery;
import dev.hearth.application.port.in.access.ExportHouseholdUseCase;
import dev.hearth.application.port.in.access.HouseholdExport;
import dev.hearth.application.port.in.access.ListAdviserNotesQuery;
import dev.hearth.application.port.in.access.ListAdviserNotesUseCase;
import dev.hearth.application.port.model.AdviserNoteRecord;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.access.AdviserNotePort;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.household.LoadDebtPort;
import dev.hearth.application.port.out.household.LoadHouseholdPort;
import dev.hearth.application.port.out.household.LoadSavedEstimatePort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** Adviser notes and the owner's export of everything stored about a household (ADR 0019). */
public final class HouseholdRecordsService implements AddAdviserNoteUseCase, ListAdviserNotesUseCase,
        ExportHouseholdUseCase {

    private final LoadHouseholdPort households;
    private final LoadDebtPort debts;
    private final LoadSavedEstimatePort estimates;
    private final AdviserNotePort notes;
    private final RunInTransactionPort transactions;
    private final AccessAudit audit;
    private final Clock clock;

    public HouseholdRecordsService(LoadHouseholdPort households, LoadDebtPort debts, LoadSavedEstimatePort estimates,
                                   AdviserNotePort notes, RunInTransactionPort transactions,
                                   AppendAuditEventPort audit, Clock clock) {
        this.households = Objects.requireNonNull(households, "households");
        this.debts = Objects.requireNonNull(debts, "debts");
        this.estimates = Objects.requireNonNull(estimates, "estimates");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = new AccessAudit(Objects.requireNonNull(audit, "audit"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AdviserNoteRecord add(AddAdviserNoteCommand command) {
        String text = command.text();
        if (text.isBlank() || text.length() > AddAdviserNoteCommand.MAX_LENGTH) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "One field is not acceptable.",
                    List.of(new FieldError("text", "length",
                            "Write 1 to " + AddAdviserNoteCommand.MAX_LENGTH + " characters.")));
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            AdviserNoteRecord note = notes.add(command.householdId(), command.context().actorId(), text, now);
            audit.record("household.note_added", command.householdId(), command.context(), now, null,
                    "note_id", note.id().toString());
            return note;
        });
    }

    @Override
    public List<AdviserNoteRecord> list(ListAdviserNotesQuery query) {
        return notes.list(query.householdId(), LIMIT);
    }

    @Override
    public HouseholdExport export(ExportHouseholdQuery query) {
        UUID id = query.householdId();
        HouseholdRecord household = households.load(id)
                .orElseThrow(() -> new ApplicationException(ErrorCode.NOT_FOUND, "There is no household with that id."))
                .value();
        List<DebtRecord> allDebts = all(after -> debts.list(id, new PageRequest(after, PageRequest.MAX_LIMIT))
                .value());
        List<SavedEstimateRecord> allEstimates = all(after -> estimates.list(id,
                new PageRequest(after, PageRequest.MAX_LIMIT)).value());
        List<AdviserNoteRecord> allNotes = notes.list(id, Integer.MAX_VALUE);
        audit.record("household.exported", id, query.context(), clock.instant(), null,
                "debts", Integer.toString(allDebts.size()), "estimates", Integer.toString(allEstimates.size()),
                "notes", Integer.toString(allNotes.size()));
        return new HouseholdExport(household, allDebts, allNotes, allEstimates);
    }

    private static <T> List<T> all(Function<UUID, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        UUID after = null;
        do {
            Page<T> page = pages.apply(after);
            items.addAll(page.items());
            after = page.nextAfter();
        } while (after != null);
        return items;
    }
}
