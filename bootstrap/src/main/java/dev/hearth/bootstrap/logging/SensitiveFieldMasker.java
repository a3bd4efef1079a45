package dev.hearth.bootstrap.logging;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.FieldMasker;

/** JSON logs: masks the whole value of any field whose name {@link Redaction#isSensitiveKey is sensitive}, at any depth. */
public final class SensitiveFieldMasker implements FieldMasker {

    @Override
    public Object mask(JsonStreamContext context) {
        return context.hasCurrentName() && Redaction.isSensitiveKey(context.getCurrentName()) ? Redaction.MASK : null;
    }
}
