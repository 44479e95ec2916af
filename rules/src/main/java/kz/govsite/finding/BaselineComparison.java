package kz.govsite.finding;

import java.util.List;

/**
 * Today's findings measured against a baseline.
 *
 * @param fresh        findings not in the baseline: these fail the build
 * @param known        findings the baseline already had: reported, never failing
 * @param fixed        baseline entries whose page was checked again and no longer has them
 * @param notRechecked baseline entries whose page this run did not visit
 */
public record BaselineComparison(List<Finding> fresh, List<Finding> known, List<Baseline.Entry> fixed,
                                 List<Baseline.Entry> notRechecked) {
    public BaselineComparison {
        fresh = List.copyOf(fresh);
        known = List.copyOf(known);
        fixed = List.copyOf(fixed);
        notRechecked = List.copyOf(notRechecked);
    }

    /** Fixed findings in total, counting repeats of one fingerprint. */
    public int fixedCount() {
        return fixed.stream().mapToInt(Baseline.Entry::count).sum();
    }

    public int notRecheckedCount() {
        return notRechecked.stream().mapToInt(Baseline.Entry::count).sum();
    }
}
