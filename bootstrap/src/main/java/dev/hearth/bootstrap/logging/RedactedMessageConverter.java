package dev.hearth.bootstrap.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Text logs: {@code %redactedMsg}, the formatted message with sensitive values masked. */
public final class RedactedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Redaction.redactText(event.getFormattedMessage());
    }
}
