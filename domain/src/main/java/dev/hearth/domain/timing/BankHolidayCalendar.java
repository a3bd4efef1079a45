package dev.hearth.domain.timing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bank holidays of one division for one calendar year, with where the list comes from and how settled it is.
 * This is versioned data: a change to any date is a change to {@link BankHolidays#DATA_VERSION}.
 */
public record BankHolidayCalendar(BankHolidayDivision division, int year, List<BankHoliday> holidays, String source,
                                  CalendarStatus status, String note) {

    public BankHolidayCalendar {
        Objects.requireNonNull(division, "division");
        holidays = List.copyOf(holidays);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        for (BankHoliday h : holidays) {
            if (h.date().getYear() != year) {
                throw new IllegalArgumentException("bank holiday " + h.date() + " is not in " + year);
            }
        }
    }

    /** The holiday on {@code date}, if that day is one in this list. */
    public Optional<BankHoliday> holidayOn(LocalDate date) {
        return Optional.ofNullable(holidayAt(date));
    }

    /** The holiday on {@code date}, or {@code null} when it is not one (for the timing engine's hot path). */
    BankHoliday holidayAt(LocalDate date) {
        for (int i = 0, n = holidays.size(); i < n; i++) {
            BankHoliday h = holidays.get(i);
            if (h.date().equals(date)) {
                return h;
            }
        }
        return null;
    }
}
