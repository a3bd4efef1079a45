package dev.hearth.application.service.household;

import static dev.hearth.application.service.household.HouseholdsService.notFound;
import static dev.hearth.application.service.household.HouseholdsService.pageOfExistingHousehold;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.household.GetSavedEstimateQuery;
import dev.hearth.application.port.in.household.GetSavedEstimateUseCase;
import dev.hearth.application.port.in.household.ListSavedEstimatesQuery;
import dev.hearth.application.port.in.household.ListSavedEstimatesUseCase;
import dev.hearth.application.port.in.household.ReplayReport;
import dev.hearth.application.port.in.household.ReplaySavedEstimateQuery;
import dev.hearth.application.port.in.household.ReplaySavedEstimateUseCase;
import dev.hearth.application.port.in.household.SaveEstimateCommand;
import dev.hearth.application.port.in.household.SaveEstimateUseCase;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.household.LoadHouseholdPort;
import dev.hearth.application.port.out.household.LoadSavedEstimatePort;
import dev.hearth.application.port.out.household.StoreSavedEstimatePort;
import dev.hearth.application.port.out.persistence.RunInTransactionPort;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UcRules;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Universal Credit estimates made for stored households and kept, so any number a household was shown can be
 * reproduced: "estimate now" reads the household's facts on the primary, runs the engine for the period and stores the
 * exact engine input, the ruleset and engine versions, and the result with its explanation, in one transaction with
 * its audit event. A replay recomputes from the stored input with today's code and compares every line.
 */
public final class SavedEstimatesService implements SaveEstimateUseCase, GetSavedEstimateUseCase,
        ListSavedEstimatesUseCase, ReplaySavedEstimateUseCase {

    private final LoadHouseholdPort households;
    private final LoadSavedEstimatePort load;
    private final StoreSavedEstimatePort store;
    private final RunInTransactionPort transactions;
    private final HouseholdAudit audit;
    private final Clock clock;
    private final String engineVersion;

    /**
     * @param engineVersion the running Hearth build (version and commit), stored with each estimate and shown in
     *                      replays; 1 to 128 of {@code A-Z a-z 0-9 . _ : / + = -}
     */
    public SavedEstimatesService(LoadHouseholdPort households, LoadSavedEstimatePort load,
                                 StoreSavedEstimatePort store, RunInTransactionPort transactions,
                                 AppendAuditEventPort audit, Clock clock, String engineVersion) {
        this.households = Objects.requireNonNull(households, "households");
        this.load = Objects.requireNonNull(load, "load");
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = new HouseholdAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.engineVersion = Objects.requireNonNull(engineVersion, "engineVersion");
        if (!engineVersion.matches("[A-Za-z0-9._:/+=-]{1,128}")) {
            throw new IllegalArgumentException("engineVersion must be 1-128 of A-Z a-z 0-9 . _ : / + = -");
        }
    }

    @Override
    public SavedEstimateRecord save(SaveEstimateCommand command) {
        Instant now = clock.instant();
        UUID householdId = command.householdId();
        LocalDate periodStart = command.assessmentPeriodStart() != null
                ? command.assessmentPeriodStart() : Today.in(clock);
        return transactions.inTransaction(() -> {
            HouseholdRecord household = households.lockForUpdate(householdId)
                    .orElseThrow(() -> notFound(householdId));
            UcEstimateRequest inputs = household.circumstances().forAssessmentPeriodStarting(periodStart);
            UcEstimate result = UniversalCredit.estimate(inputs);
            SavedEstimateRecord saved = store.insert(householdId, household.version(), now, engineVersion, inputs,
                    result);
            audit.record("household.estimate_saved", householdId, command.context(), now,
                    "estimate_id", saved.id().toString(),
                    "household_version", Long.toString(household.version()),
                    "engine_version", engineVersion);
            return saved;
        });
    }

    @Override
    public Read<SavedEstimateRecord> get(GetSavedEstimateQuery query) {
        return load.load(query.householdId(), query.estimateId()).orElseThrow(SavedEstimatesService::estimateNotFound);
    }

    @Override
    public Read<Page<SavedEstimateRecord>> list(ListSavedEstimatesQuery query) {
        return pageOfExistingHousehold(load.list(query.householdId(), query.page()), households,
                query.householdId());
    }

    @Override
    public ReplayReport replay(ReplaySavedEstimateQuery query) {
        Instant now = clock.instant();
        SavedEstimateRecord saved = load.load(query.householdId(), query.estimateId())
                .orElseThrow(SavedEstimatesService::estimateNotFound).value();
        List<ReplayReport.Difference> differences = new ArrayList<>();
        int compared;
        try {
            UcEstimate replayed = UniversalCredit.estimate(saved.inputs());
            compared = compare(ResultLines.of(saved.result()), ResultLines.of(replayed), differences);
        } catch (InvalidInputException refused) {
            // Today's rules refuse inputs they once accepted (a rule was corrected): that is a finding of the replay,
            // reported line by line like any other difference, not an error of the caller's request.
            compared = refusedInputs(refused, differences);
        }
        ReplayReport report = new ReplayReport(saved.id(), saved.householdId(), now, saved.engineVersion(),
                engineVersion, saved.rulesetVersion(), UcRules.RULESET_VERSION,
                differences.isEmpty(), compared, differences);
        transactions.inTransaction(() -> {
            audit.record("household.estimate_replayed", saved.householdId(), query.context(), now,
                    "estimate_id", saved.id().toString(), "engine_version", engineVersion,
                    "identical", Boolean.toString(report.identical()),
                    "differences", Integer.toString(differences.size()));
            return null;
        });
        return report;
    }

    /**
     * Adds one difference for each input field today's rules refuse, at path {@code inputs.<field>}: accepted when
     * saved, refused now with the violation's code; returns the fields reported.
     */
    static int refusedInputs(InvalidInputException refused, List<ReplayReport.Difference> differences) {
        for (Violation violation : refused.violations()) {
            differences.add(new ReplayReport.Difference("inputs." + violation.field(), "accepted",
                    "refused: " + violation.code()));
        }
        return refused.violations().size();
    }

    /** Adds a difference for every path whose values differ or that only one side has; returns the paths compared. */
    static int compare(Map<String, String> stored, Map<String, String> replayed,
                       List<ReplayReport.Difference> differences) {
        Set<String> paths = new LinkedHashSet<>(stored.keySet());
        paths.addAll(replayed.keySet());
        for (String path : paths) {
            String before = stored.get(path);
            String after = replayed.get(path);
            if (!Objects.equals(before, after)) {
                differences.add(new ReplayReport.Difference(path, before, after));
            }
        }
        return paths.size();
    }

    private static ApplicationException estimateNotFound() {
        return new ApplicationException(ErrorCode.NOT_FOUND, "This household has no saved estimate with that id.");
    }
}
