package kz.govsite.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.govsite.GovsiteConfig;
import kz.govsite.InvalidConfigException;
import kz.govsite.browser.SessionFactory;
import kz.govsite.report.Judge;

/**
 * What must hold before any page is fetched: a user who got a setting wrong learns it at once,
 * with the parameter to fix, not after a crawl of an hour.
 */
final class Preflight {
    private Preflight() {
    }

    /** Checks the configuration against the machine; returns the output folder, created. */
    static Path check(GovsiteConfig config) {
        Path out = writableFolder(config.report().outputDirectory());
        if (config.report().baseline() != null) Judge.readBaseline(config);
        SessionFactory.check(config.browser());
        return out;
    }

    static Path writableFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".govsite-write-test", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException e) {
            throw new InvalidConfigException("govsite.outputDirectory", "cannot write reports to '" + dir + "' ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "): choose a folder the build may write to");
        }
    }
}
