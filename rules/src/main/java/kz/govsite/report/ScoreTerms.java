package kz.govsite.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one check family adds to one of the audit's scores: counts by name (e.g. {@code pages},
 * {@code filled}), summed over every family that feeds the score. The audit owns each score's
 * formula and reads the sums; a family owns what it counts (docs/audit.md names both).
 *
 * @param score  the score fed: {@link #ACCESSIBILITY}, {@link #LOW_VISION} or {@link #PARITY}
 * @param counts the family's counts, in the order audit.json shows them
 */
public record ScoreTerms(String score, Map<String, Integer> counts) {
    public static final String ACCESSIBILITY = "accessibility";
    public static final String LOW_VISION = "lowVision";
    public static final String PARITY = "parity";

    public ScoreTerms {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
