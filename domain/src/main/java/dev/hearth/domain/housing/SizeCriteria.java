package dev.hearth.domain.housing;

import dev.hearth.domain.person.Age;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.housing.BedroomEntitlement.Allocation;
import dev.hearth.domain.housing.BedroomEntitlement.Reason;
import dev.hearth.domain.housing.HousingCostsInput.Child;
import dev.hearth.domain.housing.HousingCostsInput.Claimant;
import dev.hearth.domain.housing.HousingCostsInput.FosterCarerStatus;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.validation.IndexedPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The size criteria (UC Regs 2013 Sch 4 paras 8-12, and para 26 for the private sector): how many bedrooms a household
 * is entitled to, and why. Package-private; used by {@link HousingCostsElement}.
 */
final class SizeCriteria {

    /** Field paths of list elements as the caller named them, e.g. {@code children[1]}. */
    private static final IndexedPath CHILD_PATHS = IndexedPath.of("children");
    private static final IndexedPath CLAIMANT_PATHS = IndexedPath.of("claimants");
    private static final IndexedPath NON_DEPENDANT_PATHS = IndexedPath.of("nonDependants");

    /** Under this age a person is a "child" for the size criteria (Welfare Reform Act 2012 s.40). */
    static final int CHILD_AGE = 16;
    /** Two children under this age share whatever their sex. */
    static final int ANY_SEX_SHARING_AGE = 10;

    /** Children are taken oldest first; the path breaks a tie between twins so the order is always the same. */
    private static final Comparator<Kid> OLDEST_FIRST = (a, b) -> {
        int byBirth = a.dateOfBirth().compareTo(b.dateOfBirth());
        return byBirth != 0 ? byBirth : a.path().compareTo(b.path());
    };

    // ---- assumptions whose text never changes: one record each, shared by every calculation ----

    private static final Assumption DISABLED_CHILD_MORE_THAN_ONE = new Assumption(
            "housing.disabled-child.more-than-one", AssumptionSource.UNCONFIRMED_RULE,
            "More than one child meets the disabled child condition; Hearth gives each a bedroom alone. "
                    + "Sch 4 para 12(8)-(9), which may limit additional bedrooms, was not read.");

    /**
     * Bedroom lines that are the same in every calculation, made once: the renter's room (one renter or a couple), and
     * the room of a person aged 16 or over at each of the first few places in the children's and non-dependants' lists.
     */
    private static final Allocation SINGLE_RENTER = new Allocation(Reason.RENTER, List.of(CLAIMANT_PATHS.at(0)));
    private static final Allocation JOINT_RENTERS = new Allocation(Reason.RENTER,
            List.of(CLAIMANT_PATHS.at(0), CLAIMANT_PATHS.at(1)));
    private static final int ROOMS_MADE_IN_ADVANCE = 16;
    private static final Allocation[] CHILD_16_OR_OVER_ROOMS = roomsOfPersons16OrOver(CHILD_PATHS);
    private static final Allocation[] NON_DEPENDANT_ROOMS = roomsOfPersons16OrOver(NON_DEPENDANT_PATHS);

    private static Allocation[] roomsOfPersons16OrOver(IndexedPath paths) {
        Allocation[] rooms = new Allocation[ROOMS_MADE_IN_ADVANCE];
        for (int i = 0; i < rooms.length; i++) {
            rooms[i] = new Allocation(Reason.PERSON_16_OR_OVER, List.of(paths.at(i)));
        }
        return rooms;
    }

    /** The room of a person aged 16 or over at place {@code index} of a list: the same as a new allocation. */
    private static Allocation personAged16OrOver(Allocation[] madeInAdvance, IndexedPath paths, int index) {
        return index < madeInAdvance.length ? madeInAdvance[index]
                : new Allocation(Reason.PERSON_16_OR_OVER, List.of(paths.at(index)));
    }

    private SizeCriteria() {
    }

    /** A child under 16 to be placed in a bedroom. */
    private record Kid(String path, LocalDate dateOfBirth, int age, Sex sex) {
    }

