package dev.hearth.bootstrap.logging;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a log in clear, and how it is masked. Used by both log formats: by the JSON encoder for field
 * names and string values ({@link SensitiveFieldMasker}, {@link SensitiveValueMasker}) and by the text layout for the
 * message, key-value pairs and stack traces.
 *
 * <p>A key is sensitive when, lower-cased and stripped of {@code _ - .}, it
 * <ul>
 *   <li>contains a credential word: {@code password passwd secret token authorization cookie apikey credential
 *       privatekey};</li>
 *   <li>is personal data: {@code dateofbirth dob birthdate nino nationalinsurancenumber email emailaddress phone
 *       phonenumber iban sortcode accountnumber};</li>
 *   <li>is an amount of money: ends with {@code pence amount balance income earnings capital savings arrears}, or is
 *       {@code rent}.</li>
 * </ul>
 * In free text, {@code key=value}, {@code key: value} and {@code "key":"value"} with a sensitive key, any
 * {@code Bearer <token>}, and the password in {@code scheme://user:password@host} are masked.
 */
public final class Redaction {

    /** What replaces a masked value. */
    public static final String MASK = "****";

    private static final String[] CREDENTIAL_WORDS = {"password", "passwd", "secret", "token", "authorization",
        "cookie", "apikey", "credential", "privatekey"};
    private static final Set<String> PERSONAL_KEYS = Set.of("dateofbirth", "dob", "birthdate", "nino",
            "nationalinsurancenumber", "email", "emailaddress", "phone", "phonenumber", "iban", "sortcode",
            "accountnumber");
    private static final String[] MONEY_SUFFIXES = {"pence", "amount", "balance", "income", "earnings", "capital",
        "savings", "arrears"};

    private static final Pattern KEY_VALUE = Pattern.compile(
            "([\"']?)([A-Za-z][A-Za-z0-9_.-]*)\\1(\\s*[=:]\\s*)"
                    + "((?i:bearer|basic)\\s+[A-Za-z0-9._~+/=-]+|\"[^\"]*\"|'[^']*'|[^\\s,;&}\\])]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern URL_PASSWORD = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*):([^@\\s/]+)@");

    private Redaction() {
    }

    /** Whether a field or key of this name holds something that must be masked. */
    public static boolean isSensitiveKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(".", "");
        for (String word : CREDENTIAL_WORDS) {
            if (k.contains(word)) {
                return true;
            }
        }
        if (PERSONAL_KEYS.contains(k) || k.equals("rent")) {
            return true;
        }
        for (String suffix : MONEY_SUFFIXES) {
            if (k.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every sensitive value masked; {@code null} stays {@code null}. */
    public static String redactText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = URL_PASSWORD.matcher(text).replaceAll("$1:" + MASK + "@");
        Matcher m = KEY_VALUE.matcher(result);
        StringBuilder sb = new StringBuilder(result.length());
        int from = 0;
        while (from < result.length() && m.find(from)) {
            if (isSensitiveKey(m.group(2))) {
                String value = m.group(4);
                String quote = value.startsWith("\"") ? "\"" : value.startsWith("'") ? "'" : "";
                sb.append(result, from, m.start(4)).append(quote).append(MASK).append(quote);
                from = m.end();
            } else {
                // not sensitive: move past the key only, so a pair inside its "value" is still examined
                sb.append(result, from, m.end(2));
                from = m.end(2);
            }
        }
        sb.append(result, Math.min(from, result.length()), result.length());
        return BEARER.matcher(sb).replaceAll("$1 " + MASK);
    }
}
