package kz.govsite.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.govsite.Thresholds;
import kz.govsite.finding.Finding;

/**
 * What a family's limits are judged on.
 *
 * @param thresholds        the configured limits
 * @param options           options the families own, raw by property name (e.g. {@code govsite.lowVision.required})
 * @param all               every finding of the run after suppressions
 * @param checkedPages      URLs of pages rendered and checked
 * @param familiesRun       check families this run ran
 * @param summaryExtra      site-wide figures the checks recorded (e.g. {@code parity})
 */
public record LimitFacts(Thresholds thresholds, Map<String, String> options, List<Finding> all, Set<String> checkedPages,
                         Set<String> familiesRun, Map<String, Object> summaryExtra) {
}
