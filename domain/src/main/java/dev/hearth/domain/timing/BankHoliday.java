package dev.hearth.domain.timing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday as it appears on the published list: the day banks close and the name the list gives it, e.g.
 * "Boxing Day (substitute day)" for 28 December 2026.
 */
public record BankHoliday(LocalDate date, String name) {
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
