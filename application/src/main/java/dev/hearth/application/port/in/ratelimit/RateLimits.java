package dev.hearth.application.port.in.ratelimit;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configured request limits: for each {@link RequestClass}, how many requests a minute each API key, each account
 * and each client address may make (ADR 0027). Zero turns a class's limit off.
 *
 * @param perMinute requests a minute per subject, for every class
 */
public record RateLimits(Map<RequestClass, Integer> perMinute) {

    /** The window every limit counts over. */
    public static final Duration WINDOW = Duration.ofMinutes(1);

    public RateLimits {
        Objects.requireNonNull(perMinute, "perMinute");
        EnumMap<RequestClass, Integer> copy = new EnumMap<>(RequestClass.class);
        for (RequestClass c : RequestClass.values()) {
            Integer limit = perMinute.get(c);
            if (limit == null || limit < 0) {
                throw new IllegalArgumentException("every request class needs a limit of zero or more: " + c.code());
            }
            copy.put(c, limit);
        }
        perMinute = Collections.unmodifiableMap(copy);
    }

    /** The production defaults ({@link RequestClass#defaultPerMinute()}). */
    public static RateLimits defaults() {
        EnumMap<RequestClass, Integer> limits = new EnumMap<>(RequestClass.class);
        for (RequestClass c : RequestClass.values()) {
            limits.put(c, c.defaultPerMinute());
        }
        return new RateLimits(limits);
    }

    /** No limit on any class. */
    public static RateLimits off() {
        EnumMap<RequestClass, Integer> limits = new EnumMap<>(RequestClass.class);
        for (RequestClass c : RequestClass.values()) {
            limits.put(c, 0);
        }
        return new RateLimits(limits);
    }

    /** These limits with {@code requestClass} set to {@code limit} a minute. */
    public RateLimits with(RequestClass requestClass, int limit) {
        EnumMap<RequestClass, Integer> limits = new EnumMap<>(perMinute);
        limits.put(requestClass, limit);
        return new RateLimits(limits);
    }

    /** Requests a minute per subject for {@code requestClass}; zero when it is not limited. */
    public int perMinute(RequestClass requestClass) {
        return perMinute.get(requestClass);
    }
}
