package kz.govsite.finding;

import java.util.ArrayList;
import java.util.List;

/** Splits findings into those that count and those the configuration suppresses, counting each suppression. */
public final class Suppressions {
    private Suppressions() {
    }

    /**
     * The findings no suppression covers, and for every suppression how many it took out (zero
     * too, so a suppression that no longer matches anything is visible). The first matching
     * suppression takes a finding.
     */
    public static Applied apply(List<Suppression> suppressions, List<Finding> findings) {
        int[] counts = new int[suppressions.size()];
        var kept = new ArrayList<Finding>();
        var suppressed = new ArrayList<Finding>();
        for (Finding f : findings) {
            int hit = -1;
            for (int i = 0; i < suppressions.size() && hit < 0; i++) {
                if (suppressions.get(i).matches(f)) hit = i;
            }
            if (hit < 0) {
                kept.add(f);
            } else {
                counts[hit]++;
                suppressed.add(f);
            }
        }
        var used = new ArrayList<SuppressionCount>();
        for (int i = 0; i < suppressions.size(); i++) used.add(new SuppressionCount(suppressions.get(i), counts[i]));
        return new Applied(kept, suppressed, used);
    }

    /**
     * The outcome of applying suppressions.
     *
     * @param kept       findings that count
     * @param suppressed findings taken out
     * @param counts     each suppression with how many findings it took out, in configuration order
     */
    public record Applied(List<Finding> kept, List<Finding> suppressed, List<SuppressionCount> counts) {
        public Applied {
            kept = List.copyOf(kept);
            suppressed = List.copyOf(suppressed);
            counts = List.copyOf(counts);
        }
    }
}
