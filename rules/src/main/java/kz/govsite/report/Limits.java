package kz.govsite.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.Thresholds;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.finding.Finding;

/**
 * Evaluates the limits besides {@code failOn}: findings per check family, then each family's own
 * (the share of pages with a language twin, whether the site has a low-vision version at all).
 */
final class Limits {
    private Limits() {
    }

    /** Evaluates the limits with the built-in check families. */
    static Evaluated evaluate(Thresholds thresholds, Map<String, String> options, boolean baseline,
                              List<Finding> counted, List<Finding> all, Set<String> checkedPages,
                              Set<String> familiesRun, Map<String, Object> summaryExtra) {
        return evaluate(Families.BUILT_IN, thresholds, options, baseline, counted, all, checkedPages,
                familiesRun, summaryExtra);
    }

    /**
     * @param families      the check families, whose own limits follow {@code maxFindings}
     * @param options       the options the families own, raw (their limits may be options, e.g. lowVision.required)
     * @param counted       findings that count (the new ones when there is a baseline)
     * @param all           every finding of the run after suppressions, for site-wide facts
     * @param checkedPages  URLs of pages rendered and checked
     * @param familiesRun   check families this run ran
     * @param summaryExtra  site-wide figures the checks recorded (e.g. {@code parity})
     */
    static Evaluated evaluate(List<CheckFamily> families, Thresholds thresholds, Map<String, String> options,
                              boolean baseline, List<Finding> counted, List<Finding> all, Set<String> checkedPages,
                              Set<String> familiesRun, Map<String, Object> summaryExtra) {
        var breaches = new ArrayList<String>();
        var notes = new ArrayList<String>();
        Map<String, Long> perFamily = counted.stream().filter(f -> !f.needsReview()).collect(Collectors.groupingBy(Finding::family, Collectors.counting()));
        thresholds.maxFindings().forEach((family, max) -> {
            long n = perFamily.getOrDefault(family, 0L);
            if (n > max) {
                breaches.add(family + ": " + n + (baseline ? " new" : "") + (n == 1 ? " finding" : " findings")
                        + ", more than maxFindings." + family + "=" + max);
            }
        });
        var facts = new LimitFacts(thresholds, options, all, checkedPages, familiesRun, summaryExtra);
        for (CheckFamily family : families) family.evaluateLimits(facts, breaches, notes);
        return new Evaluated(breaches, notes);
    }

    /** Breached limits, and those that could not be evaluated. */
    record Evaluated(List<String> breaches, List<String> notes) {
    }
}
