package dev.hearth.application.port.in.ratelimit;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Counts a request against the shared limits of its class (ADR 0027): per API key, per account and per client address,
 * shared by every Hearth instance through Redis, or per instance while Redis is away. Never fails because the counter
 * store is down: the in-process fallback answers instead.
 */
@CallScope(UNSCOPED)
public interface AdmitRequestUseCase {

    /** Charges one request to every quota of the command's subjects, or to none when one has no room left. */
    Admission admit(AdmitRequestCommand command);
}
