package kz.govsite.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.govsite.check.CheckFamily;
import kz.govsite.check.Families;
import kz.govsite.report.Report;
import kz.govsite.report.ScoreTerms;

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

    /** The scores of a report written with the built-in check families. */
    public static ScoreCard of(Report report, ScoreWeights weights) {
        return of(Families.BUILT_IN, report, weights);
    }

    /**
     * The scores of a report: each family that ran there counts its terms ({@link CheckFamily#scoreTerms}),
     * summed per score, and each score's formula reads the sums.
     */
    public static ScoreCard of(List<CheckFamily> families, Report report, ScoreWeights weights) {
        var terms = new ArrayList<ScoreTerms>();
        for (CheckFamily family : families) {
            if (ran(report, family.id())) terms.addAll(family.scoreTerms(report));
        }
        var parts = List.of(AccessibilityScore.of(sums(terms, ScoreTerms.ACCESSIBILITY)),
                LowVisionScore.of(sums(terms, ScoreTerms.LOW_VISION)), ParityScore.of(sums(terms, ScoreTerms.PARITY)));
        var m = new EnumMap<ScoreKind, Score>(ScoreKind.class);
        m.put(ScoreKind.OVERALL, overall(parts, weights));
        parts.forEach(s -> m.put(s.kind(), s));
        return new ScoreCard(m);
    }

    /** Whether the check family ran, by the effective configuration's {@code checks}. */
    private static boolean ran(Report report, String family) {
        return report.config().get("checks") instanceof Collection<?> c && c.contains(family);
    }

    /** The counts of every family feeding {@code score}, summed by name. */
    private static Map<String, Integer> sums(List<ScoreTerms> terms, String score) {
        var out = new LinkedHashMap<String, Integer>();
        for (ScoreTerms t : terms) {
            if (t.score().equals(score)) t.counts().forEach((name, n) -> out.merge(name, n, Integer::sum));
        }
        return out;
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
