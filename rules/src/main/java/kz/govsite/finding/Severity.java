package kz.govsite.finding;

import java.util.Locale;

/** How badly a finding hurts users, in axe-core's impact vocabulary, most severe first. */
public enum Severity {
    CRITICAL, SERIOUS, MODERATE, MINOR;

    /** The lower-case name used in reports and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is the same as or worse than {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Reads a label such as {@code "serious"}; axe's null impact (needs review) reads as minor. */
    public static Severity parse(String label) {
        if (label == null || label.isBlank()) return MINOR;
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + label
                    + "': use critical, serious, moderate or minor");
        }
    }
}
