package kz.govsite.report;

import java.util.List;
import java.util.Optional;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Severity;

/**
 * Whether the run fails the build: any finding at or above the threshold does.
 *
 * @param threshold lowest failing severity, or empty when nothing fails the build
 * @param failing   the findings at or above it
 */
public record Verdict(Optional<Severity> threshold, List<Finding> failing) {
    public Verdict {
        failing = List.copyOf(failing);
    }

    public static Verdict of(Optional<Severity> threshold, List<Finding> findings) {
        List<Finding> failing = threshold
                .map(t -> findings.stream().filter(f -> f.severity().atLeast(t)).toList())
                .orElse(List.of());
        return new Verdict(threshold, failing);
    }

    public boolean fails() {
        return !failing.isEmpty();
    }

    /** One line for the build log, e.g. "3 findings at or above serious (1 critical, 2 serious)". */
    public String summary() {
        if (threshold.isEmpty()) return "passed: failOn is none, so no finding fails the build";
        String level = threshold.get().label();
        if (failing.isEmpty()) return "passed: no finding at or above " + level;
        var parts = new java.util.ArrayList<String>();
        for (Severity s : Severity.values()) {
            long n = failing.stream().filter(f -> f.severity() == s).count();
            if (n > 0) parts.add(n + " " + s.label());
        }
        return failing.size() + (failing.size() == 1 ? " finding" : " findings") + " at or above " + level
                + " (" + String.join(", ", parts) + ")";
    }
}
