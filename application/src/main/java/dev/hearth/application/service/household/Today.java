package dev.hearth.application.service.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for a household: the date in the United Kingdom, from the injected clock (never the system's). */
final class Today {

    /** The UK's civil time zone: benefit periods and rent days are UK dates. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    private Today() {
    }

    static LocalDate in(Clock clock) {
        return LocalDate.now(clock.withZone(UK));
    }
}
