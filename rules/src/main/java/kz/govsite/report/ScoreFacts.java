package kz.govsite.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;

/**
 * What the families count for the audit's scores, read from a site's report. Items to review
 * (axe's "needs review") are no verdict, so they count for no score.
 */
public final class ScoreFacts {
    private ScoreFacts() {
    }

    /** The pages rendered and checked. */
    public static List<PageResult> checkedPages(Report report) {
        return report.pages().stream().filter(PageResult::isPage).toList();
    }

    /** URLs that carry at least one failing finding whose id passes {@code which}. */
    public static Set<String> urlsWith(Report report, Predicate<String> which) {
        var out = new LinkedHashSet<String>();
        for (Finding f : failures(report)) {
            if (which.test(f.check())) out.add(f.url());
        }
        return out;
    }

    /**
     * The accessibility cost of the failing findings whose id passes {@code which}: each rule a page
     * or document breaks costs it the weight of its worst finding there (critical 10, serious 5,
     * moderate 2, minor 1), however many elements break it.
     *
     * @return the rules broken (per page or document) and their cost, as {@code rulesBroken} and {@code cost}
     */
    public static Map<String, Integer> accessibilityCost(Report report, Predicate<String> which) {
        var byUrlAndCheck = new HashMap<String, Map<String, List<Finding>>>();
        for (Finding f : failures(report)) {
            if (!which.test(f.check())) continue;
            byUrlAndCheck.computeIfAbsent(f.url(), u -> new HashMap<>())
                    .computeIfAbsent(f.check(), c -> new ArrayList<>()).add(f);
        }
        int cost = 0;
        int rules = 0;
        for (Map<String, List<Finding>> onPage : byUrlAndCheck.values()) {
            for (List<Finding> findings : onPage.values()) {
                Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
                cost += weight(worst);
                rules++;
            }
        }
        var out = new java.util.LinkedHashMap<String, Integer>();
        out.put("rulesBroken", rules);
        out.put("cost", cost);
        return out;
    }

    static int weight(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 10;
            case SERIOUS -> 5;
            case MODERATE -> 2;
            case MINOR -> 1;
        };
    }

    private static List<Finding> failures(Report report) {
        return report.findings().stream().filter(f -> !f.needsReview()).toList();
    }
}
