package dev.hearth.application.port.out.access;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.AdviserNoteRecord;
import dev.hearth.application.port.model.CrisisOverrideRecord;
import dev.hearth.application.port.model.HouseholdMemberRecord;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.HouseholdRole;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.out.household.InMemoryHouseholdStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The household-access ports in memory, over an {@link InMemoryHouseholdStore} for the households themselves: roles
 * (in the order granted), crisis overrides and adviser notes (oldest first). Like the PostgreSQL adapter, a role
 * granted on a household that does not exist is {@code NOT_FOUND}. Pages are not cut: one page holds every household.
 */
public final class InMemoryHouseholdAccess
        implements HouseholdMembershipPort, ListMemberHouseholdsPort, CrisisOverridePort, AdviserNotePort {

    private final InMemoryHouseholdStore households;
    private final Map<UUID, Map<UUID, HouseholdMemberRecord>> members = new LinkedHashMap<>();
    private final List<CrisisOverrideRecord> overrides = new ArrayList<>();
    private final List<AdviserNoteRecord> notes = new ArrayList<>();

    public InMemoryHouseholdAccess(InMemoryHouseholdStore households) {
        this.households = Objects.requireNonNull(households, "households");
    }

    @Override
    public synchronized Optional<HouseholdRole> roleOf(UUID householdId, UUID accountId) {
        return Optional.ofNullable(members.getOrDefault(householdId, Map.of()).get(accountId))
                .map(HouseholdMemberRecord::role);
    }

    @Override
    public boolean householdExists(UUID householdId) {
        return households.load(householdId).isPresent();
    }

    @Override
    public synchronized void put(HouseholdMemberRecord member) {
        if (!householdExists(member.householdId())) {
            throw new ApplicationException(ErrorCode.NOT_FOUND, "There is no household with that id.");
        }
        members.computeIfAbsent(member.householdId(), h -> new LinkedHashMap<>()).put(member.accountId(), member);
    }

    @Override
    public synchronized boolean remove(UUID householdId, UUID accountId) {
        return members.getOrDefault(householdId, new LinkedHashMap<>()).remove(accountId) != null;
    }

    @Override
    public synchronized List<HouseholdMemberRecord> members(UUID householdId) {
        return List.copyOf(members.getOrDefault(householdId, Map.of()).values());
    }

    @Override
    public synchronized Read<Page<HouseholdRecord>> listForMember(UUID accountId, PageRequest page) {
        List<HouseholdRecord> mine = members.entrySet().stream()
                .filter(e -> e.getValue().containsKey(accountId))
                .map(e -> households.load(e.getKey()))
                .flatMap(Optional::stream)
                .map(Read::value)
                .sorted(Comparator.comparing(HouseholdRecord::id))
                .toList();
        return Read.current(new Page<>(mine, null));
    }

    @Override
    public synchronized CrisisOverrideRecord open(UUID householdId, UUID accountId, Instant openedAt,
                                                  Instant expiresAt, String justification) {
        CrisisOverrideRecord opened = new CrisisOverrideRecord(UUID.randomUUID(), householdId, accountId, openedAt,
                expiresAt, justification);
        overrides.add(opened);
        return opened;
    }

    @Override
    public synchronized Optional<CrisisOverrideRecord> active(UUID householdId, UUID accountId, Instant at) {
        return overrides.stream()
                .filter(o -> o.householdId().equals(householdId) && o.accountId().equals(accountId) && o.activeAt(at))
                .max(Comparator.comparing(CrisisOverrideRecord::expiresAt));
    }

    @Override
    public synchronized List<CrisisOverrideRecord> forHousehold(UUID householdId) {
        return overrides.stream().filter(o -> o.householdId().equals(householdId)).toList();
    }

    @Override
    public synchronized AdviserNoteRecord add(UUID householdId, String authorId, String text, Instant at) {
        AdviserNoteRecord note = new AdviserNoteRecord(UUID.randomUUID(), householdId, authorId, at, text);
        notes.add(note);
        return note;
    }

    @Override
    public synchronized List<AdviserNoteRecord> list(UUID householdId, int limit) {
        return notes.stream().filter(n -> n.householdId().equals(householdId)).limit(limit).toList();
    }
}
