package kz.govsite.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.govsite.report.AtomicFiles;
import kz.govsite.report.HtmlReportWriter;
import kz.govsite.report.Report;
import kz.govsite.report.ReportText;

/**
 * The report the ministry sends to each agency: the agency's own check report, in both state
 * languages whatever the audit's own language, beside the site's other reports.
 */
final class AgencyReports {
    /** Kazakh first: the state language. */
    static final List<String> LANGUAGES = List.of("kk", "ru");

    private AgencyReports() {
    }

    static String fileName(String language) {
        return "report." + language + ".html";
    }

    /** Writes {@code report.kk.html} and {@code report.ru.html} into the site's folder. */
    static void write(Report report, Path siteFolder) throws IOException {
        for (String language : LANGUAGES) {
            String html = HtmlReportWriter.toHtml(report, ReportText.of(language));
            AtomicFiles.write(siteFolder.resolve(fileName(language)), html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The agency report in {@code language}, next to the site's report at {@code reportLink}; empty without one. */
    static String link(String reportLink, String language) {
        if (reportLink.isEmpty()) return "";
        int slash = reportLink.lastIndexOf('/');
        return reportLink.substring(0, slash + 1) + fileName(language);
    }
}
