package kz.govsite.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import kz.govsite.audit.HistoryEntry.Site;

/**
 * Orders sites lowest overall score first, then sites with no overall score, then sites that could
 * not be audited, and sets each site's change and trend against the history.
 */
final class Ranking {
    /** How many audits a trend shows, this one included. */
    static final int TREND_POINTS = 12;

    private Ranking() {
    }

    /**
     * @param history past audits, oldest first; only those scored with the current formulas count
     */
    static List<RankedSite> rank(List<SiteResult> results, List<HistoryEntry> history, java.time.Instant now) {
        List<HistoryEntry> comparable = history.stream()
                .filter(h -> h.scoreVersion() == ScoreCard.SCORE_VERSION && h.auditedAt().isBefore(now)).toList();
        HistoryEntry previous = comparable.isEmpty() ? null : comparable.get(comparable.size() - 1);
        List<SiteResult> ordered = results.stream().sorted(ORDER).toList();
        var out = new ArrayList<RankedSite>();
        int rank = 0;
        for (SiteResult r : ordered) {
            Integer position = r.score(ScoreKind.OVERALL) == null ? null : ++rank;
            out.add(new RankedSite(position, r, change(r, previous), trend(r, comparable, now)));
        }
        return out;
    }

    static final Comparator<SiteResult> ORDER = Comparator
            .comparingInt((SiteResult r) -> r.score(ScoreKind.OVERALL) != null ? 0 : r.isScored() ? 1 : 2)
            .thenComparingDouble(r -> r.score(ScoreKind.OVERALL) == null ? 0 : r.score(ScoreKind.OVERALL))
            .thenComparing(r -> r.site().id());

    private static EnumMap<ScoreKind, Double> change(SiteResult r, HistoryEntry previous) {
        var change = new EnumMap<ScoreKind, Double>(ScoreKind.class);
        Site before = previous == null ? null : previous.sites().get(r.site().id());
        if (before == null) return change;
        for (ScoreKind k : ScoreKind.values()) {
            Double now = r.score(k);
            Double then = before.score(k);
            if (now != null && then != null) change.put(k, Score.round(now - then));
        }
        return change;
    }

    private static List<TrendPoint> trend(SiteResult r, List<HistoryEntry> history, java.time.Instant now) {
        var points = new ArrayList<TrendPoint>();
        for (HistoryEntry h : history) {
            Site s = h.sites().get(r.site().id());
            if (s != null && s.score(ScoreKind.OVERALL) != null) {
                points.add(new TrendPoint(h.auditedAt(), s.score(ScoreKind.OVERALL)));
            }
        }
        Double overall = r.score(ScoreKind.OVERALL);
        if (overall != null) points.add(new TrendPoint(now, overall));
        return points.subList(Math.max(0, points.size() - TREND_POINTS), points.size());
    }
}
