package dev.hearth.application.port.in.ratelimit;

import java.util.Locale;

/**
 * What kind of work a request asks for, which decides its rate limit (ADR 0027). The HTTP adapter derives it from each
 * route's declaration; a route may state it explicitly.
 */
public enum RequestClass {
    /** Signing in, registering, refreshing or ending a session: the routes an attacker guesses passwords through. */
    AUTHENTICATION(30),
    /** A calculation (an estimate, an assessment, a plan): CPU work, nothing stored. */
    CALCULATIONS(120),
    /** Reading stored data ({@code GET}, {@code HEAD}). */
    READS(600),
    /** Changing stored data ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}). */
    WRITES(120),
    /** An admin action ({@code /v1/admin/...}). */
    ADMIN(30);

    private final int defaultPerMinute;

    RequestClass(int defaultPerMinute) {
        this.defaultPerMinute = defaultPerMinute;
    }

    /** The production default: requests a minute per API key, per account and per client address. */
    public int defaultPerMinute() {
        return defaultPerMinute;
    }

    /** The stable lower-case name used in headers, keys and configuration ({@code reads}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
