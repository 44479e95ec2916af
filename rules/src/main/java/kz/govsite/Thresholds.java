package kz.govsite;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Limits that fail a run besides {@code failOn}.
 *
 * @param maxFindings    most findings allowed per check family (e.g. {@code parity -> 0}), any severity
 * @param minParityShare least share of pages with a complete language twin, in percent, when set
 */
public record Thresholds(Map<String, Integer> maxFindings, OptionalDouble minParityShare) {
    public Thresholds {
        maxFindings = maxFindings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(maxFindings));
        minParityShare = minParityShare == null ? OptionalDouble.empty() : minParityShare;
    }

    public static Thresholds none() {
        return new Thresholds(Map.of(), OptionalDouble.empty());
    }
}
