package kz.govsite;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.govsite.finding.Suppression;

/**
 * What is written and where, and what beyond {@code failOn} decides the verdict.
 *
 * @param outputDirectory where reports go
 * @param formats         report formats: console, json, html, junit, sarif
 * @param reportLanguage  interface language of human-readable reports: kk, ru or en
 * @param baseline        a {@code govsite-baseline.json} whose findings do not fail the build, or null
 * @param thresholds      per-check limits besides {@code failOn}
 * @param suppressions    findings left out of the verdict on purpose, each counted in the report
 */
public record ReportOptions(Path outputDirectory, Set<String> formats, String reportLanguage, Path baseline,
                            Thresholds thresholds, List<Suppression> suppressions) {
    /** The report people read, which the pictures are for. */
    public static final String HTML = "html";
    public static final Set<String> KNOWN_FORMATS = Set.of("console", "json", HTML, "junit", "sarif");
    public static final Set<String> DEFAULT_FORMATS = Set.of("console", "json", "html", "junit");
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    public ReportOptions {
        formats = Set.copyOf(formats);
        reportLanguage = reportLanguage == null || reportLanguage.isBlank() ? "ru" : reportLanguage.strip();
        thresholds = thresholds == null ? Thresholds.none() : thresholds;
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    public ReportOptions(Path outputDirectory, Set<String> formats, String reportLanguage) {
        this(outputDirectory, formats, reportLanguage, null, Thresholds.none(), List.of());
    }

    public static ReportOptions defaults(Path outputDirectory) {
        return new ReportOptions(outputDirectory, DEFAULT_FORMATS, "ru");
    }

    public ReportOptions withFormats(Set<String> value) {
        return new ReportOptions(outputDirectory, value, reportLanguage, baseline, thresholds, suppressions);
    }

    public ReportOptions withBaseline(Path value) {
        return new ReportOptions(outputDirectory, formats, reportLanguage, value, thresholds, suppressions);
    }

    public ReportOptions withThresholds(Thresholds value) {
        return new ReportOptions(outputDirectory, formats, reportLanguage, baseline, value, suppressions);
    }

    public ReportOptions withSuppressions(List<Suppression> value) {
        return new ReportOptions(outputDirectory, formats, reportLanguage, baseline, thresholds, value);
    }

    public ReportOptions withReportLanguage(String value) {
        return new ReportOptions(outputDirectory, formats, value, baseline, thresholds, suppressions);
    }
}
