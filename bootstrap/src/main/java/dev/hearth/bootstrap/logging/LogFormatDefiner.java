package dev.hearth.bootstrap.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.LogFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells {@code logback.xml} which appender to use: {@code json} or {@code text}, from {@code HEARTH_LOG_FORMAT}, else
 * from the profile (production: json). The system property {@code hearth.log.format} wins (tests, one-off runs). An
 * invalid value falls back to the profile's default here; configuration validation reports it.
 */
public final class LogFormatDefiner extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        String override = System.getProperty("hearth.log.format");
        if (override != null && (override.equalsIgnoreCase("json") || override.equalsIgnoreCase("text"))) {
            return override.toLowerCase(Locale.ROOT);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        LogFormat format = ConfigLoader.logFormat(env).orElseGet(() -> {
            env.remove("HEARTH_LOG_FORMAT");
            return ConfigLoader.logFormat(env).orElse(LogFormat.TEXT);
        });
        return format.name().toLowerCase(Locale.ROOT);
    }
}
