package kz.govsite.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.govsite.finding.BaselineComparison;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Whether the run fails the build: any counted finding at or above the threshold does, and so does
 * any breached limit. With a baseline only findings new since the baseline are counted.
 *
 * @param threshold lowest failing severity, or empty when no finding fails the build by severity
 * @param failing   the counted findings at or above it
 * @param baseline  today's findings against the baseline, when one was given
 * @param breaches  limits besides {@code failOn} that the run broke, one sentence each
 * @param notes     limits that could not be evaluated, and why; they do not fail the build
 */
public record Verdict(Optional<Severity> threshold, List<Finding> failing, Optional<BaselineComparison> baseline,
                      List<String> breaches, List<String> notes) {
    public Verdict {
        failing = List.copyOf(failing);
        baseline = baseline == null ? Optional.empty() : baseline;
        breaches = breaches == null ? List.of() : List.copyOf(breaches);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Verdict(Optional<Severity> threshold, List<Finding> failing) {
        this(threshold, failing, Optional.empty(), List.of(), List.of());
    }

    /** The verdict on findings alone, without baseline or further limits. */
    public static Verdict of(Optional<Severity> threshold, List<Finding> findings) {
        return decide(threshold, findings, Optional.empty(), List.of(), List.of());
    }

    /**
     * The verdict on {@code findings}, except that with a baseline only its new findings count, and
     * items to review do not count.
     */
    public static Verdict decide(Optional<Severity> threshold, List<Finding> findings,
                                 Optional<BaselineComparison> baseline, List<String> breaches, List<String> notes) {
        return decide(threshold, false, findings, baseline, breaches, notes);
    }

    /** As {@link #decide(Optional, List, Optional, List, List)}; with {@code failOnReview} items to review count too. */
    public static Verdict decide(Optional<Severity> threshold, boolean failOnReview, List<Finding> findings,
                                 Optional<BaselineComparison> baseline, List<String> breaches, List<String> notes) {
        List<Finding> counted = baseline.map(BaselineComparison::fresh).orElse(findings);
        List<Finding> failing = threshold
                .map(t -> counted.stream().filter(f -> failOnReview || !f.needsReview())
                        .filter(f -> f.severity().atLeast(t)).toList())
                .orElse(List.of());
        return new Verdict(threshold, failing, baseline, breaches, notes);
    }

    public boolean fails() {
        return !failing.isEmpty() || !breaches.isEmpty();
    }

    /**
     * One line for the build log, e.g. "3 findings at or above serious (1 critical, 2 serious)", with
     * breached limits after it and the baseline's counts at the end.
     */
    public String summary() {
        String fresh = baseline.isPresent() ? "new " : "";
        var reasons = new ArrayList<String>();
        String findingsPart;
        if (threshold.isEmpty()) {
            findingsPart = "failOn is none, so no finding fails the build";
        } else if (failing.isEmpty()) {
            findingsPart = "no " + fresh + "finding at or above " + threshold.get().label();
        } else {
            var parts = new ArrayList<String>();
            for (Severity s : Severity.values()) {
                long n = failing.stream().filter(f -> f.severity() == s).count();
                if (n > 0) parts.add(n + " " + s.label());
            }
            findingsPart = failing.size() + " " + fresh + (failing.size() == 1 ? "finding" : "findings")
                    + " at or above " + threshold.get().label() + " (" + String.join(", ", parts) + ")";
            reasons.add(findingsPart);
        }
        reasons.addAll(breaches);
        String head = fails() ? String.join("; ", reasons) : "passed: " + findingsPart;
        return head + baseline.map(b -> "; baseline: " + b.fresh().size() + " new, " + b.known().size()
                + " known, " + b.fixedCount() + " fixed since baseline").orElse("");
    }
}
