package dev.hearth.bootstrap.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Text logs: {@code %redactedEx}, the stack trace with sensitive values in exception messages masked. */
public final class RedactedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Redaction.redactText(super.throwableProxyToString(proxy));
    }
}
