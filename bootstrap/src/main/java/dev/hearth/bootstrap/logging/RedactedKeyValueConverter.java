package dev.hearth.bootstrap.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import org.slf4j.event.KeyValuePair;

/** Text logs: {@code %redactedKvp}, the event's key-value pairs as {@code  key=value}, sensitive ones masked. */
public final class RedactedKeyValueConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs == null || pairs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (KeyValuePair pair : pairs) {
            sb.append(' ').append(pair.key).append('=');
            sb.append(Redaction.isSensitiveKey(pair.key) ? Redaction.MASK
                    : Redaction.redactText(String.valueOf(pair.value)));
        }
        return sb.toString();
    }
}
