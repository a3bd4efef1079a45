package dev.hearth.adapter.in.http.health;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hearth.application.port.in.health.HealthState;

/**
 * A health state on the wire: {@code up} (working as configured), {@code degraded} (a fallback is in use, or slow) or
 * {@code down} (not answering). Documented on each field that uses it, so the field's own description is kept.
 */
public enum HealthStatus {
    @JsonProperty("up") UP,
    @JsonProperty("degraded") DEGRADED,
    @JsonProperty("down") DOWN;

    static HealthStatus from(HealthState state) {
        return switch (state) {
            case UP -> UP;
            case DEGRADED -> DEGRADED;
            case DOWN -> DOWN;
        };
    }
}
