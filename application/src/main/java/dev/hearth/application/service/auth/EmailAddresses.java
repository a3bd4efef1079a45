package dev.hearth.application.service.auth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a login address is normalised before it is indexed and stored: Unicode NFKC, surrounding space trimmed, lower
 * case. Deliberately plain: it does not try to know every provider's rules (dots, plus-tags), which would merge
 * addresses that belong to different people.
 */
final class EmailAddresses {

    /** RFC 5321's limit on a forward path. */
    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private EmailAddresses() {
    }

    /** The normalised address, or empty when {@code raw} is not an address. */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (s.length() > MAX_LENGTH || !SHAPE.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
