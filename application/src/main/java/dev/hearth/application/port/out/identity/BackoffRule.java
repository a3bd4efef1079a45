package dev.hearth.application.port.out.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Exponential back-off after consecutive failures (OWASP Authentication Cheat Sheet: throttle, do not lock out). The
 * first {@code freeFailures} failures cost nothing; after each further one the key must wait {@code firstDelay},
 * then twice that, and so on, never more than {@code maxDelay}. A success resets the count; a key with no failure for
 * {@code forgetAfter} starts again from nothing.
 *
 * <pre>
 * failures:  1..free   free+1      free+2         ...   enough
 * wait:      none      firstDelay  2 x firstDelay  ...   maxDelay
 * </pre>
 *
 * @param name         a stable snake_case name ({@code login_account_address})
 * @param freeFailures failures allowed before any wait, at least 1
 * @param firstDelay   the first wait, positive
 * @param maxDelay     the longest wait, at least {@code firstDelay}
 * @param forgetAfter  how long after its latest failure a key's count is forgotten, at least {@code maxDelay}
 */
public record BackoffRule(String name, int freeFailures, Duration firstDelay, Duration maxDelay,
                          Duration forgetAfter) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public BackoffRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (!NAME.matcher(name).matches() || freeFailures < 1 || firstDelay.isNegative() || firstDelay.isZero()
                || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("a back-off rule has a snake_case name, at least one free failure, "
                    + "0 < firstDelay <= maxDelay <= forgetAfter");
        }
    }

    /** How long to wait after the latest of {@code failures} consecutive failures before the next try. */
    public Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        Duration wait = firstDelay;
        for (int i = 0; i < doublings && wait.compareTo(maxDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
