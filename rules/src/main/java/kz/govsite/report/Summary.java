package kz.govsite.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;
import kz.govsite.page.PageResult;

/**
 * Counts for the top of a report.
 *
 * @param pages      pages rendered and checked
 * @param findings   findings in the report
 * @param bySeverity findings per severity, most severe first, every severity present
 * @param byCheck    findings per check id, sorted by id
 * @param extra      site-wide figures from checks (e.g. {@code parity}), sorted by key
 * @param review     of the findings, those that are items to review
 */
public record Summary(int pages, int findings, Map<String, Integer> bySeverity, Map<String, Integer> byCheck,
                      Map<String, Object> extra, int review) {

    public static Summary of(Collection<PageResult> pages, List<Finding> findings, Map<String, Object> extra) {
        var bySeverity = new LinkedHashMap<String, Integer>();
        for (Severity s : Severity.values()) bySeverity.put(s.label(), 0);
        var byCheck = new TreeMap<String, Integer>();
        for (Finding f : findings) {
            bySeverity.merge(f.severity().label(), 1, Integer::sum);
            byCheck.merge(f.check(), 1, Integer::sum);
        }
        int checked = (int) pages.stream().filter(PageResult::isPage).count();
        int review = (int) findings.stream().filter(Finding::needsReview).count();
        return new Summary(checked, findings.size(), bySeverity, byCheck, new TreeMap<>(extra), review);
    }
}
