package dev.hearth.bootstrap.logging;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;

/** JSON logs: masks sensitive values inside any string (the message, a stack trace, an argument). */
public final class SensitiveValueMasker implements ValueMasker {

    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String original = text.toString();
            String redacted = Redaction.redactText(original);
            return redacted.equals(original) ? null : redacted;
        }
        return null;
    }
}
