package kz.govsite.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A site in the ranking.
 *
 * @param rank   1 for the lowest overall score; null for a site without an overall score
 * @param result how auditing it went
 * @param change per score, this audit's rounded value minus the previous audit's; a score is
 *               absent when either audit has no value for it
 * @param trend  the overall score in past audits and this one, oldest first
 */
public record RankedSite(Integer rank, SiteResult result, Map<ScoreKind, Double> change, List<TrendPoint> trend) {
    public RankedSite {
        var copy = new EnumMap<ScoreKind, Double>(ScoreKind.class);
        copy.putAll(change);
        change = java.util.Collections.unmodifiableMap(copy);
        trend = List.copyOf(trend);
    }

    public String id() {
        return result.site().id();
    }

    public Double change(ScoreKind kind) {
        return change.get(kind);
    }
}