    static BedroomEntitlement entitlement(HousingCostsInput input, LocalDate lastDay, boolean privateSector,
                                          int maximumBedrooms, ExplanationBuilder explanation) {
        int people = input.claimants().size() + input.children().size() + input.nonDependants().size();
        List<Allocation> rooms = new ArrayList<>(people + 1);
        List<Fact> notes = List.of(); // made only when there is a note (rarely)

        // The renter's room; the validator allows one or two renters.
        Allocation renterRoom = input.claimants().size() == 1 ? SINGLE_RENTER : input.claimants().size() == 2
                ? JOINT_RENTERS : new Allocation(Reason.RENTER, renterPaths(input.claimants().size()));
        List<String> renters = renterRoom.occupants();
        rooms.add(renterRoom);

        // Children under 16 who may share, in list order: an array with room for everyone, sorted in place later.
        Kid[] sharers = new Kid[people];
        int sharerCount = 0;
        List<Kid> disabledAlone = List.of(); // made only for a disabled child who cannot share
        boolean disabledChildByEquivalent = false;
        for (int i = 0; i < input.children().size(); i++) {
            Child c = input.children().get(i);
            String path = CHILD_PATHS.at(i);
            int age = Age.completeYears(c.dateOfBirth(), lastDay);
            if (age >= CHILD_AGE) {
                rooms.add(personAged16OrOver(CHILD_16_OR_OVER_ROOMS, CHILD_PATHS, i));
                continue;
            }
            Kid kid = new Kid(path, c.dateOfBirth(), age, c.sex());
            QualifyingBenefits.Match match = QualifyingBenefits.DISABLED_CHILD.match(c.disabilityBenefits());
            if (c.cannotShareBedroomBecauseOfDisability() && match != QualifyingBenefits.Match.NONE) {
                if (disabledAlone.isEmpty()) {
                    disabledAlone = new ArrayList<>(2);
                }
                disabledAlone.add(kid);
                disabledChildByEquivalent |= match == QualifyingBenefits.Match.EQUIVALENT;
            } else {
                sharers[sharerCount++] = kid;
                if (c.cannotShareBedroomBecauseOfDisability()) {
                    if (notes.isEmpty()) {
                        notes = new ArrayList<>(2);
                    }
                    notes.add(Fact.of(path, "cannot share because of disability, but receives no DLA care (middle or "
                            + "highest rate): the disabled child condition is not met"));
                }
            }
        }
        for (int i = 0; i < input.nonDependants().size(); i++) {
            NonDependant n = input.nonDependants().get(i);
            String path = NON_DEPENDANT_PATHS.at(i);
            int age = Age.completeYears(n.dateOfBirth(), lastDay);
            if (age >= CHILD_AGE) {
                rooms.add(personAged16OrOver(NON_DEPENDANT_ROOMS, NON_DEPENDANT_PATHS, i));
            } else {
                sharers[sharerCount++] = new Kid(path, n.dateOfBirth(), age, n.sex());
            }
        }

        // Pairing sorts the array it is given, so the disabled-child comparison below gets a copy of the same children.
        Kid[] sharersAndDisabled = disabledAlone.isEmpty() ? null : concat(sharers, sharerCount, disabledAlone);
        int sharedRooms = pairChildren(sharers, sharerCount, rooms);
        // Only needed (and only different) when a disabled child has a room alone.
        int withoutDisabledCondition = rooms.size() - sharedRooms + (disabledAlone.isEmpty() ? sharedRooms
                : pairChildren(sharersAndDisabled, sharersAndDisabled.length, new ArrayList<>()));
        int general = rooms.size();

        List<Allocation> generalRooms = List.copyOf(rooms); // more rooms may be added below; the step shows these
        List<Fact> allNotes = notes; // complete: no note is added after this point
        explanation.step(HousingRules.BEDROOM_ENTITLEMENT, () -> {
            List<Fact> lines = new ArrayList<>(generalRooms.size() + allNotes.size());
            for (int i = 0; i < generalRooms.size(); i++) {
                lines.add(Fact.of("bedroom " + (i + 1), describe(generalRooms.get(i))));
            }
            lines.addAll(allNotes);
            return StepText.of("Bedrooms for the people in the home under the size criteria", lines,
                    general + " bedroom(s)");
        });

        if (!disabledAlone.isEmpty()) {
            List<Fact> in = new ArrayList<>();
            for (Kid kid : disabledAlone) {
                rooms.add(new Allocation(Reason.DISABLED_CHILD_CANNOT_SHARE, List.of(kid.path())));
                in.add(Fact.of(kid.path(), "cannot reasonably share because of disability and receives a qualifying benefit"));
            }
            int added = general + disabledAlone.size() - withoutDisabledCondition;
            in.add(Fact.of("bedrooms if they shared", withoutDisabledCondition));
            in.add(Fact.of("bedrooms with a room each for them", general + disabledAlone.size()));
            explanation.step(HousingRules.DISABLED_CHILD,
                    "A disabled child who cannot share has a bedroom alone", in, added + " additional bedroom(s)");
            if (added > 1) {
                explanation.assume(DISABLED_CHILD_MORE_THAN_ONE);
            }
            if (disabledChildByEquivalent) {
                scottishEquivalent(explanation, "para 12(6) (disabled child condition)");
            }
        }

        int additional = 0;
        // Disabled person condition, para 12(6A): joint renters only.
        if (input.claimants().size() == 2) {
            for (int i = 0; i < 2; i++) {
                Claimant c = input.claimants().get(i);
                if (!c.cannotShareBedroomBecauseOfDisability()) {
                    continue;
                }
                String path = CLAIMANT_PATHS.at(i);
                QualifyingBenefits.Match match = QualifyingBenefits.DISABLED_PERSON.match(c.disabilityBenefits());
                if (match == QualifyingBenefits.Match.NONE) {
                    explanation.step(HousingRules.DISABLED_PERSON,
                            "The disabled person condition needs a qualifying benefit as well as the need for a separate bedroom",
                            List.of(Fact.of(path, "cannot share with the other joint renter but receives no DLA care "
                                    + "(middle or highest), attendance allowance at the higher rate, PIP daily living or AFIP")),
                            "not met: no additional bedroom");
                    continue;
                }
                rooms.add(new Allocation(Reason.DISABLED_PERSON_CANNOT_SHARE, List.of(path)));
                additional++;
                explanation.step(HousingRules.DISABLED_PERSON,
                        "A joint renter who cannot share a bedroom with the other because of disability",
                        List.of(Fact.of(path, "cannot reasonably share and receives a qualifying benefit")),
                        "1 additional bedroom");
                if (match == QualifyingBenefits.Match.EQUIVALENT) {
                    scottishEquivalent(explanation, "para 12(6A) (disabled person condition)");
                }
                break;
            }
        } else if (input.claimants().get(0).cannotShareBedroomBecauseOfDisability()) {
            explanation.step(HousingRules.DISABLED_PERSON,
                    "The disabled person condition is about sharing with a joint renter",
                    List.of(Fact.of("claimants[0]", "a single renter has a bedroom alone already")),
                    "not applicable: no additional bedroom");
        }

        // Overnight care condition, para 12(A1) and (3): one additional bedroom however many people need care.
        HousingCostsInput.FosterCaring foster = input.fosterCaring() == null
                ? HousingCostsInput.FosterCaring.NONE : input.fosterCaring();
        // The lists are made only when someone needs overnight care (rarely).
        List<String> needCare = List.of();
        List<String> careWithoutBenefit = List.of();
        if (anyoneNeedsOvernightCare(input, foster)) {
            needCare = new ArrayList<>();
            careWithoutBenefit = new ArrayList<>();
            for (int i = 0; i < input.claimants().size(); i++) {
                Claimant c = input.claimants().get(i);
                overnight(CLAIMANT_PATHS.at(i), c.needsOvernightCare(), c.disabilityBenefits(), needCare, careWithoutBenefit);
            }
            for (int i = 0; i < input.children().size(); i++) {
                Child c = input.children().get(i);
                overnight(CHILD_PATHS.at(i), c.needsOvernightCare(), c.disabilityBenefits(), needCare, careWithoutBenefit);
            }
            for (int i = 0; i < input.nonDependants().size(); i++) {
                NonDependant n = input.nonDependants().get(i);
                overnight(NON_DEPENDANT_PATHS.at(i), n.needsOvernightCare(), n.disabilityBenefits(), needCare, careWithoutBenefit);
            }
            if (foster.placedChildNeedsOvernightCare()) {
                needCare.add("the foster child placed with the renter");
            }
        }
        if (!needCare.isEmpty() || !careWithoutBenefit.isEmpty()) {
            List<Fact> in = new ArrayList<>();
            needCare.forEach(p -> in.add(Fact.of(p, "needs overnight care from non-resident carers and receives a qualifying benefit")));
            careWithoutBenefit.forEach(p -> in.add(Fact.of(p, "needs overnight care but receives no qualifying benefit")));
            if (needCare.isEmpty()) {
                explanation.step(HousingRules.OVERNIGHT_CARE,
                        "The overnight care condition needs a qualifying benefit", in, "not met: no additional bedroom");
            } else {
                rooms.add(new Allocation(Reason.OVERNIGHT_CARER, needCare));
                additional++;
                explanation.step(HousingRules.OVERNIGHT_CARE,
                        "One additional bedroom for non-resident overnight carers (one however many people need care)",
                        in, "1 additional bedroom");
            }
        }

        // Foster parent condition, para 12(1)(b), (4), (5).
        if (foster.status() != FosterCarerStatus.NONE) {
            rooms.add(new Allocation(Reason.FOSTER_PARENT, renters));
            additional++;
            explanation.step(HousingRules.FOSTER_PARENT, "One additional bedroom for a foster parent or adopter",
                    List.of(Fact.of("fosterCaring.status", foster.status())), "1 additional bedroom");
        }

        int uncapped = rooms.size();
        int bedrooms = uncapped;
        if (privateSector && uncapped > maximumBedrooms) {
            bedrooms = maximumBedrooms;
            explanation.step(HousingRules.FOUR_BEDROOM_LIMIT,
                    "In the private sector the entitlement is capped at the largest LHA category",
                    List.of(Fact.of("bedrooms under the size criteria", uncapped), Fact.of("maximum", maximumBedrooms)),
                    bedrooms + " bedrooms");
        } else if (uncapped > general) {
            explanation.step(HousingRules.BEDROOM_ENTITLEMENT, "Total bedroom entitlement",
                    List.of(Fact.of("general", general), Fact.of("additional", uncapped - general)),
                    uncapped + " bedroom(s)");
        }
        // When no additional room was added, the rooms are those already copied for the step: no second copy.
        return new BedroomEntitlement(bedrooms, uncapped, rooms.size() == general ? generalRooms : rooms);
    }

