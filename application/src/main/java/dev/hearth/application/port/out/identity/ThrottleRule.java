package dev.hearth.application.port.out.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A limit on failed attempts: at most {@code limit} failures per key within a sliding {@code window}.
 *
 * @param name   a stable snake_case name ({@code login_account}, {@code login_address})
 * @param limit  failures allowed in the window, at least 1
 * @param window how far back failures count
 */
public record ThrottleRule(String name, int limit, Duration window) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ThrottleRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (!NAME.matcher(name).matches() || limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle rule has a snake_case name, a limit >= 1 and a window > 0");
        }
    }
}
