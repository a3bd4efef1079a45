package dev.hearth.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from a test, whatever the working directory (module or root). */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The repository root: the nearest folder upwards holding {@code mvnw}. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the Hearth repository");
        }
        return dir;
    }
}
