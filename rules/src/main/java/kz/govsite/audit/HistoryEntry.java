package kz.govsite.audit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the history keeps of one audit: when it ran, with which formulas, and each site's scores.
 *
 * @param auditedAt    when the audit began
 * @param scoreVersion the formulas' version ({@link ScoreCard#SCORE_VERSION})
 * @param sites        by site id
 */
public record HistoryEntry(Instant auditedAt, int scoreVersion, Map<String, Site> sites) {
    public HistoryEntry {
        Objects.requireNonNull(auditedAt);
        sites = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sites));
    }

    /**
     * One site in one past audit.
     *
     * @param scores rounded scores by kind; a kind that was n/a is absent
     * @param pages  pages checked
     * @param error  why it was not scored, or empty
     */
    public record Site(Map<ScoreKind, Double> scores, int pages, String error) {
        public Site {
            var copy = new EnumMap<ScoreKind, Double>(ScoreKind.class);
            scores.forEach((k, v) -> {
                if (v != null) copy.put(k, v);
            });
            scores = java.util.Collections.unmodifiableMap(copy);
            error = error == null ? "" : error;
        }

        public Double score(ScoreKind kind) {
            return scores.get(kind);
        }
    }

    /** The summary of an audit's results for the history. */
    public static HistoryEntry of(Instant auditedAt, Iterable<SiteResult> results) {
        var sites = new LinkedHashMap<String, Site>();
        for (SiteResult r : results) {
            var scores = new EnumMap<ScoreKind, Double>(ScoreKind.class);
            for (ScoreKind k : ScoreKind.values()) scores.put(k, r.score(k));
            sites.put(r.site().id(), new Site(scores, r.pages(), r.error()));
        }
        return new HistoryEntry(auditedAt, ScoreCard.SCORE_VERSION, sites);
    }
}
