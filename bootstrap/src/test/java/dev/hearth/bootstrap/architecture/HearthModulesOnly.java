package dev.hearth.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Imports Hearth's own production modules and nothing else: class folders, and the {@code hearth-*.jar} files of
 * sibling modules, but no third-party jar, no test-jar and not test-support (a tool for tests, not a ring).
 *
 * <p>Why not ArchUnit's {@code DoNotIncludeJars}: under {@code ./mvnw verify} the reactor puts sibling modules on the
 * test class path as their packaged jars (under {@code ./mvnw test} as class folders), so {@code DoNotIncludeJars}
 * would silently drop domain, application and every adapter, and the rules would pass on bootstrap alone. This option
 * keeps what {@code DoNotIncludeJars} is for (skipping third-party jars; it is as fast) without that trap, and
 * {@link ArchitectureTest} checks that every module is actually imported.
 */
public final class HearthModulesOnly implements ImportOption {

    private static final Pattern HEARTH_MODULE_JAR =
            Pattern.compile(".*/hearth-(domain|application|wire-json|adapters-[a-z]+|bootstrap)-[^/]*(?<!-tests)\\.jar!/.*");

    private static final Pattern TEST_SUPPORT = Pattern.compile(".*/dev/hearth/testsupport/.*");

    @Override
    public boolean includes(Location location) {
        if (location.matches(TEST_SUPPORT)) {
            return false;
        }
        return !location.isJar() || location.matches(HEARTH_MODULE_JAR);
    }
}
