package kz.govsite;

import java.nio.file.Path;
import java.util.Set;

/**
 * What is written and where.
 *
 * @param outputDirectory where reports go
 * @param formats         report formats: console, json, html, junit, sarif
 * @param reportLanguage  interface language of human-readable reports: kk, ru or en
 */
public record ReportOptions(Path outputDirectory, Set<String> formats, String reportLanguage) {
    public static final Set<String> KNOWN_FORMATS = Set.of("console", "json");

    public ReportOptions {
        formats = Set.copyOf(formats);
    }

    public static ReportOptions defaults(Path outputDirectory) {
        return new ReportOptions(outputDirectory, Set.of("console", "json"), "ru");
    }
}
