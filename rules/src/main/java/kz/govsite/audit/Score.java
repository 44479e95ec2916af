package kz.govsite.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One score of one site: a value from 0 to 100, or none ("n/a") with the reason.
 *
 * @param kind  which score
 * @param value 0 to 100 unrounded, or empty when it cannot be computed
 * @param note  why there is no value, or empty
 * @param basis the counts the formula used, for audit.json, so anyone can recompute the value
 */
public record Score(ScoreKind kind, OptionalDouble value, String note, Map<String, Number> basis) {
    public Score {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        note = note == null ? "" : note;
        basis = basis == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(basis));
    }

    public static Score of(ScoreKind kind, double value, Map<String, Number> basis) {
        return new Score(kind, OptionalDouble.of(Math.max(0, Math.min(100, value))), "", basis);
    }

    public static Score notApplicable(ScoreKind kind, String note) {
        return new Score(kind, OptionalDouble.empty(), note, Map.of());
    }

    /** The value to one decimal place, as every report shows it; null for n/a. */
    public Double rounded() {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
