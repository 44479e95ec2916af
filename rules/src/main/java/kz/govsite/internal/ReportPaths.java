package kz.govsite.internal;

import java.nio.file.Path;

/** How report.json and report.html name a file the run wrote: relative to the output folder, with '/'. */
public final class ReportPaths {
    private ReportPaths() {
    }

    /** The file relative to the output folder, so the report folder can be moved whole; absolute when it lies elsewhere. */
    public static String relative(Path outputDirectory, Path file) {
        Path shown;
        try {
            shown = outputDirectory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            shown = file.toAbsolutePath();
        }
        return shown.toString().replace('\\', '/');
    }
}
