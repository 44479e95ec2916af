package kz.govsite.audit;

import java.util.EnumMap;
import java.util.Map;
import kz.govsite.InvalidConfigException;

/**
 * How much each score counts in the overall score; equal by default.
 *
 * @param weights weight per score other than overall, each 0 or more
 */
public record ScoreWeights(Map<ScoreKind, Double> weights) {
    static final String PARAMETER = "govsite.auditWeights";

    public ScoreWeights {
        weights = Map.copyOf(weights);
    }

    public static ScoreWeights equal() {
        var m = new EnumMap<ScoreKind, Double>(ScoreKind.class);
        m.put(ScoreKind.ACCESSIBILITY, 1.0);
        m.put(ScoreKind.LOW_VISION, 1.0);
        m.put(ScoreKind.PARITY, 1.0);
        return new ScoreWeights(m);
    }

    /** Reads {@code accessibility=2,lowVision=1,parity=1}; a score left out keeps weight 1. */
    public static ScoreWeights parse(String value) {
        var m = new EnumMap<ScoreKind, Double>(equal().weights());
        if (value == null || value.isBlank()) return new ScoreWeights(m);
        for (String part : value.split(",")) {
            if (part.isBlank()) continue;
            String[] kv = part.split("=", 2);
            ScoreKind kind = ScoreKind.byKey(kv[0].strip());
            if (kv.length != 2 || kind == null || kind == ScoreKind.OVERALL) {
                throw new InvalidConfigException(PARAMETER, "'" + part.strip()
                        + "' is not score=weight with score accessibility, lowVision or parity");
            }
            double w;
            try {
                w = Double.parseDouble(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(PARAMETER, "'" + kv[1].strip() + "' is not a number");
            }
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new InvalidConfigException(PARAMETER, "weight of " + kind.key() + " must be 0 or more");
            }
            m.put(kind, w);
        }
        if (m.values().stream().allMatch(w -> w == 0)) {
            throw new InvalidConfigException(PARAMETER, "at least one weight must be above 0");
        }
        return new ScoreWeights(m);
    }

    public double of(ScoreKind kind) {
        return weights.getOrDefault(kind, 0.0);
    }
}
