package kz.govsite.check.lowvision;

import java.util.Map;
import java.util.Optional;

/**
 * {@code summary.lowVision}: whether the site has a low-vision version at all, when a report says so
 * (govsite's own check decides it from its findings and records no summary; a report merged with
 * another tool's verdict may carry one).
 *
 * @param available whether the site offers a low-vision version
 */
public record LowVisionSummary(boolean available) {
    /** The key under {@code summary}: the documented one, not the family's id. */
    static final String KEY = "lowVision";

    /** Read from a report's summary, or empty when it has none or no boolean {@code available}. */
    public static Optional<LowVisionSummary> from(Map<String, Object> summaryExtra) {
        if (summaryExtra.get(KEY) instanceof Map<?, ?> lv && lv.get("available") instanceof Boolean b) {
            return Optional.of(new LowVisionSummary(b));
        }
        return Optional.empty();
    }
}
