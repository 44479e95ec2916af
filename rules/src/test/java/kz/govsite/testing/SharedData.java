package kz.govsite.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds data shared next to the project but not part of it (test suites under other licences):
 * {@code $GOVSITE_SHARED/data/<name>}, set by surefire, else {@code ../shared/data/<name>} next
 * to the project root. Tests that need it skip when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> folder(String name) {
        String env = System.getenv("GOVSITE_SHARED");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).resolve("data").resolve(name).normalize();
            if (Files.isDirectory(p)) return Optional.of(p);
        }
        Path p = projectRoot().resolveSibling("shared").resolve("data").resolve(name).normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** The topmost folder with a pom.xml above the working directory (surefire runs in the module). */
    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        Path root = dir;
        while (dir != null && Files.isRegularFile(dir.resolve("pom.xml"))) {
            root = dir;
            dir = dir.getParent();
        }
        return root;
    }
}
