package kz.govsite.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.govsite.Progress;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.crawl.UrlNormalizer;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/** The summary a person reads in the build log: a table by check and severity, the top rules, the files. */
public final class ConsoleReport {
    private static final int TOP_RULES = 10;

    private ConsoleReport() {
    }

    public static void print(Report report, Progress out) {
        print(report, out, Families.BUILT_IN);
    }

    /** Prints the summary with these check families' lines. */
    public static void print(Report report, Progress out, List<CheckFamily> families) {
        var s = report.summary();
        out.info("govsite: " + s.pages() + " pages checked, " + s.findings() + " findings"
                + (s.review() > 0 ? " (" + s.review() + " of them to review, "
                + (Boolean.TRUE.equals(report.config().get("failOnReview")) ? "counted" : "not counted") + " by failOn)" : "")
                + (report.complete() ? "" : " (run interrupted: the report is partial)"));
        if (!report.findings().isEmpty()) {
            table(report.findings()).forEach(out::info);
            out.info("Most frequent rules:");
            topRules(report.findings()).forEach(out::info);
        }
        report.verdict().baseline().ifPresent(b -> {
            out.info("Baseline: " + b.fresh().size() + " new, " + b.known().size() + " known, " + b.fixedCount()
                    + " fixed since baseline" + (b.notRecheckedCount() > 0
                    ? ", " + b.notRecheckedCount() + " on pages not checked this time" : ""));
            b.fresh().stream().limit(TOP_RULES).forEach(f -> out.info("  new: " + f.check() + " on " + UrlNormalizer.forReading(f.url())
                    + (f.selector().isEmpty() ? "" : " at " + f.selector())));
            b.fixed().stream().limit(TOP_RULES).forEach(e -> out.info("  fixed since baseline: " + e.check()
                    + " on " + UrlNormalizer.forReading(e.url())));
        });
        report.suppressions().forEach(c -> out.info("Suppressed: " + c.findings()
                + (c.findings() == 1 ? " finding" : " findings") + " by " + c.suppression().describe()
                + (c.suppression().reason().isEmpty() ? "" : " (" + c.suppression().reason() + ")")));
        for (CheckFamily family : families) family.consoleLines(report).forEach(out::info);
        report.verdict().notes().forEach(n -> out.warn(n));
        report.messages().stream().limit(20).forEach(m -> out.info("note: " + m));
        if (report.messages().size() > 20) out.info("note: " + (report.messages().size() - 20) + " more in report.json");
        report.files().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.info("Report (" + e.getKey() + "): " + e.getValue().toAbsolutePath()));
        out.info("Verdict: " + report.verdict().summary());
    }

    /** Rows "check | critical serious moderate minor | total", widest check id sets the column. */
    static List<String> table(List<Finding> findings) {
        Map<String, int[]> rows = new java.util.TreeMap<>();
        for (Finding f : findings) {
            rows.computeIfAbsent(f.check(), k -> new int[Severity.values().length])[f.severity().ordinal()]++;
        }
        int width = Math.max(5, rows.keySet().stream().mapToInt(String::length).max().orElse(5));
        String fmt = "  %-" + width + "s %8s %8s %8s %8s %6s";
        var lines = new java.util.ArrayList<String>();
        lines.add(String.format(fmt, "check", "critical", "serious", "moderate", "minor", "total"));
        rows.forEach((check, c) -> lines.add(String.format(fmt, check, c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3])));
        return lines;
    }

    /** The rules with most findings, each with how many pages it is on: a shared header defect shows once. */
    static List<String> topRules(List<Finding> findings) {
        Map<String, List<Finding>> byCheck = findings.stream()
                .collect(Collectors.groupingBy(Finding::check, LinkedHashMap::new, Collectors.toList()));
        return byCheck.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<Finding>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_RULES)
                .map(e -> {
                    long pages = e.getValue().stream().map(Finding::url).distinct().count();
                    Finding first = e.getValue().get(0);
                    return "  " + e.getKey() + " (" + first.severity().label() + "): " + e.getValue().size()
                            + " on " + pages + (pages == 1 ? " page" : " pages") + " - " + first.message();
                })
                .toList();
    }
}