    private static boolean anyoneNeedsOvernightCare(HousingCostsInput input, HousingCostsInput.FosterCaring foster) {
        if (foster.placedChildNeedsOvernightCare()) {
            return true;
        }
        for (int cIndex = 0; cIndex < input.claimants().size(); cIndex++) { // by index: no iterator object
            Claimant c = input.claimants().get(cIndex);
            if (c.needsOvernightCare()) {
                return true;
            }
        }
        for (int cIndex = 0; cIndex < input.children().size(); cIndex++) { // by index: no iterator object
            Child c = input.children().get(cIndex);
            if (c.needsOvernightCare()) {
                return true;
            }
        }
        for (int nIndex = 0; nIndex < input.nonDependants().size(); nIndex++) { // by index: no iterator object
            NonDependant n = input.nonDependants().get(nIndex);
            if (n.needsOvernightCare()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> renterPaths(int renters) {
        String[] paths = new String[renters];
        for (int i = 0; i < renters; i++) {
            paths[i] = CLAIMANT_PATHS.at(i);
        }
        return List.of(paths);
    }

    private static void overnight(String path, boolean needs, Set<DisabilityBenefit> benefits,
                                  List<String> qualify, List<String> without) {
        if (!needs) {
            return;
        }
        if (QualifyingBenefits.OVERNIGHT_CARE.match(benefits) == QualifyingBenefits.Match.NONE) {
            without.add(path);
        } else {
            qualify.add(path);
        }
    }

    static void scottishEquivalent(ExplanationBuilder explanation, String provision) {
        explanation.assume("housing.scottish-benefit-equivalence: " + provision, AssumptionSource.UNCONFIRMED_RULE,
                "A Scottish benefit (Child Disability Payment, Adult Disability Payment or Pension Age Disability "
                        + "Payment) was treated as the GB benefit it replaced for " + provision
                        + "; the amendment adding it to that provision was not read.");
    }

    /**
     * Places children under 16 in the fewest bedrooms: two of the same sex may share, two under 10 may share whatever
     * their sex, otherwise a child has a room. Within each sex every pair may share, so the fewest rooms come from
     * pairing within each sex and, when both sexes have an odd child left over, letting those two share if both are
     * under 10 (the youngest of each sex are chosen as the leftovers). Children are taken oldest first. The rooms are
     * added to {@code rooms}; returns how many were added.
     */
    static int pairChildren(Kid[] kids, int count, List<Allocation> rooms) {
        // The first count children of the caller's array are sorted in place (by date of birth, then path: a total
        // order, so the result does not depend on the order given).
        if (count > 1) {
            Arrays.sort(kids, 0, count, OLDEST_FIRST);
        }
        int girls = 0;
        Kid youngestGirl = null;
        Kid youngestBoy = null;
        for (int i = 0; i < count; i++) {
            Kid k = kids[i];
            if (k.sex() == Sex.FEMALE) {
                girls++;
                youngestGirl = k;
            } else {
                youngestBoy = k;
            }
        }
        int boys = count - girls;
        Kid girlLeft = null;
        Kid boyLeft = null;
        if (girls % 2 == 1 && boys % 2 == 1
                && youngestGirl.age() < ANY_SEX_SHARING_AGE && youngestBoy.age() < ANY_SEX_SHARING_AGE) {
            girlLeft = youngestGirl;
            boyLeft = youngestBoy;
        }
        int before = rooms.size();
        pairSameSex(kids, count, true, girlLeft, rooms);
        pairSameSex(kids, count, false, boyLeft, rooms);
        if (girlLeft != null) {
            rooms.add(new Allocation(Reason.TWO_CHILDREN_UNDER_10, List.of(girlLeft.path(), boyLeft.path())));
        }
        return rooms.size() - before;
    }

    /**
     * Pairs the girls ({@code girls} true) or the boys, oldest first, leaving out {@code leftOver} (the youngest, when
     * they share with a child of the other sex): each two in turn share, and an odd one out has a room.
     */
    private static void pairSameSex(Kid[] oldestFirst, int count, boolean girls, Kid leftOver, List<Allocation> rooms) {
        Kid waiting = null;
        for (int i = 0; i < count; i++) {
            Kid k = oldestFirst[i];
            if ((k.sex() == Sex.FEMALE) != girls || k == leftOver) {
                continue;
            }
            if (waiting == null) {
                waiting = k;
            } else {
                rooms.add(new Allocation(Reason.TWO_CHILDREN_SAME_SEX, List.of(waiting.path(), k.path())));
                waiting = null;
            }
        }
        if (waiting != null) {
            rooms.add(new Allocation(Reason.CHILD, List.of(waiting.path())));
        }
    }

    /** The first {@code count} children of {@code a}, then those of {@code b}, in one new array. */
    private static Kid[] concat(Kid[] a, int count, List<Kid> b) {
        Kid[] all = Arrays.copyOf(a, count + b.size());
        for (int i = 0; i < b.size(); i++) {
            all[count + i] = b.get(i);
        }
        return all;
    }

    static String describe(Allocation room) {
        String who = String.join(" and ", room.occupants());
        return switch (room.reason()) {
            case RENTER -> "the renter" + (room.occupants().size() > 1 ? "s (a couple): " : ": ") + who;
            case PERSON_16_OR_OVER -> "a person aged 16 or over: " + who;
            case TWO_CHILDREN_SAME_SEX -> "two children of the same sex: " + who;
            case TWO_CHILDREN_UNDER_10 -> "two children under 10: " + who;
            case CHILD -> "a child: " + who;
            case DISABLED_CHILD_CANNOT_SHARE -> "a disabled child who cannot share: " + who;
            case DISABLED_PERSON_CANNOT_SHARE -> "a joint renter who cannot share because of disability: " + who;
            case OVERNIGHT_CARER -> "non-resident overnight carers for: " + who;
            case FOSTER_PARENT -> "foster parent or adopter: " + who;
        };
    }
}
