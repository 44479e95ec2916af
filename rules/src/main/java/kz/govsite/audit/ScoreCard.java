package kz.govsite.audit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.report.Report;

/**
 * A site's scores computed from its report: accessibility, low-vision version, language parity, and
 * the overall score, the weighted mean of those that have a value (n/a scores are left out, and the
 * overall score is n/a only when all of them are).
 *
 * @param scores every kind, in {@link ScoreKind} order
 */
public record ScoreCard(Map<ScoreKind, Score> scores) {
    /** Bumped whenever a formula changes, so that histories never compare scores of different formulas. */
    public static final int SCORE_VERSION = 2;

    public ScoreCard {
        var copy = new EnumMap<ScoreKind, Score>(ScoreKind.class);
        copy.putAll(scores);
        scores = java.util.Collections.unmodifiableMap(copy);
    }

    public static ScoreCard of(Report report, ScoreWeights weights) {
        var in = new ScoreInputs(report);
        var parts = List.of(AccessibilityScore.of(in), LowVisionScore.of(in), ParityScore.of(in));
        var m = new EnumMap<ScoreKind, Score>(ScoreKind.class);
        m.put(ScoreKind.OVERALL, overall(parts, weights));
        parts.forEach(s -> m.put(s.kind(), s));
        return new ScoreCard(m);
    }

    static Score overall(List<Score> parts, ScoreWeights weights) {
        double sum = 0;
        double weight = 0;
        var basis = new LinkedHashMap<String, Number>();
        for (Score s : parts) {
            double w = weights.of(s.kind());
            if (s.value().isEmpty() || w == 0) continue;
            sum += w * s.value().getAsDouble();
            weight += w;
            basis.put(s.kind().key() + "Weight", w);
        }
        if (weight == 0) return Score.notApplicable(ScoreKind.OVERALL, "no score could be computed");
        return Score.of(ScoreKind.OVERALL, sum / weight, basis);
    }

    public Score get(ScoreKind kind) {
        return scores.get(kind);
    }
}
