package kz.govsite.audit;

import kz.govsite.report.ScoreTerms;

/** The audit's scores, in the order reports show them. */
public enum ScoreKind {
    OVERALL("overall"),
    ACCESSIBILITY(ScoreTerms.ACCESSIBILITY),
    LOW_VISION(ScoreTerms.LOW_VISION),
    PARITY(ScoreTerms.PARITY);

    private final String key;

    ScoreKind(String key) {
        this.key = key;
    }

    /** The name in audit.json, audit.csv, the history and {@code govsite.auditWeights}. */
    public String key() {
        return key;
    }

    /** Reads a key such as {@code lowVision}; null when there is no such score. */
    public static ScoreKind byKey(String key) {
        for (ScoreKind k : values()) {
            if (k.key.equals(key)) return k;
        }
        return null;
    }
}
