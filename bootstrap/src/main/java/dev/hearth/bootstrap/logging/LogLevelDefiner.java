package dev.hearth.bootstrap.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import dev.hearth.bootstrap.config.ConfigLoader;

/** Tells {@code logback.xml} the root level: {@code HEARTH_LOG_LEVEL}, INFO by default. */
public final class LogLevelDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return ConfigLoader.logLevel(System.getenv());
    }
}
