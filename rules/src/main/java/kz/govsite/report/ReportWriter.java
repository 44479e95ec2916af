package kz.govsite.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one report format into the output folder. */
public interface ReportWriter {
    /** The format's name in {@code govsite.formats}. */
    String format();

    /** Writes the report atomically and returns the file written. */
    Path write(Report report, Path outputDirectory) throws IOException;
}
