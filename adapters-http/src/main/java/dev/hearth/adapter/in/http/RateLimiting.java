package dev.hearth.adapter.in.http;

import dev.hearth.application.port.in.ratelimit.AdmitRequestUseCase;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import java.util.Objects;

/**
 * The request limits the server enforces (ADR 0027): the use case that counts each request, and the configured limits
 * it counts against (published in the OpenAPI document).
 *
 * @param admitRequest counts a request against its class's quotas
 * @param limits       requests a minute per API key, account and client address, by class
 */
public record RateLimiting(AdmitRequestUseCase admitRequest, RateLimits limits) {

    public RateLimiting {
        Objects.requireNonNull(admitRequest, "admitRequest");
        Objects.requireNonNull(limits, "limits");
    }
}
