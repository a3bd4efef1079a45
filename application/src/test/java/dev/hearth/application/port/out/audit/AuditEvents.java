package dev.hearth.application.port.out.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Ready-made audit events for tests. */
public final class AuditEvents {

    /** A fixed clock at 2026-05-14T09:30:00.123456789Z (nanoseconds on purpose: events keep microseconds). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-14T09:30:00.123456789Z"), ZoneOffset.UTC);

    private AuditEvents() {
    }

    /** The n-th of a series of household updates by one adviser, a second apart. */
    public static AuditEvent householdUpdated(int n) {
        return new AuditEvent("acct_0190f3a2-7c1e-7d2b-9c55-3f0e1a2b3c4d", "household.updated", "household",
                "0190f3a2-7c1e-7d2b-9c55-" + String.format("%012d", n),
                CLOCK.instant().plus(Duration.ofSeconds(n)), "req-" + n, null,
                Map.of("fields", "incomes.2.amount", "etag_before", "W/3" + n));
    }

    /** A crisis override with a justification and details. */
    public static AuditEvent crisisOverride(String householdId) {
        return new AuditEvent("acct_support_42", "household.override_opened", "household", householdId,
                CLOCK.instant(), "req-override-1",
                "Safeguarding policy SG-4.2: caller reported imminent eviction; access for 4 hours.\nTicket 7781.",
                Map.of("expires_in_minutes", "240", "policy", "SG-4.2"));
    }
}
