package kz.govsite.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.govsite.Thresholds;
import kz.govsite.finding.Finding;

/**
 * Evaluates the limits besides {@code failOn}: findings per check family, the share of pages with
 * a language twin, and whether the site has a low-vision version at all.
 */
final class Limits {
    /** The finding a page without any control to switch the low-vision version on gets. */
    static final String TOGGLE_MISSING = "lowvision.toggle-missing";

    private Limits() {
    }

    /**
     * @param counted       findings that count (the new ones when there is a baseline)
     * @param all           every finding of the run after suppressions, for site-wide facts
     * @param checkedPages  URLs of pages rendered and checked
     * @param familiesRun   check families this run ran
     * @param summaryExtra  site-wide figures the checks recorded (e.g. {@code parity})
     */
    static Evaluated evaluate(Thresholds thresholds, boolean lowVisionRequired, boolean baseline,
                              List<Finding> counted, List<Finding> all, Set<String> checkedPages,
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
        thresholds.minParityShare().ifPresent(min -> {
            var share = parityShare(summaryExtra);
            if (share == null) {
                notes.add("minParityShare not evaluated: this run recorded no parity share (is the parity check on?)");
            } else if (share < min) {
                breaches.add("parity share " + percent(share) + "% is below minParityShare=" + percent(min) + "%");
            }
        });
        if (lowVisionRequired) {
            if (!familiesRun.contains("lowvision")) {
                notes.add("lowVision.required not evaluated: the lowvision check did not run");
            } else if (!hasLowVisionVersion(all, checkedPages, summaryExtra)) {
                breaches.add("the site has no low-vision version: no checked page offers a control to switch "
                        + "it on (lowVision.required)");
            }
        }
        return new Evaluated(breaches, notes);
    }

    /**
     * The parity share in percent: {@code summary.parity.share}, or the parity check's
     * {@code summary.parity.filledPercent.all}; null when the run recorded neither.
     */
    static Double parityShare(Map<String, Object> summaryExtra) {
        if (summaryExtra.get("parity") instanceof Map<?, ?> parity) {
            if (parity.get("share") instanceof Number n) return n.doubleValue();
            if (parity.get("filledPercent") instanceof Map<?, ?> filled && filled.get("all") instanceof Number n) {
                return n.doubleValue();
            }
        }
        return null;
    }

    /**
     * A site has a low-vision version unless its low-vision summary says {@code available: false},
     * or, without such a summary, every checked page lacks the control to switch it on.
     */
    static boolean hasLowVisionVersion(List<Finding> findings, Set<String> checkedPages, Map<String, Object> summaryExtra) {
        if (summaryExtra.get("lowVision") instanceof Map<?, ?> lv && lv.get("available") instanceof Boolean b) {
            return b;
        }
        if (checkedPages.isEmpty()) return true;
        Set<String> without = findings.stream().filter(f -> f.check().equals(TOGGLE_MISSING)).map(Finding::url)
                .collect(Collectors.toSet());
        return !without.containsAll(checkedPages);
    }

    static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** Breached limits, and those that could not be evaluated. */
    record Evaluated(List<String> breaches, List<String> notes) {
    }
}
