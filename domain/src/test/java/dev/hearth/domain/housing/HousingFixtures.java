package dev.hearth.domain.housing;

import dev.hearth.domain.housing.HousingCostsInput.Child;
import dev.hearth.domain.housing.HousingCostsInput.Claimant;
import dev.hearth.domain.housing.HousingCostsInput.FosterCarerStatus;
import dev.hearth.domain.housing.HousingCostsInput.FosterCaring;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.HousingCostsInput.SharedAccommodationExceptions;
import dev.hearth.domain.money.Pence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test fixtures: the yearly housing figures from uk-rules.md §1.1 (as the UC engine will supply them) and a small
 * builder for households, so each worked example reads as the facts it states.
 */
final class HousingFixtures {

    /** 2025/26: contribution £93.02 (uk-rules §1.1, CPAG/PolicyEngine); 14% / 25% (Sch 4 para 36); SAR 35; 4 bedrooms. */
    static final HousingRates RATES_2025_26 = new HousingRates("2025/26", Pence.ofPounds("93.02"), 21,
            new BigDecimal("0.14"), new BigDecimal("0.25"), 35, 4, "test fixture from uk-rules.md §1.1 (2025/26)");
    /** 2026/27: contribution £96.55 (uk-rules §1.1, PolicyEngine and the jonnyiwilson rate pack). */
    static final HousingRates RATES_2026_27 = new HousingRates("2026/27", Pence.ofPounds("96.55"), 21,
            new BigDecimal("0.14"), new BigDecimal("0.25"), 35, 4, "test fixture from uk-rules.md §1.1 (2026/27)");

    private HousingFixtures() {
    }

    static Household social(String monthlyRent, int bedrooms) {
        return new Household(Tenure.SOCIAL, new HousingPayment(Pence.ofPounds(monthlyRent), RentFrequency.MONTHLY), bedrooms);
    }

    static Household privateRent(String monthlyRent) {
        return new Household(Tenure.PRIVATE, new HousingPayment(Pence.ofPounds(monthlyRent), RentFrequency.MONTHLY), 1);
    }

    static Claimant adult(LocalDate dob, DisabilityBenefit... benefits) {
        return new Claimant(dob, false, Set.of(benefits), false, false, false, SharedAccommodationExceptions.NONE);
    }

    static Claimant renterWith(LocalDate dob, SharedAccommodationExceptions exceptions) {
        return new Claimant(dob, false, Set.of(), false, false, false, exceptions);
    }

    static Child child(LocalDate dob, Sex sex) {
        return new Child(dob, sex, Set.of(), false, false);
    }

    static NonDependant nonDep(LocalDate dob) {
        return new NonDependant(dob, null, Set.of(), false, false, false, false, false, false, false);
    }

    static Map<LhaCategory, Pence> rates(Object... categoryThenPounds) {
        Map<LhaCategory, Pence> map = new EnumMap<>(LhaCategory.class);
        for (int i = 0; i < categoryThenPounds.length; i += 2) {
            map.put((LhaCategory) categoryThenPounds[i], Pence.ofPounds((String) categoryThenPounds[i + 1]));
        }
        return map;
    }

    /** Mutable builder; {@link #build()} makes the immutable input. */
    static final class Household {
        Tenure tenure;
        HousingPayment rent;
        HousingPayment serviceCharges;
        HousingPayment chargesNotCovered;
        int bedrooms;
        boolean sharedOwnership;
        final List<Claimant> claimants = new ArrayList<>();
        final List<Child> children = new ArrayList<>();
        final List<NonDependant> nonDependants = new ArrayList<>();
        FosterCaring fosterCaring = FosterCaring.NONE;
        boolean sanctuary;
        LhaSource lha;

        Household(Tenure tenure, HousingPayment rent, int bedrooms) {
            this.tenure = tenure;
            this.rent = rent;
            this.bedrooms = bedrooms;
        }

        Household rent(String amount, RentFrequency frequency) {
            rent = new HousingPayment(Pence.ofPounds(amount), frequency);
            return this;
        }

        Household serviceCharges(String amount, RentFrequency frequency) {
            serviceCharges = new HousingPayment(Pence.ofPounds(amount), frequency);
            return this;
        }

        Household chargesNotCovered(String amount, RentFrequency frequency) {
            chargesNotCovered = new HousingPayment(Pence.ofPounds(amount), frequency);
            return this;
        }

        Household bedrooms(int n) {
            bedrooms = n;
            return this;
        }

        Household claimant(Claimant c) {
            claimants.add(c);
            return this;
        }

        Household claimant(LocalDate dob) {
            return claimant(adult(dob));
        }

        Household child(LocalDate dob, Sex sex) {
            children.add(HousingFixtures.child(dob, sex));
            return this;
        }

        Household child(Child c) {
            children.add(c);
            return this;
        }

        Household nonDependant(LocalDate dob) {
            nonDependants.add(nonDep(dob));
            return this;
        }

        Household nonDependant(NonDependant n) {
            nonDependants.add(n);
            return this;
        }

        Household sharedOwnership() {
            sharedOwnership = true;
            return this;
        }

        Household sanctuaryScheme() {
            sanctuary = true;
            return this;
        }

        Household foster(FosterCarerStatus status) {
            fosterCaring = new FosterCaring(status, false);
            return this;
        }

        Household lha(Object... categoryThenPounds) {
            lha = new LhaSource.Supplied(rates(categoryThenPounds));
            return this;
        }

        Household brma(String name) {
            lha = new LhaSource.Brma(name);
            return this;
        }

        HousingCostsInput build() {
            return new HousingCostsInput(tenure, rent, serviceCharges, chargesNotCovered, bedrooms, sharedOwnership,
                    claimants, children, nonDependants, fosterCaring, sanctuary, lha);
        }
    }
}
