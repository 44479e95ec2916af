package kz.govsite.check.lowvision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.govsite.browser.BrowserSession;
import kz.govsite.internal.ReportPaths;

/** Saves what the browser shows as a PNG next to the page's other files. */
final class Screenshots {
    private final Path folder;
    private final Path outputDirectory;

    Screenshots(Path folder, Path outputDirectory) {
        this.folder = folder;
        this.outputDirectory = outputDirectory;
    }

    /** Writes {@code lowvision-<name>.png} and answers its path relative to the output directory, with '/'. */
    String save(BrowserSession session, String name) {
        Path file = folder.resolve("lowvision-" + name + ".png");
        try {
            Files.write(file, session.screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
        }
        return ReportPaths.relative(outputDirectory, file);
    }
}
