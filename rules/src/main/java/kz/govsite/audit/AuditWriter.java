package kz.govsite.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one audit file into the audit's folder. */
interface AuditWriter {
    /** The file's key in {@link AuditResult#files()}: html, json or csv. */
    String name();

    /** Writes the file atomically and returns it. */
    Path write(AuditResult result, Path outputDirectory) throws IOException;

    /** Every audit writer, in a fixed order. */
    static List<AuditWriter> all() {
        return List.of(new AuditJsonWriter(), new AuditCsvWriter(), new AuditHtmlWriter());
    }
}
