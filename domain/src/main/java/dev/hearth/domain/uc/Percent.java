package dev.hearth.domain.uc;

import java.math.BigDecimal;

/** A rate as explanation text shows it: {@code 0.55} is {@code "55%"}, {@code 0.10} is {@code "10%"}. */
final class Percent {

    private Percent() {
    }

    static String of(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
