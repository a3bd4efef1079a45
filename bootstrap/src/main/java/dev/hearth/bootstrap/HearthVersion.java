package dev.hearth.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of Hearth is running: the Maven version and the git commit it was built from (written into
 * {@code hearth-version.properties} at build time). Saved estimates record it as their engine version, so an auditor
 * can check out exactly the code that produced a number.
 */
public final class HearthVersion {

    private static final Properties BUILD = load();

    private HearthVersion() {
    }

    /** The Maven version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return BUILD.getProperty("version", "unknown");
    }

    /** The abbreviated commit, with {@code .dirty} when built from a working tree with uncommitted changes. */
    public static String commit() {
        String commit = BUILD.getProperty("commit", "");
        if (commit.isBlank() || commit.startsWith("${")) {
            return "unknown";
        }
        return "true".equals(BUILD.getProperty("dirty")) ? commit + ".dirty" : commit;
    }

    /** Version and commit as one opaque id, e.g. {@code 0.1.0-SNAPSHOT+961cbf9}: what saved estimates record. */
    public static String engine() {
        return version() + "+" + commit();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = HearthVersion.class.getResourceAsStream("/hearth-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
