package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;

/** Fast, allocation-light formatting for explanation text (same output as {@link Pence#toString()}). */
final class Fmt {

    private Fmt() {
    }

    /** {@code £1,234.56} or {@code -£0.50}. */
    static String gbp(Pence amount) {
        return gbp(amount.value());
    }

    static String gbp(long pence) {
        StringBuilder sb = new StringBuilder(16);
        if (pence < 0) {
            sb.append('-');
        }
        sb.append('£');
        long abs = Math.abs(pence);
        String pounds = Long.toString(abs / 100);
        int len = pounds.length();
        for (int i = 0; i < len; i++) {
            sb.append(pounds.charAt(i));
            int remaining = len - i - 1;
            if (remaining > 0 && remaining % 3 == 0) {
                sb.append(',');
            }
        }
        long p = abs % 100;
        sb.append('.');
        if (p < 10) {
            sb.append('0');
        }
        sb.append(p);
        return sb.toString();
    }

    static String date(LocalDate date) {
        return date.toString();
    }
}
