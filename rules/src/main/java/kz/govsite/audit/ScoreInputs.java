package kz.govsite.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.govsite.check.documents.DocumentsFamily;
import kz.govsite.check.parity.ParityFamily;
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
        if (report.summary().extra().get(ParityFamily.ID) instanceof Map<?, ?> parity
                && parity.get("pages") instanceof Map<?, ?> pages && parity.get("filled") instanceof Map<?, ?> filled) {
            return java.util.Optional.of(new int[] {sum(pages), sum(filled)});
        }
        return java.util.Optional.empty();
    }

    /**
     * Documents the documents check read to the end or found unreadable to everyone (damaged,
     * password-protected): those whose accessibility is known ({@code summary.documents.byState}).
     */
    int documentsJudged() {
        if (report.summary().extra().get(DocumentsFamily.ID) instanceof Map<?, ?> docs && docs.get("byState") instanceof Map<?, ?> states) {
            int n = 0;
            for (String state : java.util.List.of("checked", "unreadable", "encrypted")) {
                if (states.get(state) instanceof Number v) n += v.intValue();
            }
            return n;
        }
        return 0;
    }

    /** The documents' pairs, those whose numbers differ and documents with no counterpart, or empty. */
    java.util.Optional<int[]> documentPairs() {
        if (report.summary().extra().get(DocumentsFamily.ID) instanceof Map<?, ?> docs && docs.get("parity") instanceof Map<?, ?> p
                && p.get("pairs") instanceof Number pairs && p.get("mismatched") instanceof Number mismatched
                && p.get("missing") instanceof Number missing) {
            return java.util.Optional.of(new int[] {pairs.intValue(), mismatched.intValue(), missing.intValue()});
        }
        return java.util.Optional.empty();
    }

    private static int sum(Map<?, ?> counts) {
        int total = 0;
        for (Object v : counts.values()) {
            if (v instanceof Number n) total += n.intValue();
        }
        return total;
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
