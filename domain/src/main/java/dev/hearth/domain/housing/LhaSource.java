package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the Local Housing Allowance for a private-sector renter comes from: rates the caller supplies for the area
 * (these always win), or the name of a broad rental market area to look up in Hearth's small cited {@link LhaTable}.
 */
public sealed interface LhaSource {

    /**
     * Monthly LHA rates for the renter's area, by category, as the caller knows them (for example from the official
     * VOA / Rent Service Scotland / Welsh Government table). Only the category the calculation needs must be present;
     * a missing one is reported as invalid input on {@code lha.monthlyRates.<CATEGORY>}.
     *
     * @param monthlyRatesPence the area's LHA rate for each category given, in pence per month (keys: SHARED_ACCOMMODATION,
     *                     ONE_BEDROOM, TWO_BEDROOMS, THREE_BEDROOMS, FOUR_BEDROOMS)
     */
    record Supplied(Map<LhaCategory, Pence> monthlyRatesPence) implements LhaSource {
        public Supplied {
            Objects.requireNonNull(monthlyRatesPence, "monthlyRatesPence");
            monthlyRatesPence = monthlyRatesPence.isEmpty() ? Map.of()
                    : Collections.unmodifiableMap(new EnumMap<>(monthlyRatesPence));
        }
    }

    /**
     * A broad rental market area to look up in {@link LhaTable} by name (case and spacing do not matter), using the
     * entry in force on the first day of the assessment period. An unknown name is invalid input on {@code lha.brma}.
     *
     * @param name the broad rental market area's name, e.g. Central Greater Manchester
     */
    record Brma(String name) implements LhaSource {
        public Brma {
            Objects.requireNonNull(name, "name");
        }
    }
}
