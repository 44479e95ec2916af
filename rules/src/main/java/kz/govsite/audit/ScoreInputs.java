package kz.govsite.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.govsite.check.documents.DocumentsSummary;
import kz.govsite.check.parity.ParitySummary;
import kz.govsite.finding.Finding;
import kz.govsite.page.PageResult;
import kz.govsite.report.Report;

/** What the score formulas read from a site's report: the checked pages, the findings, the families that ran. */
final class ScoreInputs {
    private final Report report;

    ScoreInputs(Report report) {
        this.report = report;
    }

    /** Whether the check family ran, by the effective configuration's {@code checks}. */
    boolean ran(String family) {
        Object checks = report.config().get("checks");
        return checks instanceof Collection<?> c && c.contains(family);
    }

    /** The pages rendered and checked, by URL. */
    List<PageResult> pages() {
        return report.pages().stream().filter(PageResult::isPage).toList();
    }

    /**
     * The parity check's own count of Kazakh and Russian pages and of those filled in both languages
     * ({@code summary.parity.pages} and {@code filled}, summed over languages), or empty when the
     * report has no such summary.
     */
    java.util.Optional<int[]> parityCounts() {
        return ParitySummary.from(report.summary().extra()).flatMap(ParitySummary::counts);
    }

    /**
     * Documents the documents check read to the end or found unreadable to everyone (damaged,
     * password-protected): those whose accessibility is known ({@code summary.documents.byState}).
     */
    int documentsJudged() {
        return DocumentsSummary.from(report.summary().extra()).map(DocumentsSummary::judged).orElse(0);
    }

    /** The documents' pairs, those whose numbers differ and documents with no counterpart, or empty. */
    java.util.Optional<int[]> documentPairs() {
        return DocumentsSummary.from(report.summary().extra()).map(DocumentsSummary::parity)
                .flatMap(DocumentsSummary.Parity::counts);
    }

    /** The findings that fail: items to review (axe's "needs review") are no verdict, so they cost no score. */
    private List<Finding> failures() {
        return report.findings().stream().filter(f -> !f.needsReview()).toList();
    }

    /** URLs that carry at least one finding whose id passes {@code which}. */
    Set<String> urlsWith(Predicate<String> which) {
        var out = new LinkedHashSet<String>();
        for (Finding f : failures()) {
            if (which.test(f.check())) out.add(f.url());
        }
        return out;
    }

    /** Per URL, per check id, the findings whose id passes {@code which}. */
    Map<String, Map<String, List<Finding>>> byUrlAndCheck(Predicate<String> which) {
        var out = new HashMap<String, Map<String, List<Finding>>>();
        for (Finding f : failures()) {
            if (!which.test(f.check())) continue;
            out.computeIfAbsent(f.url(), u -> new HashMap<>())
                    .computeIfAbsent(f.check(), c -> new java.util.ArrayList<>()).add(f);
        }
        return out;
    }
}
