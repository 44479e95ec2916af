package kz.govsite.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;
import kz.govsite.report.Summary;
import kz.govsite.report.Verdict;

/** Builds reports by hand, with known pages and findings, for the score formulas and the writers. */
final class TestReports {
    private final List<String> checks;
    private final List<PageResult> pages = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Object> summaryExtra = new TreeMap<>();

    private TestReports(List<String> checks) {
        this.checks = checks;
    }

    static TestReports ran(String... families) {
        return new TestReports(List.of(families));
    }

    /** A checked page at {@code http://site.test/<path>} declaring {@code lang}. */
    TestReports page(String path, String lang) {
        pages.add(new PageResult(url(path), 200, "page", path, lang, 10, 10, "", Map.of()));
        return this;
    }

    TestReports pages(int n, String lang) {
        for (int i = 1; i <= n; i++) page("p" + i, lang);
        return this;
    }

    /** A page that could not be checked. */
    TestReports error(String path, int status, String error) {
        pages.add(new PageResult(url(path), status, "error", "", "", 10, 0, error, Map.of()));
        return this;
    }

    TestReports finding(String check, Severity severity, String path) {
        return finding(check, severity, path, "#e" + findings.size());
    }

    TestReports finding(String check, Severity severity, String path, String selector) {
        findings.add(new Finding(check, severity, url(path), selector, check + " on " + path, List.of(), "", "",
                Map.of()));
        return this;
    }

    /** What a site-wide check recorded in the summary, e.g. the parity check's counts. */
    TestReports summary(String key, Object value) {
        summaryExtra.put(key, value);
        return this;
    }

    static String url(String path) {
        return "http://site.test/" + path;
    }

    Report build() {
        var config = new TreeMap<String, Object>();
        config.put("checks", checks);
        return new Report("govsite", "test", Instant.parse("2026-01-01T00:00:00Z"), 1, true, config, Map.of(), pages,
                List.of(), findings, List.of(), Summary.of(pages, findings, summaryExtra),
                Verdict.of(Optional.empty(), findings), Map.of());
    }

    Report build(Map<String, Path> files) {
        return build().withFiles(files);
    }
}
